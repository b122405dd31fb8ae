// `npm run docs:screenshots`: a picture of every example page at a desktop and a phone width, in
// headless Chromium against the mock, into docs/images/ — made by this script, never by hand, so
// they stay current. Run it after `npm run build` (the plain page loads dist/vangnet.js).
import { statSync } from 'node:fs';
import { imagesDir, withScreenshotSession } from '../screenshot-session.mjs';

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

await withScreenshotSession(async ({ url, browser }) => {
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
