// The page of bench/finder-latency.ts: the finder against the API mock (in a service worker)
// serving `?count=` generated organisations, and a probe that times every keystroke in the search
// box until the result list is updated (DOM) and painted (next frame).
import { demoPartnerKey, generateOrganisations } from '@vangnet/api-mock';
import { startMockWorker } from '@vangnet/api-mock/browser';

interface Sample {
  dom: number;
  frame: number;
}

declare global {
  interface Window {
    __finderBench: { ready: Promise<void>; samples: Sample[]; layoutShift: number };
  }
}

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

const count = Number(new URLSearchParams(location.search).get('count') ?? 10_000);
const samples: Sample[] = [];

async function start(): Promise<void> {
  await startMockWorker({
    now: '2026-03-02T09:00:00+01:00',
    data: { organisations: generateOrganisations(count) },
  });
  // In the page's HTML from the start, as on a real page; defined once the mock runs.
  const finder = document.querySelector('vangnet-organisation-finder')!;
  finder.setAttribute('api', location.origin);
  finder.setAttribute('partner-key', demoPartnerKey);
  await import('../packages/widget/src/organisation-finder/define.ts');
  const input = await waitFor(() => finder.shadowRoot?.querySelector<HTMLInputElement>('input'));
  let keyDownAt: number | undefined;
  // Capture phase on the input itself: runs before the component's own listeners.
  input.addEventListener('keydown', (event) => (keyDownAt = event.timeStamp), { capture: true });
  // Added after the component's listener, so the component has already taken the new words.
  input.addEventListener('input', async () => {
    const started = keyDownAt;
    keyDownAt = undefined;
    if (started === undefined) return;
    await finder.updateComplete;
    const dom = performance.now() - started;
    requestAnimationFrame(() =>
      setTimeout(() => samples.push({ dom, frame: performance.now() - started })),
    );
  });
}

function waitFor<T>(find: () => T | null | undefined): Promise<T> {
  return new Promise((resolve) => {
    const check = () => {
      const found = find();
      if (found) resolve(found);
      else requestAnimationFrame(check);
    };
    check();
  });
}

window.__finderBench = { ready: start(), samples, layoutShift: 0 };
// Shifts not caused by input (loading, results arriving) count against "no layout shift on load".
new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as LayoutShift[])
    if (!entry.hadRecentInput) window.__finderBench.layoutShift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });
