import { expect } from '@open-wc/testing';
import { demoCatalog, demoOrganisations } from '@vangnet/api-mock';
import {
  axeViolations,
  openExample,
  shadowText,
  waitFor,
  type ExampleRun,
} from './open-example.ts';

type Tag = 'vangnet-organisation-finder' | 'vangnet-referral-form' | 'vangnet-booking-form';

/** Every example page and the components it shows. */
const examplePages: { page: string; components: Tag[] }[] = [
  { page: 'school.html', components: ['vangnet-organisation-finder', 'vangnet-referral-form'] },
  { page: 'gemeente.html', components: ['vangnet-booking-form'] },
  { page: 'jongerenpunt.html', components: ['vangnet-booking-form'] },
  { page: 'plain.html', components: ['vangnet-booking-form'] },
  {
    page: 'all.html',
    components: ['vangnet-organisation-finder', 'vangnet-referral-form', 'vangnet-booking-form'],
  },
];

const organisationNames = demoOrganisations.map((organisation) => organisation.name);
/** Names only the catalog knows: services, referrer roles and municipalities. */
const referralLabels = [
  ...[...demoCatalog.services, ...demoCatalog.referrerRoles].flatMap((item) =>
    Object.values(item.label),
  ),
  ...demoCatalog.municipalities.map((municipality) => municipality.name),
];
const { minAge, maxAge } = demoCatalog.rules.booking;

/** What each component shows once it has its data from the mock, not before. */
const renderedWithData: Record<Tag, (text: string) => boolean> = {
  // The A–Z list: several of the network's organisations by name.
  'vangnet-organisation-finder': (text) =>
    organisationNames.filter((name) => text.includes(name)).length >= 3,
  // The first step offers choices from the catalog (services, municipalities or roles).
  'vangnet-referral-form': (text) =>
    /stap 1 |step 1 /i.test(text) && referralLabels.some((label) => text.includes(label)),
  // Date of birth first, with the age bounds from the catalog's rules.
  'vangnet-booking-form': (text) =>
    /geboortedatum|date of birth/i.test(text) &&
    new RegExp(`\\b${minAge}\\b\\D+\\b${maxAge}\\b`).test(text),
};

async function componentRendered(run: ExampleRun, tag: Tag): Promise<Element> {
  const element = await waitFor(
    () => run.document.querySelector(tag) ?? undefined,
    () => `${tag} is not on the page`,
  );
  await waitFor(
    () => run.window.customElements.get(tag) !== undefined,
    () => `${tag} was never defined: ${run.errors.join('; ')}`,
  );
  await waitFor(
    () => renderedWithData[tag](shadowText(element)),
    () =>
      `${tag} did not render data from the mock; it shows: "${shadowText(element).slice(0, 300)}"`,
  );
  return element;
}

function expectCleanRun(run: ExampleRun): void {
  expect(run.errors, 'console errors').to.deep.equal([]);
  expect(run.violations, 'Content-Security-Policy violations').to.deep.equal([]);
  expect(run.vangnetErrors, 'vangnet-error events').to.deep.equal([]);
  expect(run.failedRequests(), 'failed requests').to.deep.equal([]);
}

describe('the example pages', () => {
  let run: ExampleRun | undefined;
  afterEach(() => run?.close());

  for (const { page, components } of examplePages) {
    it(`${page}: every component renders data from the mock under a strict CSP, with no errors and no failed requests`, async () => {
      run = await openExample(`/examples/${page}?csp=strict`);
      for (const tag of components) {
        const element = await componentRendered(run, tag);
        // The webmaster's fallback content gives way to the component once it has upgraded.
        const fallback = element.querySelector('p');
        expect(fallback, `${tag} has fallback content`).to.not.equal(null);
        expect(fallback!.getClientRects().length, `${tag} fallback hidden`).to.equal(0);
      }
      expect(run.apiRequests()).to.include('/v1/catalog');
      if (components.includes('vangnet-organisation-finder')) {
        expect(run.apiRequests()).to.include('/v1/organisations');
      }
      expect(run.document.body.textContent).to.match(/demodata/i);
      expectCleanRun(run);
    });
  }

  for (const { page, components } of [{ page: 'index.html', components: [] }, ...examplePages]) {
    it(`${page}: axe-core finds no WCAG 2.2 AA violations on the whole page`, async () => {
      run = await openExample(`/examples/${page}`);
      for (const tag of components) await componentRendered(run, tag);
      expect(await axeViolations(run)).to.deep.equal([]);
    });
  }

  it('all.html: the three components share one provider (one catalog request), and the page logs their events', async () => {
    run = await openExample('/examples/all.html');
    for (const tag of examplePages.at(-1)!.components) await componentRendered(run, tag);
    expect(run.apiRequests().filter((path) => path === '/v1/catalog')).to.have.length(1);
    // The page's own log shows the components' events, details without personal data.
    const log = run.document.querySelector('#event-log')!;
    await waitFor(
      () => log.textContent!.includes('vangnet-step'),
      () => `no events logged: "${log.textContent}"`,
    );
    expect(log.textContent).to.contain('"component":"referral-form"');
    expectCleanRun(run);
  });

  it("status.html: the school's status page asks for the status link, under a strict CSP, with no errors and no axe violations", async () => {
    run = await openExample('/examples/status.html?csp=strict');
    const status = await waitFor(
      () => run!.document.querySelector('vangnet-referral-status') ?? undefined,
      () => 'vangnet-referral-status is not on the page',
    );
    await waitFor(
      () => /statuslink/.test(shadowText(status)),
      () => `the status element shows: "${shadowText(status).slice(0, 200)}"`,
    );
    expect(run.document.querySelector('a[href="school.html#aanmelden"]')).to.not.equal(null);
    expectCleanRun(run);
    run.close();
    run = await openExample('/examples/status.html');
    const shown = run.document.querySelector('vangnet-referral-status')!;
    await waitFor(
      () => /statuslink/.test(shadowText(shown)),
      () => 'the status element did not render',
    );
    expect(await axeViolations(run)).to.deep.equal([]);
  });

  it('jongerenpunt.html: the language switch sets lang and the form follows it', async () => {
    run = await openExample('/examples/jongerenpunt.html');
    const form = await componentRendered(run, 'vangnet-booking-form');
    expect(shadowText(form)).to.match(/geboortedatum/i);
    run.document.querySelector<HTMLButtonElement>('[data-language="en"]')!.click();
    expect(run.document.documentElement.lang).to.equal('en');
    await waitFor(
      () => /date of birth/i.test(shadowText(form)),
      () => `the form stayed Dutch: "${shadowText(form).slice(0, 200)}"`,
    );
    expect(run.document.querySelector('h1')!.textContent).to.equal('Want to talk about school?');
    expectCleanRun(run);
  });

  it("plain.html loads the one script tag and the booking form's chunks beside it, each once", async () => {
    run = await openExample('/examples/plain.html');
    await componentRendered(run, 'vangnet-booking-form');
    const scripts = run.window.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      // The test server's own reload socket is not part of the page.
      .filter((path) => /\.(m?js|ts)$/.test(path) && !path.startsWith('/__web-dev-server'));
    expect(scripts[0]).to.equal('/dist/vangnet.js');
    const chunks = scripts.slice(1).map((path) => path.replace(/-[\w-]{8}\.js$/, '.js'));
    expect(new Set(chunks).size, 'no chunk twice').to.equal(chunks.length);
    // The first view's chunks; after it come zod with the schemas (decision 0302) and, when the
    // browser is idle, the later parts, the form's and the SDK's with ky (or not yet).
    const later = [
      '/dist/chunks/booking-later.js',
      '/dist/chunks/sdk-later.js',
      '/dist/chunks/sdk-schemas.js',
    ];
    expect(chunks.filter((path) => !later.includes(path)).sort()).to.deep.equal([
      '/dist/chunks/booking-form.js',
      '/dist/chunks/form-kit.js',
      '/dist/chunks/shared.js',
    ]);
    // The loader asked for the catalog before the chunks had run, and the form took that answer
    // instead of asking again (decision 0263).
    const catalogReads = run.window.performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('/v1/catalog'));
    expect(catalogReads.length, 'the catalog once').to.equal(1);
    const shared = run.window.performance
      .getEntriesByType('resource')
      .find((entry) => /\/dist\/chunks\/shared-/.test(entry.name))!;
    expect(catalogReads[0]!.startTime, 'asked for before shared.js arrived').to.be.below(
      (shared as PerformanceResourceTiming).responseEnd,
    );
    expectCleanRun(run);
  });

  it('a scenario in the page address reaches the mock: ?mock=unavailable leaves the fallback content', async () => {
    run = await openExample('/examples/gemeente.html?mock=unavailable');
    const form = run.document.querySelector('vangnet-booking-form')!;
    const fallback = form.querySelector('p')!;
    await waitFor(
      () => run!.vangnetErrors.length > 0,
      () => `no vangnet-error; the form shows "${shadowText(form).slice(0, 200)}"`,
    );
    expect(JSON.parse(run.vangnetErrors[0]!)).to.include({ kind: 'unreachable' });
    expect(fallback.getClientRects().length, 'fallback visible').to.be.greaterThan(0);
    expect(run.failedRequests().some((request) => request.startsWith('503 '))).to.equal(true);
    expect(run.errors, 'console errors').to.deep.equal([]);
  });

  it('the index links every example page, and every link on it works', async () => {
    run = await openExample('/examples/index.html');
    const links = [...run.document.querySelectorAll<HTMLAnchorElement>('main a[href]')].map(
      (link) => new URL(link.href),
    );
    const linked = new Set(links.map((url) => url.pathname.replace('/examples/', '')));
    for (const { page } of examplePages) expect([...linked]).to.include(page);
    expect([...linked]).to.include('status.html');
    // The workspace is the real server's (npm start), not the mock's: tests/server/start-script.test.ts.
    expect([...linked]).to.include('/staff/');
    const pages = new Set(links.map((link) => link.pathname).filter((path) => path !== '/staff/'));
    for (const url of pages) {
      const response = await fetch(url);
      expect(response.status, url.toString()).to.equal(200);
    }
    expectCleanRun(run);
  });
});
