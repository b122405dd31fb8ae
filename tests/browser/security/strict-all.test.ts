import { expect } from '@open-wc/testing';
import { openExample, waitFor, type ExampleRun } from '../examples/open-example.ts';
import { reportCount } from './hostile-text.ts';
import {
  holdRequests,
  releaseRequests,
  unblockRequests,
} from '../../../packages/widget/src/test-utils/requests.ts';

/** What each component shows once it is ready to use. */
const ready: Record<string, string> = {
  'vangnet-organisation-finder': '[part~="result-button"]',
  'vangnet-referral-form': 'form',
  'vangnet-booking-form': 'h2.step-heading',
};

/**
 * Opens the page, waits for every component, and opens one organisation in the finder. `opened`
 * runs as soon as the page is there, before any component is waited for.
 */
async function openStrictPage(
  query: string,
  opened: (run: ExampleRun) => Promise<void> = async () => {},
): Promise<{ run: ExampleRun; policies: string[] }> {
  const run = await openExample(`/tests/browser/security/strict-all.html?csp=strict${query}`);
  await opened(run);
  for (const [tag, selector] of Object.entries(ready))
    await waitFor(
      () => run.document.querySelector(tag)?.shadowRoot?.querySelector(selector) ?? undefined,
      () => `${tag} never became ready: ${run.errors.join('; ')}`,
      // The first load compiles every module of all four elements.
      15_000,
    );
  // The finder opens an organisation: the part of a page that shows API data as links.
  const finder = run.document.querySelector('vangnet-organisation-finder')!.shadowRoot!;
  finder.querySelector<HTMLButtonElement>('[part~="result-button"]')!.click();
  await waitFor(
    () => finder.querySelector('[part~="detail"]') ?? undefined,
    () => 'no details',
  );
  const policies = (run.window as unknown as { __trustedTypesPolicies: string[] })
    .__trustedTypesPolicies;
  return { run, policies };
}

/** Reports the checks' count, then asserts each. */
function expectChecks(name: string, checks: [string, unknown, unknown][]): void {
  const failed = checks.filter(
    ([, actual, expected]) => JSON.stringify(actual) !== JSON.stringify(expected),
  );
  reportCount(name, Object.keys(ready).length + 1 + checks.length, failed.length);
  for (const [what, actual, expected] of checks) expect(actual, what).to.deep.equal(expected);
}

describe('the provider and all three components on one strict host page', () => {
  let run: ExampleRun | undefined;
  afterEach(async () => {
    run?.close();
    await unblockRequests();
  });
  // First in the file: a chunk an earlier test's page loaded may come from the renderer's memory
  // cache, which the held request would never reach.
  it('through the loader, every component renders when the booking form is defined first and the provider last', async () => {
    // The chunks run in the order they arrive. Here the booking form is defined and connected, and
    // has asked for its provider's context, before any other Vangnet element exists.
    const later = ['provider', 'referral-form', 'organisation-finder'];
    await holdRequests(later.map((name) => `/dist/chunks/${name}-`));
    const opened = await openStrictPage('&loader', async (page) => {
      await waitFor(
        () => page.document.querySelector('vangnet-booking-form:defined')?.shadowRoot ?? undefined,
        () => `the booking form was not defined: ${page.errors.join('; ')}`,
        15_000,
      );
      const defined = later.filter((name) => page.window.customElements.get(`vangnet-${name}`));
      const fetched = page.window.performance
        .getEntriesByType('resource')
        .filter((entry) => later.some((name) => entry.name.includes(`/chunks/${name}-`)))
        .map((entry) => {
          const { name, transferSize, responseStatus } = entry as PerformanceResourceTiming;
          return `${new URL(name).pathname} ${responseStatus} ${transferSize} B`;
        });
      expect(defined, `defined before the booking form (${fetched.join(', ')})`).to.deep.equal([]);
      await releaseRequests();
    });
    run = opened.run;
    expectChecks('strict host page, booking form first', [
      ['CSP violations', run.violations, []],
      ['console errors', run.errors, []],
      ['failed requests', run.failedRequests(), []],
    ]);
  });

  it('work under the strict CSP with Trusted Types: no violation, only Lit’s policy', async () => {
    const opened = await openStrictPage('');
    run = opened.run;
    expectChecks('strict host page', [
      ['Lit’s own Trusted Types policy', opened.policies.includes('lit-html'), true],
      [
        'other Trusted Types policies',
        opened.policies.filter((n) => n !== 'lit-html' && n !== 'vangnet'),
        [],
      ],
      ['CSP violations', run.violations, []],
      ['console errors', run.errors, []],
      ['failed requests', run.failedRequests(), []],
    ]);
  });

  it('work the same through dist/vangnet.js and its chunks: one Lit, one policy, each chunk once', async () => {
    const opened = await openStrictPage('&loader');
    run = opened.run;
    const chunks = run.window.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/'));
    expectChecks('strict host page through the loader', [
      ['Trusted Types policies', opened.policies.filter((n) => n !== 'vangnet'), ['lit-html']],
      ['chunks fetched twice', chunks.filter((path, i) => chunks.indexOf(path) !== i), []],
      ['CSP violations', run.violations, []],
      ['console errors', run.errors, []],
      ['failed requests', run.failedRequests(), []],
    ]);
  });
});
