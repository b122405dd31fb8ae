// What the screenshot scripts share: the dev server (pages, TypeScript, the API mock on the same
// origin), headless Chromium, and a picture of one element with its size on the console.
import { mkdirSync, statSync } from 'node:fs';
import { launchChrome } from './chrome-path.mjs';
import { serve } from './serve.mjs';

/** Where the pictures go. */
export const imagesDir = 'docs/images';

/**
 * Starts the server and the browser, runs `work`, and stops both, also when `work` fails.
 * @param {(session: { url: string, browser: import('puppeteer-core').Browser }) => Promise<void>} work
 */
export async function withScreenshotSession(work) {
  mkdirSync(imagesDir, { recursive: true });
  const server = await serve();
  const browser = await launchChrome();
  try {
    await work({ url: server.url, browser });
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * A picture of the first element matching `selector` into `docs/images/<name>.png`.
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 * @param {string} name
 */
export async function shootElement(page, selector, name) {
  const element = await page.$(selector);
  if (!element) throw new Error(`Nothing matches ${selector}`);
  const file = `${imagesDir}/${name}.png`;
  await element.screenshot({ path: file });
  console.log(`${file} ${Math.round(statSync(file).size / 1024)} kB`);
}
