// `npm run docs:screenshots`: a picture of every example page at a desktop and a phone width, in
// headless Chromium against the mock, into docs/images/ — made by this script, never by hand, so
// they stay current. Run it after `npm run build` (the plain page loads dist/vangnet.js).
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../chrome-path.mjs';
import { serve } from '../serve.mjs';

/** The example pages, by file name, and what each picture is called. */
const examplePages = ['school', 'gemeente', 'jongerenpunt', 'plain', 'all'] as const;
const widths = [1280, 360] as const;

const outDir = 'docs/images';

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

mkdirSync(outDir, { recursive: true });
const server = await serve();
const browser = await puppeteer.launch({
  executablePath: chromePath(),
  headless: true,
  args: chromeArgs,
});
try {
  for (const name of examplePages) {
    for (const width of widths) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: width > 600 ? 900 : 780, deviceScaleFactor: 1 });
      await page.goto(`${server.url}/examples/${name}.html`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(allComponentsRendered, { timeout: 15_000 });
      // Let the last results and fonts settle before the picture.
      await page.waitForNetworkIdle({ idleTime: 200 });
      const file = `${outDir}/example-${name}-${width}.png` as const;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
