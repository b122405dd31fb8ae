// Pictures of <vangnet-booking-form> at 360 px — the calendar in Dutch, English and Arabic (right
// to left) and the Dutch confirmation — in headless Chromium against an in-process mock at a fixed
// time, into docs/images/. Made by this script, never by hand, so they stay current:
//   node_modules/.bin/node --conditions=source scripts/screenshots-booking.mjs
import { mkdirSync, statSync } from 'node:fs';
import { launchChrome } from './chrome-path.mjs';
import { serve } from './serve.mjs';

const outDir = 'docs/images';
const width = 360;
const shots = [
  { lang: 'nl', confirmation: true },
  { lang: 'en', confirmation: false },
  { lang: 'ar', confirmation: false },
];

mkdirSync(outDir, { recursive: true });
const server = await serve();
const browser = await launchChrome();

async function shoot(page, name) {
  await page.evaluate(() => {
    const form = document.querySelector('vangnet-booking-form');
    form?.shadowRoot?.activeElement?.blur?.();
  });
  const form = await page.$('vangnet-booking-form');
  const file = `${outDir}/${name}.png`;
  await form.screenshot({ path: file });
  console.log(`${file} ${Math.round(statSync(file).size / 1024)} kB`);
}

try {
  for (const shot of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 780, deviceScaleFactor: 1 });
    await page.goto(`${server.url}/scripts/screenshots/booking.html?lang=${shot.lang}`, {
      waitUntil: 'networkidle0',
    });
    await page.waitForFunction(() => 'bookingDriver' in window, { timeout: 15_000 });
    await page.evaluate(() => window.bookingDriver.toCalendar());
    await shoot(page, `booking-calendar-${shot.lang}-${width}`);
    if (shot.confirmation) {
      await page.evaluate(() => window.bookingDriver.book());
      await shoot(page, `booking-confirmation-${shot.lang}-${width}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
