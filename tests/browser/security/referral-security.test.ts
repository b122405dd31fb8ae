// The referral form under attack and under faults: hostile text in every field, hostile
// attributes, canary personal data that must stay inside the form, and a send that fails while
// offline or at a 503 and succeeds on retry with everything typed kept.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { shadowText } from '../examples/open-example.ts';
import { forgetClients } from '../../../packages/widget/src/core/client-cache.ts';
import { demoPartnerKey } from '@vangnet/api-mock';
import {
  button,
  declareConsents,
  fill,
  fillUpToConsent,
  mockApi,
  next,
  reach,
  renderForm,
  root,
  typed,
  bornAged,
} from '../../../packages/widget/src/referral-form/referral-fixture.ts';
import type { VangnetReferralForm } from '../../../packages/widget/src/referral-form/referral-form.ts';
import { fieldAttack, injected, payloadRan, reportCount, xssPayloads } from './hostile-text.ts';
import { canary, foreignRequests, watchPrivacy } from './privacy-watch.ts';
import { attackAttributes } from './hostile-attributes.ts';

const confirmation = (form: VangnetReferralForm) =>
  waitUntil(() => root(form).querySelector('[part~="confirmation"]'), 'no confirmation', {
    timeout: 5000,
  });

/** From the filled consent step to the review. */
async function toReview(form: VangnetReferralForm) {
  await next(form);
  await reach(form, 'Controleer je aanmelding');
}

afterEach(async () => (await mockApi()).reset());
// Leaves the origin's service worker to the other test pages as soon as this file is done.
after(async () => (await mockApi()).stop());

describe('security: the referral form', () => {
  it('renders hostile text in every field as inert text and refuses 10,000 characters', async () => {
    const { form } = await renderForm();
    const { attack, tally } = fieldAttack(form);
    await fillUpToConsent(form, bornAged(16), { afterStep: attack });
    await declareConsents(form);
    await attack();
    await toReview(form);
    const ran = await payloadRan();
    reportCount(
      'hostile input (referral form fields)',
      tally.tried,
      tally.failures.length + Number(ran),
    );
    expect(tally.failures).to.deep.equal([]);
    expect(ran, 'a payload ran').to.equal(false);
    expect(tally.tried).to.be.greaterThan(100);
  });

  it('sends hostile free text to the API and shows it back as text only', async () => {
    const { form, mock } = await renderForm();
    await fillUpToConsent(form, bornAged(16), {
      afterStep: async (step) => {
        if (step === 'referrer') {
          await fill(form, 'School of organisatie', xssPayloads[0]!);
          await fill(form, 'Je naam', xssPayloads[3]!);
        }
        if (step === 'support-need')
          await fill(form, 'Wat is er aan de hand?', xssPayloads.join(' '));
      },
    });
    await declareConsents(form);
    await toReview(form);
    const review = root(form).querySelector('[part~="review"]')!.textContent!;
    expect(review).to.include(xssPayloads[0]).and.to.include(xssPayloads[3]);
    expect(injected(form)).to.deep.equal([]);
    button(form, 'Aanmelding versturen').click();
    await confirmation(form);
    expect(mock.store.referrals[0]?.input.supportNeed.description).to.include(xssPayloads[1]);
    expect(injected(form)).to.deep.equal([]);
    expect(await payloadRan()).to.equal(false);
  });

  it('shows hostile catalog texts from the API (municipalities, services, reasons) as inert text', async () => {
    const mock = await mockApi();
    mock.reset();
    const { catalog } = mock.store;
    const hostile = (index: number) => xssPayloads[index % xssPayloads.length]!;
    const both = (index: number) => ({ nl: hostile(index), en: hostile(index) });
    catalog.municipalities.forEach((municipality, index) => {
      municipality.name = `${municipality.name} ${hostile(index)}`;
    });
    catalog.services.forEach((service, index) => {
      service.label = both(index);
      service.description = both(index + 1);
    });
    catalog.reasons.forEach((reason, index) => (reason.label = both(index)));
    // The catalog is cached per API address: this test's catalog must be read anew, and forgotten.
    forgetClients();
    try {
      const form = document.createElement('vangnet-referral-form');
      form.setAttribute('api', location.origin);
      form.setAttribute('partner-key', demoPartnerKey);
      document.body.append(form);
      await waitUntil(() => root(form).querySelector('form'), 'the form did not load', {
        timeout: 5000,
      });
      const shown = root(form).textContent ?? '';
      const tried =
        catalog.municipalities.length + catalog.services.length * 2 + catalog.reasons.length;
      const ran = await payloadRan();
      reportCount(
        'hostile API data (catalog in the referral form)',
        tried,
        injected(form).length + Number(ran),
      );
      expect(shown).to.include(hostile(1));
      expect(injected(form)).to.deep.equal([]);
      expect(ran).to.equal(false);
      form.remove();
    } finally {
      forgetClients();
    }
  });

  it('answers hostile attribute values with the polite message, inert', async () => {
    await mockApi();
    const { tried, failures } = await attackAttributes(
      'vangnet-referral-form',
      {
        api: location.origin,
        'partner-key': demoPartnerKey,
      },
      ['api', 'lang', 'service', 'municipality', 'referrer-role'],
    );
    reportCount('hostile attributes (referral form)', tried, failures.length);
    expect(failures).to.deep.equal([]);
  });

  it('keeps canary personal data out of storage, the address, the console, events and requests', async () => {
    const { form } = await renderForm();
    const watch = watchPrivacy();
    try {
      await fillUpToConsent(form, canary.dateOfBirth, {
        afterStep: async (step) => {
          if (step === 'referrer') await fill(form, 'Je e-mailadres', canary.email);
          if (step !== 'young-person') return;
          await fill(form, 'Voornaam', canary.givenName);
          await fill(form, 'Achternaam', canary.familyName);
          await fill(form, 'Telefoonnummer van de ouder of verzorger', canary.phone);
        },
      });
      await declareConsents(form);
      await toReview(form);
      expect(root(form).querySelector('[part~="review"]')!.textContent).to.include(
        canary.familyName,
      );
      button(form, 'Aanmelding versturen').click();
      await confirmation(form);
    } finally {
      watch.stop();
    }
    const leaks = watch.leaks();
    reportCount('privacy (referral flow)', watch.checked, leaks.length);
    expect(leaks).to.deep.equal([]);
    expect(foreignRequests(watch, location.origin)).to.deep.equal([]);
    expect(watch.requests.some((url) => url.endsWith('/v1/referrals'))).to.equal(true);
  });

  for (const fault of ['offline', '503'] as const)
    it(`sending ${fault}: a clear message, everything kept, a retry that succeeds`, async () => {
      const { form, mock } = await renderForm();
      await fillUpToConsent(form, bornAged(16));
      await declareConsents(form);
      await toReview(form);
      // Retry-After 0: the SDK's own retries do not make the test wait.
      if (fault === 'offline') mock.scenarios.offline();
      else
        mock.scenarios.failRoute({
          method: 'POST',
          path: '/v1/referrals',
          status: 503,
          retryAfter: 0,
        });
      const failed = oneEvent(form, 'vangnet-error');
      button(form, 'Aanmelding versturen').click();
      expect((await failed).detail.kind).to.equal('unreachable');
      await form.updateComplete;
      expect(shadowText(form)).to.include('Wat je hebt ingevuld, is niet verloren.');
      expect(root(form).querySelector('[part~="review"]')!.textContent).to.include(
        typed.description,
      );
      expect(mock.store.referrals).to.have.length(0);
      mock.scenarios.clear();
      button(form, 'Opnieuw proberen').click();
      await confirmation(form);
      expect(mock.store.referrals).to.have.length(1);
      reportCount(`faults (referral send, ${fault})`, 1, 0);
    });
});
