// The organisation finder under attack and under faults: hostile organisation data from the API
// (names, texts, websites, phone numbers, addresses), hostile text in its search field, hostile
// attributes, a canary search that stays inside it, and a load that fails offline or at a 503
// and succeeds on retry.
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { demoOrganisations, demoPartnerKey } from '@vangnet/api-mock';
import type { Organisation } from '@vangnet/sdk';
import {
  button,
  control,
  renderFinder,
  resultNames,
  serveOrganisations,
  startMock,
} from '../../../packages/widget/src/organisation-finder/finder-fixture.ts';
import { attackAttributes } from './hostile-attributes.ts';
import {
  fieldAttack,
  injected,
  payloadRan,
  reportCount,
  xssFlag,
  xssPayloads,
} from './hostile-text.ts';
import { canary, foreignRequests, watchPrivacy } from './privacy-watch.ts';

afterEach(async () => {
  const mock = await startMock();
  mock.worker.resetHandlers();
  mock.reset();
});
// Leaves the origin's service worker to the other test pages as soon as this file is done.
after(async () => (await startMock()).stop());

/** One organisation per payload, with the payload in every text field the contract allows it. */
const hostileOrganisations = (): Organisation[] =>
  xssPayloads.map((payload, index) => ({
    ...demoOrganisations[index % demoOrganisations.length]!,
    id: `hostile-${index}`,
    name: `Organisatie ${index} ${payload}`,
    summary: payload,
    description: `${payload}\n${payload}`,
    website: `https://example.org/${encodeURIComponent(payload)}?q="><svg onload=x>`,
    phone: payload.slice(0, 40),
    email: 'info@example.org',
    address: { street: payload.slice(0, 200), postalCode: '2511 AB', city: payload.slice(0, 100) },
  }));
const hostileFields = ['name', 'summary', 'description', 'website', 'phone', 'street', 'city'];

const problemShown = (finder: HTMLElement) => finder.shadowRoot!.querySelector('[part~="problem"]');

describe('security: the organisation finder', () => {
  it('the checks themselves catch markup that was injected and a payload that ran', async () => {
    const host = document.createElement('div');
    const image = document.createElement('img');
    image.setAttribute('onerror', `window.${xssFlag}=1`);
    image.src = 'data:,not-an-image';
    host.attachShadow({ mode: 'open' }).append(image);
    document.body.append(host);
    try {
      expect(injected(host)).to.deep.equal(['<img onerror>']);
      await waitUntil(() => (window as unknown as Record<string, unknown>)[xssFlag] === 1);
      expect(await payloadRan()).to.equal(true);
    } finally {
      host.remove();
      delete (window as unknown as Record<string, unknown>)[xssFlag];
    }
  });

  it('shows hostile organisation data from the API as inert text, in the list and the details', async () => {
    const organisations = hostileOrganisations();
    await serveOrganisations(organisations);
    const finder = await renderFinder();
    expect(resultNames(finder)).to.have.length(organisations.length);
    const failures: string[] = [];
    for (const organisation of organisations) {
      button(finder, organisation.name).click();
      await waitUntil(() => finder.shadowRoot!.querySelector('[part~="detail"]'), 'no details');
      const text = finder.shadowRoot!.querySelector('[part~="detail"]')!.textContent!;
      if (!text.includes(organisation.summary))
        failures.push(`${organisation.id}: summary not shown`);
      failures.push(...injected(finder).map((found) => `${organisation.id}: ${found}`));
      button(finder, /^Terug/).click();
      await finder.updateComplete;
    }
    const ran = await payloadRan();
    reportCount(
      'hostile API data (organisations)',
      organisations.length * hostileFields.length,
      failures.length + Number(ran),
    );
    expect(failures).to.deep.equal([]);
    expect(ran).to.equal(false);
  });

  it('refuses a javascript: website from the API instead of linking it', async () => {
    const mock = await startMock();
    // Past the mock's own contract check: what a broken or compromised API could send.
    // Only for this page: an example page another test opened in an iframe may reach this worker.
    const ownPage = location.href.split('#')[0];
    mock.worker.use(
      http.get('*/v1/organisations', ({ request }) =>
        request.referrer.split('#')[0] === ownPage
          ? HttpResponse.json({
              items: [{ ...demoOrganisations[0]!, website: `javascript:window.__vangnetXss=1` }],
              total: 1,
              nextCursor: null,
            })
          : undefined,
      ),
    );
    const finder = document.createElement('vangnet-organisation-finder');
    finder.setAttribute('api', location.origin);
    finder.setAttribute('partner-key', demoPartnerKey);
    document.body.append(finder);
    try {
      await waitUntil(() => problemShown(finder), 'the answer was not refused', {
        timeout: 10_000,
      });
      expect(injected(finder)).to.deep.equal([]);
      expect(await payloadRan()).to.equal(false);
    } finally {
      finder.remove();
    }
  });

  it('renders hostile text in the search field as inert text and refuses 10,000 characters', async () => {
    const finder = await renderFinder();
    const { attack, tally } = fieldAttack(finder);
    await attack();
    const ran = await payloadRan();
    reportCount('hostile input (finder search)', tally.tried, tally.failures.length + Number(ran));
    expect(tally.failures).to.deep.equal([]);
    expect(tally.tried).to.be.greaterThan(0);
  });

  it('answers hostile attribute values with the polite message, inert', async () => {
    await startMock();
    const { tried, failures } = await attackAttributes(
      'vangnet-organisation-finder',
      { api: location.origin, 'partner-key': demoPartnerKey },
      ['municipality', 'theme', 'service', 'coaching-form', 'audience', 'lang', 'api'],
    );
    reportCount('hostile attributes (finder)', tried, failures.length);
    expect(failures).to.deep.equal([]);
  });

  it('keeps a canary name typed into the search out of storage, the address, the console, events and requests', async () => {
    const finder = await renderFinder();
    const watch = watchPrivacy();
    try {
      const search = control<HTMLInputElement>(finder, 'Zoek een organisatie');
      search.value = `${canary.givenName} ${canary.familyName}`;
      search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 400));
      search.value = '';
      search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await waitUntil(() => resultNames(finder).length > 0, 'no results');
      button(finder, resultNames(finder)[0]!).click();
      await waitUntil(() => finder.shadowRoot!.querySelector('[part~="detail"]'), 'no details');
      finder.shadowRoot!.querySelector<HTMLElement>('[part~="refer"]')?.click();
    } finally {
      watch.stop();
    }
    const leaks = watch.leaks();
    reportCount('privacy (finder)', watch.checked, leaks.length);
    expect(leaks).to.deep.equal([]);
    expect(foreignRequests(watch, location.origin)).to.deep.equal([]);
  });

  for (const fault of ['offline', '503'] as const)
    it(`loading ${fault}: a clear message, a retry that succeeds`, async () => {
      const mock = await startMock();
      // Retry-After 0: the SDK's own retries do not make the test wait.
      if (fault === 'offline') mock.scenarios.offline();
      else mock.scenarios.failRoute({ path: '/v1/organisations', status: 503, retryAfter: 0 });
      const finder = document.createElement('vangnet-organisation-finder');
      finder.setAttribute('api', location.origin);
      finder.setAttribute('partner-key', demoPartnerKey);
      document.body.append(finder);
      try {
        await waitUntil(() => problemShown(finder), 'no message', { timeout: 10_000 });
        expect(problemShown(finder)!.getAttribute('role')).to.equal('alert');
        expect(problemShown(finder)!.textContent).to.include(
          'De lijst met organisaties kon niet worden geladen.',
        );
        mock.scenarios.clear();
        button(finder, 'Opnieuw proberen').click();
        await waitUntil(() => resultNames(finder).length > 0, 'no results after retry', {
          timeout: 10_000,
        });
        reportCount(`faults (finder load, ${fault})`, 1, 0);
      } finally {
        finder.remove();
      }
    });
});
