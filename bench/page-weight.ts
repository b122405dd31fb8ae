// The page-weight table of `npm run bench`: pages that load dist/vangnet.js (the loader) with each
// component alone and with all three, measured in headless Chromium from the DevTools protocol's
// network events. Per page: the JavaScript fetched before the first view and in the whole flow (as
// brotli bytes, the size a CDN serves; the local server sends them uncompressed), the requests in
// series before the first view, first render and total blocking time at 4× CPU against the bare-Lit
// floor of the same rounds, and the same on a repeat visit with the HTTP cache warm.
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession } from 'puppeteer-core';
import { launchChrome } from '../scripts/chrome-path.mjs';
import { sizeOf } from './sizes.ts';

export interface WeightTarget {
  name: string;
  /** Element names, comma-separated. */
  tags: string;
  script: string;
  /** Per element, a selector inside its shadow root that shows real content. */
  ready: Record<string, string>;
  attributes?: Record<string, string>;
}

interface Request {
  url: string;
  start: number;
  end: number | undefined;
  status: number | undefined;
  fromCache: boolean;
}

interface Visit {
  firstRenderMs: number;
  blockingMs: number;
  layoutShift: number;
  /** Brotli bytes of the JavaScript files fetched from the network before the first view. */
  firstViewJs: number;
  /** … and by the end of the flow's prefetch (the page idle after the first view). */
  flowJs: number;
  /** The longest chain of requests each starting after the previous ended, before the first view. */
  serialRequests: number;
  /** A script from dist/ fetched twice in one visit. */
  duplicates: string[];
  files: string[];
}

export interface WeightResult {
  name: string;
  visit: 'first' | 'repeat';
  runs: number;
  throttling: number;
  firstRenderMs: number;
  firstRenderRange: [number, number];
  ratioToFloor: number;
  blockingMs: number;
  blockingRange: [number, number];
  layoutShift: number;
  firstViewJsBrotli: number;
  flowJsBrotli: number;
  serialRequests: number;
  duplicates: string[];
  files: string[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The network log of a page, from the DevTools protocol (timestamps in seconds, monotonic). */
function recordNetwork(cdp: CDPSession): {
  requests: Map<string, Request>;
  /** Wall-clock seconds minus the protocol's monotonic seconds. */
  offset: () => number;
} {
  const requests = new Map<string, Request>();
  let offset = 0;
  cdp.on('Network.requestWillBeSent', (event) => {
    offset = event.wallTime - event.timestamp;
    requests.set(event.requestId, {
      url: event.request.url,
      start: event.timestamp,
      end: undefined,
      status: undefined,
      fromCache: false,
    });
  });
  cdp.on('Network.responseReceived', (event) => {
    const request = requests.get(event.requestId);
    if (request) {
      request.status = event.response.status;
      request.fromCache = event.response.fromDiskCache || event.response.fromPrefetchCache === true;
    }
  });
  cdp.on('Network.requestServedFromCache', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.fromCache = true;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.end = event.timestamp;
  });
  return { requests, offset: () => offset };
}

/** The longest chain of requests in which each starts after the one before it ended. */
function longestChain(requests: Request[]): number {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const chain = sorted.map(() => 1);
  for (const [i, request] of sorted.entries())
    for (let j = 0; j < i; j += 1)
      if ((sorted[j]!.end ?? Infinity) <= request.start)
        chain[i] = Math.max(chain[i]!, chain[j]! + 1);
  return Math.max(0, ...chain);
}

const distPath = (url: string) => {
  const path = new URL(url).pathname;
  return path.startsWith('/dist/') && path.endsWith('.js') ? path.slice(1) : undefined;
};

async function visit(
  context: BrowserContext,
  baseUrl: string,
  target: WeightTarget,
  throttling: number,
  viewport: { width: number; height: number },
): Promise<Visit> {
  const page = await context.newPage();
  await page.setViewport({ ...viewport, deviceScaleFactor: 2, isMobile: viewport.width < 768 });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling });
  const network = recordNetwork(cdp);
  const query = new URLSearchParams({ tag: target.tags, script: target.script });
  for (const [name, value] of Object.entries(target.attributes ?? {}))
    query.set(`attr-${name}`, value);
  await page.goto(`${baseUrl}/bench/page.html?${query}`, { waitUntil: 'load' });
  const firstRenderMs = await page.evaluate(
    (ready) =>
      new Promise<number>((resolve, reject) => {
        const deadline = performance.now() + 20000;
        const check = () => {
          const shown = Object.entries(ready).every(([tag, selector]) =>
            document.querySelector(tag)?.shadowRoot?.querySelector(selector),
          );
          if (shown) requestAnimationFrame(() => resolve(performance.now()));
          else if (performance.now() > deadline)
            reject(new Error(`never shown: ${Object.keys(ready)}`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    target.ready,
  );
  // The protocol's clock and the page's differ: read the first view's moment in the protocol's.
  const { result } = (await cdp.send('Runtime.evaluate', {
    expression: 'performance.timeOrigin',
    returnByValue: true,
  })) as { result: { value: number } };
  const firstViewMonotonic = (result.value + firstRenderMs) / 1000 - network.offset();
  // The flow's prefetch: the later parts come when the page is idle after the first view.
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const { shifts, blocking } = await page.evaluate(
    () => (window as unknown as { __bench: { shifts: number; blocking: number } }).__bench,
  );
  const all = [...network.requests.values()].filter((request) => request.status !== undefined);
  const before = all.filter((request) => request.start <= firstViewMonotonic);
  const fetched = (requests: Request[]) =>
    requests.filter(
      (request) => distPath(request.url) && request.status === 200 && !request.fromCache,
    );
  const brotli = (requests: Request[]) =>
    fetched(requests).reduce(
      (sum, request) => sum + sizeOf(join(distPath(request.url)!)).brotli,
      0,
    );
  const scripts = all.map((request) => distPath(request.url)).filter((path) => path !== undefined);
  const seen = new Set<string>();
  const duplicates = scripts.filter((path) => (seen.has(path) ? true : (seen.add(path), false)));
  await page.close();
  return {
    firstRenderMs,
    blockingMs: blocking,
    layoutShift: shifts,
    firstViewJs: brotli(before),
    flowJs: brotli(all),
    serialRequests: longestChain(
      before.filter((request) => request.end !== undefined && request.end <= firstViewMonotonic),
    ),
    duplicates,
    files: [...new Set(scripts.map((path) => path.replace(/-[\w-]{8}\.js$/, '.js')))].sort(),
  };
}

/**
 * Round by round: in each round every target (the floor first) once on a fresh profile (a first
 * visit) and once more in the same profile (a repeat visit, the HTTP cache warm).
 */
export async function measurePageWeight(
  baseUrl: string,
  floor: WeightTarget,
  targets: WeightTarget[],
  { runs = 10, throttling = 4, viewport = { width: 360, height: 740 } } = {},
): Promise<WeightResult[]> {
  const browser: Browser = await launchChrome();
  const all = [floor, ...targets];
  const samples = all.map(() => ({ first: [] as Visit[], repeat: [] as Visit[] }));
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const [index, target] of all.entries()) {
        const context = await browser.createBrowserContext();
        samples[index]!.first.push(await visit(context, baseUrl, target, throttling, viewport));
        samples[index]!.repeat.push(await visit(context, baseUrl, target, throttling, viewport));
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const results: WeightResult[] = [];
  for (const kind of ['first', 'repeat'] as const) {
    const floorMedian = median(samples[0]![kind].map((s) => s.firstRenderMs));
    for (const [index, target] of all.entries()) {
      const visits = samples[index]![kind];
      const renders = visits.map((s) => s.firstRenderMs);
      const blocking = visits.map((s) => s.blockingMs);
      results.push({
        name: target.name,
        visit: kind,
        runs,
        throttling,
        firstRenderMs: median(renders),
        firstRenderRange: [Math.min(...renders), Math.max(...renders)],
        ratioToFloor: median(renders) / floorMedian,
        blockingMs: median(blocking),
        blockingRange: [Math.min(...blocking), Math.max(...blocking)],
        layoutShift: Math.max(...visits.map((s) => s.layoutShift)),
        firstViewJsBrotli: median(visits.map((s) => s.firstViewJs)),
        flowJsBrotli: Math.max(...visits.map((s) => s.flowJs)),
        serialRequests: Math.max(...visits.map((s) => s.serialRequests)),
        duplicates: [...new Set(visits.flatMap((s) => s.duplicates))],
        files: [...new Set(visits.flatMap((s) => s.files))].sort(),
      });
    }
  }
  return results;
}

export function formatWeightTable(results: WeightResult[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const header =
    'page                           visit   JS before view   JS whole flow   in series   first render (range)      × floor   TBT (range)        CLS';
  const rows = results.map((r) =>
    [
      r.name.padEnd(30),
      r.visit.padEnd(6),
      kb(r.firstViewJsBrotli).padStart(16),
      kb(r.flowJsBrotli).padStart(15),
      String(r.serialRequests).padStart(11),
      `${r.firstRenderMs.toFixed(0)} ms (${r.firstRenderRange.map((n) => n.toFixed(0)).join('–')})`.padStart(
        24,
      ),
      r.ratioToFloor.toFixed(2).padStart(10),
      `${r.blockingMs.toFixed(0)} ms (${r.blockingRange.map((n) => n.toFixed(0)).join('–')})`.padStart(
        15,
      ),
      r.layoutShift.toFixed(3).padStart(10),
      r.duplicates.length > 0 ? `  twice: ${r.duplicates.join(', ')}` : '',
    ].join(' '),
  );
  return [header, ...rows].join('\n');
}
