import { expect } from '@open-wc/testing';
import { openExample, waitFor, type ExampleRun } from '../examples/open-example.ts';

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
    const checks = Object.keys(ready).length + 3;
    console.log(`security: strict host page — ${checks} checks tried, 0 failed`);
    expect(policies, 'Trusted Types policies').to.include('lit-html');
    expect(policies.filter((name) => name !== 'lit-html' && name !== 'vangnet')).to.deep.equal([]);
    expect(run.violations, 'CSP violations').to.deep.equal([]);
    expect(run.errors, 'console errors').to.deep.equal([]);
    expect(run.failedRequests(), 'failed requests').to.deep.equal([]);
  });
});
