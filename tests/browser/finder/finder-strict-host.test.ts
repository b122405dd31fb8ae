import { expect } from '@open-wc/testing';
import { openExample, shadowText, waitFor, type ExampleRun } from '../examples/open-example.ts';

describe('the organisation finder on a strict host page', () => {
  let run: ExampleRun | undefined;
  afterEach(() => run?.close());

  it('searches, shows details and refers under a strict CSP with Trusted Types, without errors', async () => {
    run = await openExample('/tests/browser/finder/strict.html?csp=strict');
    const page = run;
    const finder = await waitFor(
      () => page.document.querySelector('vangnet-organisation-finder')?.shadowRoot ?? undefined,
      () => `the finder never rendered: ${page.errors.join('; ')}`,
    );
    await waitFor(
      () => finder.querySelector('[part~="result-button"]') ?? undefined,
      () => `no results: ${shadowText(finder.host)}`,
    );
    const words = finder.querySelector('input')!;
    words.value = 'educe';
    words.dispatchEvent(new page.window.InputEvent('input', { bubbles: true, composed: true }));
    const educe = await waitFor(
      () =>
        [...finder.querySelectorAll<HTMLButtonElement>('[part~="result-button"]')].find(
          (button) => button.textContent?.trim() === 'Educé',
        ),
      () => `Educé not found: ${shadowText(finder.host)}`,
    );
    educe.click();
    const refer = await waitFor(
      () => finder.querySelector<HTMLButtonElement>('[part~="refer"]') ?? undefined,
      () => 'no details',
    );
    const selected = new Promise<unknown>((resolve) =>
      page.document.addEventListener('vangnet-organisation-selected', (event) =>
        resolve((event as CustomEvent).detail),
      ),
    );
    refer.click();
    expect(await selected).to.deep.equal({ organisationId: 'educe', organisationName: 'Educé' });
    expect(run.errors, 'console errors').to.deep.equal([]);
    expect(run.violations, 'CSP violations').to.deep.equal([]);
    expect(run.vangnetErrors, 'vangnet-error events').to.deep.equal([]);
    expect(run.failedRequests(), 'failed requests').to.deep.equal([]);
  });
});
