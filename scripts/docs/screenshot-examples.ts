// `npm run docs:screenshots`: a picture of every example page at a desktop and a phone width, and
// of the finder alone in Arabic (right to left) at a phone width, in headless Chromium against the
// mock, into docs/images/ — made by this script, never by hand, so they stay current. Run it after
// `npm run build` (the plain page loads dist/vangnet.js). The referral form's steps, Arabic
// included, come from scripts/screenshots-referral.mjs.
import { statSync } from 'node:fs';
import { imagesDir, shootElement, withScreenshotSession } from '../screenshot-session.mjs';

/** The example pages, by file name. */
const examplePages = ['school', 'gemeente', 'jongerenpunt', 'plain', 'all'] as const;
const widths = [1280, 360] as const;

/** True once every Vangnet element on the page is defined and has drawn its shadow root. */
function allComponentsRendered(): boolean {
  const elements = [...document.querySelectorAll('*')].filter(
    (element) =>
      element.localName.startsWith('vangnet-') && element.localName !== 'vangnet-provider',
  );
  return (
    elements.length > 0 &&
    elements.every(
      (element) =>
        customElements.get(element.localName) !== undefined &&
        (element.shadowRoot?.textContent ?? '').trim().length > 0,
    )
  );
}

/** True once the finder shows its results in the page's language (Arabic arrives after Dutch). */
function finderShowsResults(): boolean {
  const root = document.querySelector('vangnet-organisation-finder')?.shadowRoot;
  return (
    root?.querySelector('.root')?.getAttribute('lang') === document.documentElement.lang &&
    root.querySelector('[part~="result-button"]') !== null
  );
}

/** Opens the details of the first result, and waits until they show. */
async function openFirstResult(): Promise<void> {
  const root = document.querySelector('vangnet-organisation-finder')?.shadowRoot;
  root?.querySelector<HTMLButtonElement>('[part~="result-button"]')?.click();
  for (let i = 0; i < 200 && !root?.querySelector('[part~="refer"]'); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  (root?.activeElement as HTMLElement | null)?.blur();
}

await withScreenshotSession(async ({ url, browser }) => {
  for (const language of ['ar'] as const) {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 780, deviceScaleFactor: 1 });
    await page.goto(`${url}/scripts/screenshots/finder.html?lang=${language}`, {
      waitUntil: 'networkidle0',
    });
    await page.waitForFunction(finderShowsResults, { timeout: 15_000 });
    await shootElement(page, 'vangnet-organisation-finder', `finder-list-${language}-360`);
    await page.evaluate(openFirstResult);
    await shootElement(page, 'vangnet-organisation-finder', `finder-detail-${language}-360`);
    await page.close();
  }
  for (const name of examplePages) {
    for (const width of widths) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: width > 600 ? 900 : 780, deviceScaleFactor: 1 });
      await page.goto(`${url}/examples/${name}.html`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(allComponentsRendered, { timeout: 15_000 });
      // Let the last results settle before the picture.
      await page.waitForNetworkIdle({ idleTime: 200 });
      const file = `${imagesDir}/example-${name}-${width}.png`;
      // The first screenful: what a visitor sees on arrival, at a size a guide can show.
      await page.screenshot({ path: file });
      console.log(`${file} ${Math.round(statSync(file).size / 1024)} kB`);
      await page.close();
    }
  }
});
