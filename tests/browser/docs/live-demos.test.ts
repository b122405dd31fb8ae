import { expect } from '@open-wc/testing';
import { demoOrganisations } from '@vangnet/api-mock';
import { openExample, shadowText, waitFor, type ExampleRun } from '../examples/open-example.ts';

// The built docs site (`npm run docs`, which `npm test` runs before the browser tests), served
// from a sub-folder of the test server: its demos must run on the mock's service worker alone.
const site = '/docs/site';
const organisationNames = demoOrganisations.map((organisation) => organisation.name);

describe('the docs site', () => {
  let run: ExampleRun | undefined;
  afterEach(() => run?.close());

  it('runs a live demo on the mock service worker, hosted in a sub-folder, with no server API', async () => {
    const built = await fetch(`${site}/index.html`);
    expect(built.status, 'the docs site is built (npm run docs)').to.equal(200);
    run = await openExample(`${site}/documents/Organisation_finder.html`);
    const finder = await waitFor(
      () => run!.document.querySelector('vangnet-organisation-finder') ?? undefined,
      () => 'no finder demo on the page',
    );
    await waitFor(
      () => organisationNames.filter((name) => shadowText(finder).includes(name)).length >= 3,
      () => `the demo shows no organisations: "${shadowText(finder).slice(0, 200)}"`,
    );
    // The demo talks to https://api.example.org: only the worker can have answered.
    const worker = await run.window.navigator.serviceWorker.getRegistration(`${site}/`);
    expect(worker?.scope).to.equal(new URL(`${site}/`, location.href).href);
    expect(run.apiRequests()).to.include('/v1/organisations');
    expect(run.errors, 'console errors').to.deep.equal([]);
  });
});
