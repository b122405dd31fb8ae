// `node --conditions=source bench/profile.ts [tag]`: where the main thread's time goes before a
// page's first view through dist/vangnet.js, at 4× CPU. A CPU profile (DevTools protocol) of one
// fresh visit, self time summed per script file and per function, largest first. Run after
// `npm run build`; numbers for finding the lever, not a benchmark (one visit, noisy).
import { launchChrome } from '../scripts/chrome-path.mjs';
import { serve } from '../scripts/serve.mjs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ready: Record<string, string> = {
  'vangnet-organisation-finder': '[part~="result"]',
  'vangnet-booking-form': 'form',
  'vangnet-referral-form': 'form',
};
const tag = process.argv[2] ?? 'vangnet-organisation-finder';

const short = (url: string) =>
  new URL(url || 'about:blank').pathname.replace(/-[\w-]{8}\.js$/, '.js');

const server = await serve({ production: true, immutableDist: true, serverCaching: true });
const browser = await launchChrome();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 2, isMobile: true });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const query = new URLSearchParams({ tag, script: '/dist/vangnet.js' });
  query.set('attr-api', server.url);
  query.set('attr-partner-key', 'pk_demo_haaglanden');
  await page.goto(`${server.url}/bench/page.html?${query}`, { waitUntil: 'load' });
  const shownAt = await page.evaluate(
    (t, selector) =>
      new Promise<number>((resolve) => {
        const check = () =>
          document.querySelector(t)?.shadowRoot?.querySelector(selector)
            ? resolve(performance.now())
            : requestAnimationFrame(check);
        check();
      }),
    tag,
    ready[tag] ?? 'form',
  );
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const perFile = new Map<string, number>();
  const perFunction = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)!;
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const file = node.callFrame.url
      ? short(node.callFrame.url)
      : `(${node.callFrame.functionName})`;
    perFile.set(file, (perFile.get(file) ?? 0) + ms);
    const fn = `${file} ${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}:${node.callFrame.columnNumber + 1}`;
    perFunction.set(fn, (perFunction.get(fn) ?? 0) + ms);
  });
  // Module evaluation: the time under each file's top-level frame, children included (for the SDK
  // that is building every zod schema; for a component, defining its classes).
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const evaluation = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const counted = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (
        frame.url &&
        frame.functionName === '' &&
        frame.lineNumber === 0 &&
        frame.columnNumber === 0
      ) {
        const file = short(frame.url);
        if (!counted.has(file)) evaluation.set(file, (evaluation.get(file) ?? 0) + ms);
        counted.add(file);
      }
    }
  });
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`)
      .join('\n');
  console.log(`${tag}: first view at ${shownAt.toFixed(0)} ms (4× CPU, one visit)\n`);
  console.log('self time per file (until the profile stopped)\n' + top(perFile, 15));
  console.log('\nmodule evaluation per file (children included)\n' + top(evaluation, 10));
  console.log('\nself time per function\n' + top(perFunction, 25));
} finally {
  await browser.close();
  await server.stop();
}
