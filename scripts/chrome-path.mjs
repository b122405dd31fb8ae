import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

/**
 * The Chromium that browser tests, screenshots and benchmarks drive: `CHROME_PATH`, else Debian's
 * `/usr/bin/chromium`. Nothing here downloads a browser: this machine cannot reach any host but the
 * package registries.
 */
export function chromePath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found: install it with `apt-get install -y chromium` (Debian) or set CHROME_PATH to a Chrome or Chromium executable.',
    );
  }
  return found;
}

/** Flags for headless Chromium as root on a machine without outside network. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Headless Chromium for screenshots and benchmarks, with {@link chromePath} and {@link chromeArgs}.
 * @returns {Promise<import('puppeteer-core').Browser>}
 */
export function launchChrome() {
  return puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs });
}
