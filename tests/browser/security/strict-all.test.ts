import { expect } from '@open-wc/testing';
import { openExample, waitFor, type ExampleRun } from '../examples/open-example.ts';
import { reportCount } from './hostile-text.ts';

/** What each component shows once it is ready to use. */
const ready: Record<string, string> = {
  'vangnet-organisation-finder': '[part~="result-button"]',
  'vangnet-referral-form': 'form',
  'vangnet-booking-form': 'h2.step-heading',
};

describe('the provider and all three components on one strict host page', () => {
  let run: ExampleRun | undefined;
  afterEach(() => run?.close());

  it('work under the strict CSP with Trusted Types: no violation, only Lit’s policy', async () => {
    run = await openExample('/tests/browser/security/strict-all.html?csp=strict');
    const page = run;
    for (const [tag, selector] of Object.entries(ready))
      await waitFor(
        () => page.document.querySelector(tag)?.shadowRoot?.querySelector(selector) ?? undefined,
        () => `${tag} never became ready: ${page.errors.join('; ')}`,
        // The first load compiles every module of all four elements.
        15_000,
      );
    // The finder opens an organisation: the part of a page that shows API data as links.
    const finder = page.document.querySelector('vangnet-organisation-finder')!.shadowRoot!;
    finder.querySelector<HTMLButtonElement>('[part~="result-button"]')!.click();
    await waitFor(
      () => finder.querySelector('[part~="detail"]') ?? undefined,
      () => 'no details',
    );
    const policies = (page.window as unknown as { __trustedTypesPolicies: string[] })
      .__trustedTypesPolicies;
    const checks: [string, unknown, unknown][] = [
      ['Lit’s own Trusted Types policy', policies.includes('lit-html'), true],
      [
        'other Trusted Types policies',
        policies.filter((n) => n !== 'lit-html' && n !== 'vangnet'),
        [],
      ],
      ['CSP violations', run.violations, []],
      ['console errors', run.errors, []],
      ['failed requests', run.failedRequests(), []],
    ];
    const failed = checks.filter(
      ([, actual, expected]) => JSON.stringify(actual) !== JSON.stringify(expected),
    );
    reportCount('strict host page', Object.keys(ready).length + 1 + checks.length, failed.length);
    for (const [what, actual, expected] of checks) expect(actual, what).to.deep.equal(expected);
  });
});
