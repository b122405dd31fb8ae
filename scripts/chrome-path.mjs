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
 * Flags for the browser tests only: one renderer process per page instead of one per site. Each
 * test file opens its own browser context, and with site isolation every context started its own
 * set of processes: on two cores the component tests ran in 40–49 s instead of 23 s. What the tests
 * check (the same-origin policy, CSP, Trusted Types, postMessage between origins) does not depend on
 * the process model. The benchmarks keep Chromium's default, as a phone has it (decision 0291).
 */
export const testRunnerChromeArgs = [...chromeArgs, '--disable-site-isolation-trials'];

/**
 * Headless Chromium for screenshots and benchmarks, with {@link chromePath} and {@link chromeArgs}.
 * @returns {Promise<import('puppeteer-core').Browser>}
 */
export function launchChrome() {
  return puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs });
}
