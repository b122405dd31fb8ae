// Keystroke latency of <vangnet-organisation-finder> with 10,000 organisations, in headless
// Chromium: from the keydown to the updated result list (DOM) and to the next painted frame.
// A measurement, not a test. Run alone with
//   node_modules/.bin/node bench/finder-latency.ts            (BENCH_COUNT=… for another size)
// or as part of `npm run bench`, which calls `run()`.
import type { Page } from 'puppeteer-core';
import { launchChrome } from '../scripts/chrome-path.mjs';
import { serve } from '../scripts/serve.mjs';

/** What people type: words that hit many, few and no organisations, and corrections. */
const script: readonly (string | 'Backspace')[] = [
  'stichting',
  ...Array<'Backspace'>(9).fill('Backspace'),
  'de brug',
  ...Array<'Backspace'>(7).fill('Backspace'),
  'angst',
  ...Array<'Backspace'>(5).fill('Backspace'),
  'cafe elan',
  ...Array<'Backspace'>(9).fill('Backspace'),
  'coach delft',
  ...Array<'Backspace'>(11).fill('Backspace'),
  'zzz',
  ...Array<'Backspace'>(3).fill('Backspace'),
  'brede',
];

interface Sample {
  dom: number;
  frame: number;
}

export interface LatencyFigures {
  organisations: number;
  cpuThrottling: number;
  keystrokes: number;
  domMedianMs: number;
  domP95Ms: number;
  frameMedianMs: number;
  frameP95Ms: number;
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

async function measure(page: Page, throttling: number, count: number): Promise<LatencyFigures> {
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling });
  await page.evaluate(() => window.__finderBench.samples.splice(0));
  const input = await page.waitForSelector('vangnet-organisation-finder >>> input[type="search"]');
  await input!.focus();
  for (const step of script) {
    if (step === 'Backspace') await page.keyboard.press('Backspace', { delay: 30 });
    else await page.keyboard.type(step, { delay: 60 });
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  const samples = await page.evaluate(() => window.__finderBench.samples.slice());
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const dom = samples.map((sample: Sample) => sample.dom);
  const frame = samples.map((sample: Sample) => sample.frame);
  return {
    organisations: count,
    cpuThrottling: throttling,
    keystrokes: samples.length,
    domMedianMs: percentile(dom, 50),
    domP95Ms: percentile(dom, 95),
    frameMedianMs: percentile(frame, 50),
    frameP95Ms: percentile(frame, 95),
  };
}

/** Measures at full speed and at 4× CPU slow-down (a mid-range phone). */
export async function run({ count = Number(process.env.BENCH_COUNT) || 10_000 } = {}) {
  const server = await serve({ production: true });
  const browser = await launchChrome();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 900 });
    const loadStarted = Date.now();
    await page.goto(`${server.url}/bench/finder-latency.html?count=${count}`, {
      waitUntil: 'load',
    });
    await page.evaluate(() => window.__finderBench.ready);
    // Everything loaded and indexed: the count shows the total and the network is quiet.
    await page.waitForFunction(
      (total: string) =>
        document
          .querySelector('vangnet-organisation-finder')
          ?.shadowRoot?.querySelector('[part~="count"]')
          ?.textContent?.includes(total),
      { timeout: 60_000 },
      new Intl.NumberFormat('nl-NL').format(count),
    );
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 60_000 });
    const loadMs = Date.now() - loadStarted;
    const layoutShift = await page.evaluate(() => window.__finderBench.layoutShift);
    const results = [await measure(page, 1, count), await measure(page, 4, count)];
    console.log(
      `\n# Finder keystroke latency, ${count} organisations (loaded and indexed in ${loadMs} ms, layout shift while loading ${layoutShift.toFixed(3)})\n`,
    );
    console.log('cpu   keys   DOM median   DOM p95   frame median   frame p95');
    for (const r of results) {
      console.log(
        `${`${r.cpuThrottling}×`.padStart(3)} ${String(r.keystrokes).padStart(6)} ${`${r.domMedianMs.toFixed(1)} ms`.padStart(12)} ${`${r.domP95Ms.toFixed(1)} ms`.padStart(9)} ${`${r.frameMedianMs.toFixed(1)} ms`.padStart(14)} ${`${r.frameP95Ms.toFixed(1)} ms`.padStart(11)}`,
      );
    }
    const p95 = results[0]!.domP95Ms;
    console.log(
      `\ntarget: p95 keystroke → updated list under 16 ms at full speed: ${p95 < 16 ? 'met' : 'NOT met'}`,
    );
    return { loadMs, layoutShift, results };
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.filename === process.argv[1]) await run();
