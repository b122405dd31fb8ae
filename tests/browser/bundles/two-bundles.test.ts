import { expect } from '@open-wc/testing';
import { openExample, waitFor, type ExampleRun } from '../examples/open-example.ts';

describe('two per-component bundles on one page', () => {
  let run: ExampleRun | undefined;
  afterEach(() => run?.close());

  // Under Trusted Types (`trusted-types lit-html vangnet`), the second file's own Lit cannot create
  // its `lit-html` policy a second time, so the hosting guide says: one file per page.
  it('work together under one provider without Trusted Types: one catalog request', async () => {
    run = await openExample('/tests/browser/bundles/two-bundles.html');
    const { document } = run;
    const current = run;
    await waitFor(
      () =>
        document.querySelector('vangnet-booking-form')?.shadowRoot?.querySelector('h2.title') ??
        undefined,
      () => `the booking form never rendered: ${current.errors.join('; ')}`,
    );
    await waitFor(
      () =>
        document
          .querySelector('vangnet-organisation-finder')
          ?.shadowRoot?.querySelector('[part~="result"]') ?? undefined,
      () => `the finder never showed results: ${current.errors.join('; ')}`,
    );
    expect(run.apiRequests().filter((path) => path === '/v1/catalog')).to.have.length(1);
    expect(run.errors).to.deep.equal([]);
    expect(run.failedRequests()).to.deep.equal([]);
  });
});
