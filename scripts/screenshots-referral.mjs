// A picture of every step of <vangnet-referral-form>, filled in as a person would, at a desktop
// and a phone width, and of some steps in Arabic (right to left) at the phone width, in headless
// Chromium against the mock, into docs/images/. Made by this script, never by hand, so they stay
// current:
//   node_modules/.bin/node --conditions=source scripts/screenshots-referral.mjs
import { shootElement, withScreenshotSession } from './screenshot-session.mjs';

const widths = [1280, 360];

/**
 * The steps also pictured in Arabic at 360 px, filled in as in Dutch (the driver finds fields by
 * their Dutch labels): the form switches language and keeps what was typed.
 */
const arabicSteps = new Set(['service', 'young-person', 'consent', 'review']);

/**
 * The steps in order: what to fill in before the picture (a driver call in the page), and
 * whether to press "Volgende" or send afterwards.
 */
const steps = [
  { name: 'service', fill: (d, f) => d.fillService(f) },
  { name: 'referrer', fill: (d, f) => d.fillReferrer(f) },
  { name: 'young-person', fill: (d, f) => d.fillYoungPerson(f, '2012-03-01') },
  {
    name: 'support-need',
    fill: async (d, f) => {
      await d.fillSupportNeed(f);
      await d.fill(f, 'Wat heeft de school al gedaan?', d.typed.tried);
      await d.fill(f, 'Welke hulp is er al?', d.typed.help);
    },
  },
  { name: 'preference', fill: (d, f) => d.fillPreference(f) },
  { name: 'consent', fill: (d, f) => d.declareConsents(f) },
  { name: 'review', fill: async () => {}, send: true },
  { name: 'confirmation', fill: async () => {}, last: true },
];

/**
 * Runs `work` with the form in `language`, once its texts arrived, then switches it back to Dutch.
 * @param {import('puppeteer-core').Page} page
 * @param {string} language
 * @param {() => Promise<void>} work
 */
async function inLanguage(page, language, work) {
  // The form renders in a language only once its texts are there, and marks its root with it.
  const shownIn = (lang) =>
    document.querySelector('vangnet-referral-form')?.shadowRoot?.querySelector('.root')?.lang ===
    lang;
  await page.evaluate(
    (lang) => document.querySelector('vangnet-referral-form').setAttribute('lang', lang),
    language,
  );
  await page.waitForFunction(shownIn, { timeout: 10_000 }, language);
  await work();
  await page.evaluate(() =>
    document.querySelector('vangnet-referral-form').setAttribute('lang', 'nl'),
  );
  await page.waitForFunction(shownIn, { timeout: 10_000 }, 'nl');
}

await withScreenshotSession(async ({ url, browser }) => {
  for (const width of widths) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: width > 600 ? 900 : 780, deviceScaleFactor: 1 });
    await page.goto(`${url}/scripts/screenshots/referral.html`, {
      waitUntil: 'networkidle0',
    });
    await page.waitForFunction(
      () => document.querySelector('vangnet-referral-form')?.shadowRoot?.querySelector('form'),
      { timeout: 15_000 },
    );
    for (const [index, step] of steps.entries()) {
      await page.evaluate(
        `(async () => {
          const d = window.referralDriver;
          const f = document.querySelector('vangnet-referral-form');
          await (${step.fill.toString()})(d, f);
          await f.updateComplete;
          document.activeElement?.blur?.();
          f.shadowRoot.activeElement?.blur?.();
        })()`,
      );
      await shootElement(
        page,
        'vangnet-referral-form',
        `referral-${index + 1}-${step.name}-${width}`,
      );
      if (width === 360 && arabicSteps.has(step.name)) {
        await inLanguage(page, 'ar', () =>
          shootElement(page, 'vangnet-referral-form', `referral-${index + 1}-${step.name}-ar-360`),
        );
      }
      if (step.last) break;
      await page.evaluate(`(async () => {
        const d = window.referralDriver;
        const f = document.querySelector('vangnet-referral-form');
        d.button(f, ${JSON.stringify(step.send ? 'Aanmelding versturen' : 'Volgende')}).click();
        await f.updateComplete;
      })()`);
      const nextIsConfirmation = Boolean(step.send);
      await page.waitForFunction(
        (confirmation, before) => {
          const root = document.querySelector('vangnet-referral-form')?.shadowRoot;
          if (confirmation) return root?.querySelector('[part~="confirmation"]');
          return root?.querySelector('.step-count')?.textContent?.trim() !== before;
        },
        { timeout: 10_000 },
        nextIsConfirmation,
        `Stap ${index + 1} van 7`,
      );
    }
    await page.close();
  }
});
