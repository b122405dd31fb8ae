// First render in headless Chromium on a mobile viewport: navigation to the component's first
// meaningful paint (its ready selector shows in its shadow root), total blocking time and layout
// shift, each beside the same figure for a bare Lit element (the floor).
import type { Browser } from 'puppeteer-core';
import { launchChrome } from '../scripts/chrome-path.mjs';

export interface RenderTarget {
  name: string;
  tag: string;
  script: string;
  /** A selector inside the shadow root that appears when the component shows real content. */
  ready: string;
  attributes?: Record<string, string>;
}

export interface RenderFigures {
  firstRenderMs: number;
  blockingMs: number;
  layoutShift: number;
}

export interface RenderResult extends RenderFigures {
  name: string;
  throttling: number;
  runs: number;
  ratioToFloor: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function measureOnce(
  browser: Browser,
  baseUrl: string,
  target: RenderTarget,
  throttling: number,
): Promise<RenderFigures> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({
    width: 360,
    height: 740,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling });
  const query = new URLSearchParams({ tag: target.tag, script: target.script });
  for (const [name, value] of Object.entries(target.attributes ?? {}))
    query.set(`attr-${name}`, value);
  await page.goto(`${baseUrl}/bench/page.html?${query}`, { waitUntil: 'load' });
  const firstRenderMs = await page.evaluate(
    (tag, ready) =>
      new Promise<number>((resolve, reject) => {
        const deadline = performance.now() + 20000;
        const check = () => {
          const host = document.querySelector(tag);
          if (host?.shadowRoot?.querySelector(ready)) {
            // The frame after the content appears is the one that paints it.
            requestAnimationFrame(() => resolve(performance.now()));
          } else if (performance.now() > deadline) {
            reject(new Error(`${tag} never showed ${ready}`));
          } else {
            requestAnimationFrame(check);
          }
        };
        check();
      }),
    target.tag,
    target.ready,
  );
  // Let late shifts and long tasks (data arriving after first paint) be recorded.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const { shifts, blocking } = await page.evaluate(
    () => (window as unknown as { __bench: { shifts: number; blocking: number } }).__bench,
  );
  await context.close();
  return { firstRenderMs, blockingMs: blocking, layoutShift: shifts };
}

/** Median figures of `runs` fresh loads per target and throttling rate, floor first. */
export async function measureFirstRender(
  baseUrl: string,
  floor: RenderTarget,
  targets: RenderTarget[],
  { runs = 10, throttlings = [1, 4] } = {},
): Promise<RenderResult[]> {
  const browser = await launchChrome();
  const results: RenderResult[] = [];
  try {
    for (const throttling of throttlings) {
      let floorMedian = 0;
      const all = [floor, ...targets];
      // Round by round, every target once per round: a machine that slows down for a while (a
      // shared 2-core box) slows all of them alike, so the ratios to the floor hold.
      const samples = all.map((): RenderFigures[] => []);
      for (let run = 0; run < runs; run += 1)
        for (const [index, target] of all.entries())
          samples[index]!.push(await measureOnce(browser, baseUrl, target, throttling));
      for (const [index, target] of all.entries()) {
        const figures = {
          firstRenderMs: median(samples[index]!.map((s) => s.firstRenderMs)),
          blockingMs: median(samples[index]!.map((s) => s.blockingMs)),
          layoutShift: Math.max(...samples[index]!.map((s) => s.layoutShift)),
        };
        if (target === floor) floorMedian = figures.firstRenderMs;
        results.push({
          name: target.name,
          throttling,
          runs,
          ...figures,
          ratioToFloor: figures.firstRenderMs / floorMedian,
        });
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

export function formatRenderTable(results: RenderResult[]): string {
  const header =
    'component                      cpu   first render   × floor   blocking   layout shift';
  const rows = results.map(
    (r) =>
      `${r.name.padEnd(30)} ${`${r.throttling}×`.padStart(3)} ${`${r.firstRenderMs.toFixed(0)} ms`.padStart(14)} ${r.ratioToFloor.toFixed(2).padStart(9)} ${`${r.blockingMs.toFixed(0)} ms`.padStart(10)} ${r.layoutShift.toFixed(3).padStart(14)}`,
  );
  return [header, ...rows].join('\n');
}
