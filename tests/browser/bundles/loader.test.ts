import { expect } from '@open-wc/testing';
import { openExample, shadowText, waitFor, type ExampleRun } from '../examples/open-example.ts';
import {
  blockRequests,
  unblockRequests,
} from '../../../packages/widget/src/test-utils/requests.ts';

/** The scripts the page fetched from dist/, without their content hashes. */
const scripts = (run: ExampleRun) =>
  run.window.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/'))
    .map((path) => path.replace(/-[\w-]{8}\.js$/, '.js'));

const finderShown = (run: ExampleRun) =>
  waitFor(
    () =>
      run.document
        .querySelector('vangnet-organisation-finder')
        ?.shadowRoot?.querySelector('[part~="result"]') ?? undefined,
    () => `the finder never showed results: ${run.errors.join('; ')}`,
  );

describe('dist/vangnet.js: the loader', () => {
  let run: ExampleRun | undefined;
  afterEach(async () => {
    run?.close();
    await unblockRequests();
  });

  // First in the file: a chunk an earlier test's page loaded may come from the renderer's memory
  // cache, which the blocked request would never reach.
  it('a chunk that does not load leaves the fallback content with a retry that works', async () => {
    await blockRequests(['/dist/chunks/organisation-finder-']);
    run = await openExample('/tests/browser/bundles/loader.html?csp=strict');
    const finder = run.document.querySelector('vangnet-organisation-finder')!;
    const button = await waitFor(
      () => finder.querySelector<HTMLButtonElement>('[data-vangnet-retry] button') ?? undefined,
      () => `no retry button: ${finder.innerHTML}`,
    );
    expect(button.textContent).to.equal('Opnieuw laden');
    expect(finder.matches(':defined')).to.equal(false);
    const fallback = finder.querySelector('p:not([data-vangnet-retry])')!;
    expect(fallback.getClientRects().length, 'fallback visible').to.be.greaterThan(0);
    expect(run.errors.join('\n')).to.contain('<vangnet-organisation-finder> could not be loaded');

    await unblockRequests();
    run.errors.length = 0;
    button.click();
    await finderShown(run);
    expect(finder.querySelector('[data-vangnet-retry]')).to.equal(null);
    expect(shadowText(finder)).to.not.contain('Opnieuw laden');
    expect(run.violations).to.deep.equal([]);
    expect(run.errors).to.deep.equal([]);
  });

  it("a page with only the finder, under the strict CSP, loads the finder's chunks once and no form chunk", async () => {
    run = await openExample('/tests/browser/bundles/loader.html?csp=strict');
    await finderShown(run);
    // The detail view comes right after the first view, when the browser is idle.
    await waitFor(
      () => scripts(run!).includes('/dist/chunks/organisation-detail.js'),
      () => `the detail view was not fetched after the first view: ${scripts(run!).join(', ')}`,
    );
    const loaded = scripts(run);
    expect(loaded[0]).to.equal('/dist/vangnet.js');
    expect([...loaded].sort()).to.deep.equal([
      '/dist/chunks/organisation-detail.js',
      '/dist/chunks/organisation-finder.js',
      '/dist/chunks/shared.js',
      '/dist/vangnet.js',
    ]);
    expect(loaded.filter((path) => /form/.test(path))).to.deep.equal([]);
    expect(run.violations).to.deep.equal([]);
    expect(run.errors).to.deep.equal([]);
  });

  it('hints every chunk of an element at once, so none waits for another', async () => {
    run = await openExample('/tests/browser/bundles/loader.html?csp=strict');
    await finderShown(run);
    const hints = [...run.document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')]
      .map((link) => new URL(link.href).pathname.replace(/-[\w-]{8}\.js$/, '.js'))
      .sort();
    expect(hints).to.deep.equal(['/dist/chunks/shared.js']);
  });
});
