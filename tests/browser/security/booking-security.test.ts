// The booking form under attack and under faults: hostile text in every field (booking for
// oneself, for someone else, and a call-back request), hostile location data from the API,
// hostile attributes, canary personal data through booking, the manage link and a call-back,
// and a booking sent offline or at a 503 that succeeds on retry with everything kept.
import { expect } from '@open-wc/testing';
import { createMockApi, demoPartnerKey } from '@vangnet/api-mock';
import { createClient } from '@vangnet/sdk';
import {
  button,
  choose,
  fill,
  fillContact,
  heading,
  next,
  pickFirstTimeOn,
  renderBookingForm,
  textOf,
  toCalendar,
  toReview,
  waitForText,
} from '../../../packages/widget/src/booking-form/booking-fixture.ts';
import { attackAttributes } from './hostile-attributes.ts';
import { fieldAttack, injected, payloadRan, reportCount, xssPayloads } from './hostile-text.ts';
import { canary, foreignRequests, watchPrivacy } from './privacy-watch.ts';

const apiBase = 'http://127.0.0.1:9/api';

describe('security: the booking form', () => {
  it('renders hostile text in every field as inert text and refuses 10,000 characters', async () => {
    const { form } = await renderBookingForm();
    const { attack, tally } = fieldAttack(form);
    await toCalendar(form);
    await pickFirstTimeOn(form, '2026-03-05');
    await next(form);
    await fillContact(form);
    await attack();
    await choose(form, 'Ik maak de afspraak voor iemand anders');
    await attack();
    button(form, 'Vorige').click();
    await form.updateComplete;
    await form.updateComplete;
    button(form, 'Laat je terugbellen').click();
    await form.updateComplete;
    expect(heading(form)).to.equal('Laat je terugbellen');
    await attack();
    const ran = await payloadRan();
    reportCount(
      'hostile input (booking form fields)',
      tally.tried,
      tally.failures.length + Number(ran),
    );
    expect(tally.failures).to.deep.equal([]);
    expect(ran, 'a payload ran').to.equal(false);
    expect(tally.tried).to.be.greaterThan(50);
  });

  it('shows hostile location names and addresses from the API as inert text', async () => {
    const { form, mock } = await renderBookingForm({
      mock: (api) => {
        api.store.locations.forEach((location, index) => {
          const payload = xssPayloads[index % xssPayloads.length]!;
          location.name = `${location.name} ${payload}`;
          if (location.address) location.address = { ...location.address, street: payload };
        });
      },
    });
    await toCalendar(form).catch(() => undefined);
    const shown = textOf(form);
    const tried = mock.store.locations.length;
    const ran = await payloadRan();
    reportCount('hostile API data (booking locations)', tried, injected(form).length + Number(ran));
    expect(injected(form)).to.deep.equal([]);
    expect(ran).to.equal(false);
    expect(shown).to.include(xssPayloads[0]);
  });

  it('answers hostile attribute values with the polite message, inert', async () => {
    // Through the attributes a partner writes, against the mock the dev server runs on this origin.
    const { tried, failures } = await attackAttributes(
      'vangnet-booking-form',
      { api: location.origin, 'partner-key': demoPartnerKey },
      ['municipality', 'location', 'topic', 'channel', 'lang', 'api'],
    );
    reportCount('hostile attributes (booking form)', tried, failures.length);
    expect(failures).to.deep.equal([]);
  });

  it('answers a hostile lang with the polite message also when a client is set as a property', async () => {
    const mock = createMockApi({ now: '2026-03-02T09:00:00+01:00' });
    const client = createClient({
      baseUrl: apiBase,
      partnerKey: demoPartnerKey,
      fetch: mock.fetch,
    });
    const { tried, failures } = await attackAttributes(
      'vangnet-booking-form',
      {},
      ['lang'],
      (element) => Object.assign(element, { client }),
    );
    reportCount('hostile attributes (booking form with its own client)', tried, failures.length);
    expect(failures).to.deep.equal([]);
  });

  it('keeps canary personal data in the booking, manage link and call-back flows to itself', async () => {
    const flows: string[] = [];
    const check = (flow: string, watch: ReturnType<typeof watchPrivacy>) => {
      const leaks = watch.leaks();
      flows.push(`${flow}: ${watch.checked}`);
      expect(leaks, flow).to.deep.equal([]);
      expect(foreignRequests(watch, apiBase), flow).to.deep.equal([]);
      return watch.checked;
    };
    let checked = 0;

    const booking = await renderBookingForm();
    let watch = watchPrivacy(() => booking.requests.map((request) => request.url));
    try {
      await toCalendar(booking.form, canary.adultDateOfBirth);
      await pickFirstTimeOn(booking.form, '2026-03-05');
      await next(booking.form);
      await fill(booking.form, 'Je naam', `${canary.givenName} ${canary.familyName}`);
      await fill(booking.form, 'Je e-mailadres', canary.email);
      await fill(booking.form, 'Je mobiele nummer', canary.phone);
      await next(booking.form);
      await next(booking.form);
      await waitForText(booking.form, 'Je afspraak staat vast');
    } finally {
      watch.stop();
    }
    checked += check('booking', watch);

    let reference = '';
    const managed = await renderBookingForm({
      mock: async (_mock, client) => {
        const { items } = await client.slots.list({
          location: 'jongerenpunt070',
          channel: 'in-person',
          from: '2026-03-03',
          to: '2026-03-13',
        });
        const booked = await client.appointments.book({
          slotId: items[0]!.id,
          topic: 'terug-naar-school',
          dateOfBirth: canary.adultDateOfBirth,
          contact: {
            name: `${canary.givenName} ${canary.familyName}`,
            email: canary.email,
            phone: canary.phone,
            preferred: 'email',
          },
        });
        reference = booked.reference;
        history.replaceState(null, '', `#beheer=${booked.reference}.${booked.token}`);
      },
    });
    watch = watchPrivacy(() => managed.requests.map((request) => request.url));
    try {
      await waitForText(managed.form, reference);
      button(managed.form, 'Afzeggen').click();
      await managed.form.updateComplete;
      button(managed.form, 'Ja, afzeggen').click();
      await waitForText(managed.form, 'Je afspraak is afgezegd');
    } finally {
      watch.stop();
    }
    checked += check('manage link', watch);

    const callback = await renderBookingForm();
    watch = watchPrivacy(() => callback.requests.map((request) => request.url));
    try {
      await toCalendar(callback.form, canary.adultDateOfBirth);
      button(callback.form, 'Laat je terugbellen').click();
      await callback.form.updateComplete;
      await fill(callback.form, 'Je naam', `${canary.givenName} ${canary.familyName}`);
      await fill(callback.form, 'Je telefoonnummer', canary.phone);
      await next(callback.form);
      await waitForText(callback.form, 'We bellen je terug');
    } finally {
      watch.stop();
    }
    checked += check('call-back', watch);
    expect(callback.mock.store.callbackRequests[0]?.input.name).to.include(canary.familyName);
    reportCount('privacy (booking, manage link, call-back)', checked, 0);
  });

  for (const fault of ['offline', '503'] as const)
    it(`booking ${fault}: a clear message, everything kept, a retry that succeeds`, async () => {
      const { form, mock } = await renderBookingForm();
      await toReview(form, '2026-03-05');
      if (fault === 'offline') mock.scenarios.offline();
      else mock.scenarios.failRoute({ method: 'POST', path: '/v1/appointments', status: 503 });
      await next(form);
      await waitForText(form, 'Wat je hebt ingevuld, is niet verloren.');
      expect(textOf(form)).to.contain('Sam de Vries');
      expect(mock.store.appointments).to.have.length(0);
      mock.scenarios.clear();
      button(form, 'Opnieuw proberen').click();
      await waitForText(form, 'Je afspraak staat vast');
      expect(mock.store.appointments).to.have.length(1);
      reportCount(`faults (booking send, ${fault})`, 1, 0);
    });
});
