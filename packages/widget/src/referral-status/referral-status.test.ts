import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { createClient, type ReferralCreated } from '@vangnet/sdk';
import { demoPartnerKey } from '@vangnet/api-mock';
import { startMockWorker, type MockWorker } from '@vangnet/api-mock/browser';
import { referral } from '../../../../tests/conformance/support/calls.ts';
import { expectNoAxeViolations } from '../test-utils/axe.ts';
import './define.ts';
import type { VangnetReferralStatus } from './define.ts';
import { statusLinkFor } from './status-link.ts';

let mock: MockWorker;
const page = location.href.split('#')[0]!;

async function created(): Promise<ReferralCreated> {
  const client = createClient({ baseUrl: location.origin, partnerKey: demoPartnerKey });
  return client.referrals.create(referral('2008-05-01'));
}

/** Opens the "page" from a status link, then puts the element on it. */
async function openFrom(hash: string, lang = 'nl'): Promise<VangnetReferralStatus> {
  history.replaceState(null, '', `${page}${hash}`);
  const element = await fixture<VangnetReferralStatus>(
    html`<vangnet-referral-status
      lang=${lang}
      api=${location.origin}
      partner-key=${demoPartnerKey}
    ></vangnet-referral-status>`,
  );
  await waitUntil(
    () =>
      element.shadowRoot?.querySelector('[part~="status"]:not([data-loading]), [part~="problem"]'),
    'no status shown',
    { timeout: 10_000 },
  );
  return element;
}

const statusText = (element: HTMLElement) =>
  element.shadowRoot?.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ??
  '';

describe('<vangnet-referral-status>', () => {
  before(async () => {
    mock = await startMockWorker({ now: '2026-03-02T09:00:00+01:00' });
  });
  afterEach(() => {
    fixtureCleanup();
    mock.reset();
    history.replaceState(null, '', page);
  });

  it('shows a new referral as received, and takes the token out of the address bar', async () => {
    const sent = await created();
    const element = await openFrom(new URL(statusLinkFor(page, sent)).hash);
    expect(location.hash).to.equal('');
    expect(location.href).not.to.contain(sent.token);
    const text = statusText(element);
    expect(text).to.contain('Ontvangen.');
    expect(text).to.contain(sent.reference);
    expect(text).to.contain('Pluscoaching');
    const current = element.shadowRoot!.querySelector('[aria-current="step"]');
    expect(current?.textContent).to.contain('Ontvangen');
    await expectNoAxeViolations(element);
  });

  for (const [scenario, label] of [
    ['referral-matched', 'Coach gevonden'],
    ['referral-in-coaching', 'Coaching begonnen'],
    ['referral-closed', 'Afgesloten'],
  ] as const) {
    it(`shows "${label}" with the ${scenario} scenario`, async () => {
      const sent = await created();
      mock.scenarios.use(scenario);
      const element = await openFrom(`#status=${sent.id}.${sent.token}`);
      const current = element.shadowRoot!.querySelector('[aria-current="step"]');
      expect(current?.textContent).to.contain(label);
      expect(statusText(element)).to.contain(`${label}.`);
      await expectNoAxeViolations(element);
    });
  }

  it('names the organisation once the API says which one', async () => {
    const sent = await created();
    const stored = mock.store.referrals.find((item) => item.id === sent.id)!;
    stored.status = 'matched';
    stored.matchedOrganisationId = mock.store.organisations[0]!.id;
    const name = mock.store.organisations[0]!.name;
    const element = await openFrom(`#status=${sent.id}.${sent.token}`);
    expect(statusText(element)).to.contain(`De aanmelding is gekoppeld aan ${name}.`);
    expect(element.shadowRoot!.querySelector('[part~="organisation"]')?.textContent).to.equal(name);
    await expectNoAxeViolations(element);
  });

  it('shows no personal data of the referral', async () => {
    mock.scenarios.use('referral-matched');
    const sent = await created();
    const element = await openFrom(`#status=${sent.id}.${sent.token}`);
    const text = element.shadowRoot!.textContent ?? '';
    for (const personal of ['Sam', 'Voorbeeld', 'Mentor Test', 'mentor@example.org', '2008']) {
      expect(text).not.to.contain(personal);
    }
  });

  it('says the link does not work for a wrong token, and for a broken link', async () => {
    const sent = await created();
    const wrong = await openFrom(`#status=${sent.id}.not-the-token`);
    expect(statusText(wrong)).to.contain('Deze link werkt niet');
    await expectNoAxeViolations(wrong);
    fixtureCleanup();
    const broken = await openFrom('#status=only-an-id');
    expect(statusText(broken)).to.contain('Deze link werkt niet');
    expect(location.hash).to.equal('');
  });

  it('asks to open the link when the page was opened without one', async () => {
    const element = await openFrom('');
    expect(statusText(element)).to.contain('Open de statuslink');
  });

  it('offers to try again when the API cannot be reached, by keyboard', async () => {
    const sent = await created();
    mock.scenarios.failRoute({ method: 'GET', path: '/v1/referrals/:id', status: 500 });
    const element = await openFrom(`#status=${sent.id}.${sent.token}`);
    expect(statusText(element)).to.contain('lukt nu niet');
    await expectNoAxeViolations(element);
    mock.scenarios.clear();
    const again = element.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    again.focus();
    expect(element.shadowRoot!.activeElement).to.equal(again);
    again.click();
    await waitUntil(() => statusText(element).includes('Ontvangen.'), 'not shown after retry', {
      timeout: 10_000,
    });
  });

  it('speaks English', async () => {
    const sent = await created();
    mock.scenarios.use('referral-matched');
    const element = await openFrom(`#status=${sent.id}.${sent.token}`, 'en');
    expect(statusText(element)).to.contain('Coach found.');
  });
});
