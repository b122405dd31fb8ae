import { expect } from '@open-wc/testing';
import { ar } from '../../../packages/widget/src/booking-form/messages/ar.ts';
import { nl } from '../../../packages/widget/src/booking-form/messages/nl.ts';
import { openExample, shadowText, waitFor, type ExampleRun } from '../examples/open-example.ts';

/** The language chunks the page fetched, next to the bundle in dist/locales/. */
const languageChunks = (run: ExampleRun) =>
  run.window.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/locales/'));

async function openBookingForm(query: string): Promise<{ run: ExampleRun; root: ShadowRoot }> {
  const run = await openExample(`/tests/browser/bundles/language-chunk.html?csp=strict${query}`);
  const heading = await waitFor(
    () =>
      run.document
        .querySelector('vangnet-booking-form')
        ?.shadowRoot?.querySelector<HTMLElement>('h2.title') ?? undefined,
    () => `the form never rendered: ${run.errors.join('; ')}`,
  );
  return { run, root: heading.getRootNode() as ShadowRoot };
}

describe('dist/vangnet.js: languages beyond Dutch and English', () => {
  let run: ExampleRun | undefined;
  afterEach(() => run?.close());

  it('speaks Dutch without fetching any language chunk', async () => {
    const opened = await openBookingForm('');
    run = opened.run;
    expect(opened.root.querySelector('h2.title')?.textContent?.trim()).to.equal(
      nl['booking.title'],
    );
    expect(languageChunks(opened.run)).to.deep.equal([]);
  });

  it('fetches the Arabic chunks next to the bundle under a strict CSP and re-renders in it', async () => {
    const opened = await openBookingForm('&lang=ar');
    run = opened.run;
    const { root } = opened;
    await waitFor(
      () =>
        root.querySelector('h2.title')?.textContent?.trim() === ar['booking.title']
          ? true
          : undefined,
      () => `still not in Arabic: ${shadowText(root.host)}`,
    );
    expect(root.querySelector('.root')?.getAttribute('dir')).to.equal('rtl');
    // The kit's Arabic and the booking form's, fetched together; the other components' stay away.
    const chunks = languageChunks(opened.run).sort();
    expect(chunks).to.have.length(2);
    expect(chunks[0]).to.match(/^\/dist\/locales\/booking-form-ar-[\w-]+\.js$/);
    expect(chunks[1]).to.match(/^\/dist\/locales\/i18n-ar-[\w-]+\.js$/);
    expect(opened.run.violations).to.deep.equal([]);
    expect(opened.run.errors).to.deep.equal([]);
  });
});
