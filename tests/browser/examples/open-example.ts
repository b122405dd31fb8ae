// Opens an example page in an iframe on the test runner's origin (which serves the repo root and
// the API mock on /v1) and records what a webmaster would see in the browser's console and
// network panel: errors, CSP violations, vangnet-error events and failed requests.

/** What happened on an example page while it loaded and rendered. */
export interface ExampleRun {
  readonly window: Window & typeof globalThis;
  readonly document: Document;
  /** `console.error` calls, uncaught errors and unhandled rejections. */
  readonly errors: string[];
  /** Content-Security-Policy violations: `directive blocked-uri`. */
  readonly violations: string[];
  /** `vangnet-error` events that reached the page, as their JSON detail. */
  readonly vangnetErrors: string[];
  /** Requests that failed or answered 4xx/5xx: `status url`. */
  failedRequests(): string[];
  /** Paths of the API requests made so far, e.g. `/v1/catalog`. */
  apiRequests(): string[];
  close(): void;
}

const describeValue = (value: unknown): string =>
  value instanceof Error ? `${value.name}: ${value.message}` : String(value);

/**
 * Opens `path` (e.g. `/examples/school.html?csp=strict`) and resolves after its `load` event.
 * The hooks go in as soon as the page's window exists: module scripts run only after they are
 * fetched, later than that.
 */
export async function openExample(path: string): Promise<ExampleRun> {
  const frame = document.createElement('iframe');
  // Wide enough for the desktop layouts; the pages are responsive either way.
  frame.style.inlineSize = '1280px';
  frame.style.blockSize = '900px';
  const target = new URL(path, location.href);
  const errors: string[] = [];
  const violations: string[] = [];
  const vangnetErrors: string[] = [];
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  frame.src = target.href;
  document.body.append(frame);

  let hooked: (Window & typeof globalThis) | undefined;
  const deadline = performance.now() + 10_000;
  while (!hooked && performance.now() < deadline) {
    const candidate = frame.contentWindow as (Window & typeof globalThis) | null;
    if (candidate && candidate.location.href === target.href) {
      // The dev server serves hundreds of modules; without room the API calls would not be recorded.
      candidate.performance.setResourceTimingBufferSize(10_000);
      const original = candidate.console.error.bind(candidate.console);
      candidate.console.error = (...args: unknown[]) => {
        errors.push(args.map(describeValue).join(' '));
        original(...args);
      };
      candidate.addEventListener('error', (event) =>
        errors.push(describeValue(event.error ?? event.message)),
      );
      candidate.addEventListener('unhandledrejection', (event) =>
        errors.push(describeValue(event.reason)),
      );
      candidate.document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
      );
      candidate.document.addEventListener('vangnet-error', (event) =>
        vangnetErrors.push(JSON.stringify((event as CustomEvent<unknown>).detail)),
      );
      hooked = candidate;
    } else {
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  if (!hooked) throw new Error(`${path} did not start loading`);
  await loaded;
  const window = hooked;

  const resources = () =>
    window.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  return {
    window,
    document: window.document,
    errors,
    violations,
    vangnetErrors,
    failedRequests: () =>
      resources()
        .filter((entry) => entry.responseStatus === 0 || entry.responseStatus >= 400)
        .map((entry) => `${entry.responseStatus} ${entry.name}`),
    apiRequests: () =>
      resources()
        .map((entry) => new URL(entry.name))
        .filter((url) => url.pathname.startsWith('/v1/'))
        .map((url) => url.pathname),
    close: () => frame.remove(),
  };
}

/** Polls `check` until it returns a value that is not `undefined` or `false`, or fails with `message`. */
export async function waitFor<T>(
  check: () => T | undefined | false,
  message: () => string,
  timeout = 10_000,
): Promise<T> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (performance.now() > deadline) throw new Error(message());
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The text a person sees in a component: its shadow root's, nested shadow roots included. */
export function shadowText(element: Element): string {
  const parts: string[] = [];
  // No `instanceof` here: the page's nodes belong to the iframe's realm, not to this one.
  const walk = (root: DocumentFragment) => {
    parts.push(root.textContent ?? '');
    for (const node of root.querySelectorAll('*')) {
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return parts.join(' ').replace(/\s+/g, ' ');
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown }[];
}

/**
 * Runs axe-core (WCAG 2.2 A and AA, best practices) over the whole page, the components' shadow
 * roots included, and returns one line per violation. axe runs inside the page's own window, so
 * it is loaded there as a script: open the page without `?csp=strict` for this.
 */
export async function axeViolations(
  run: ExampleRun,
  rules: Record<string, { enabled: boolean }> = {},
): Promise<string[]> {
  const window = run.window as ExampleRun['window'] & {
    axe?: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
  };
  if (!window.axe) {
    const script = run.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    run.document.head.append(script);
    await loaded;
  }
  const results = await window.axe!.run(run.document, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    resultTypes: ['violations'],
    rules,
  });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}
