import { expect, waitUntil } from '@open-wc/testing';
import {
  button,
  heading,
  openManageLink,
  pickFirstTimeOn,
  root,
  textOf,
  waitForText,
} from './booking-fixture.ts';

describe('<vangnet-booking-form>: the manage link', () => {
  it('opens the booking and disappears from the address bar', async () => {
    const { form, booked } = await openManageLink();
    expect(location.hash).to.equal('');
    expect(location.href).to.not.contain(booked.token);
    await waitForText(form, booked.reference);
    expect(heading(form)).to.equal('Je afspraak');
    expect(textOf(form)).to.contain('Voorbeeldstraat 70');
    expect(root(form).querySelector<HTMLAnchorElement>('a[download]')?.href).to.match(/^blob:/);
  });

  it('cancels after a confirmation step, and the slot is free again', async () => {
    const { form, mock, booked, events } = await openManageLink();
    await waitForText(form, booked.reference);
    expect(mock.store.takenSlots.has(booked.slot.id)).to.equal(true);
    button(form, 'Afzeggen').click();
    await form.updateComplete;
    expect(heading(form)).to.equal('Wil je de afspraak echt afzeggen?');
    expect(mock.store.appointments[0]!.status).to.equal('booked');
    button(form, 'Ja, afzeggen').click();
    await waitForText(form, 'Je afspraak is afgezegd');
    expect(mock.store.appointments[0]!.status).to.equal('cancelled');
    expect(mock.store.takenSlots.has(booked.slot.id)).to.equal(false);
    expect(events.filter((e) => e.type === 'vangnet-cancelled').map((e) => e.detail)).to.deep.equal(
      [{ reference: booked.reference }],
    );
  });

  it('reschedules with the same calendar: the booking moves to the new time', async () => {
    const { form, mock, booked, events } = await openManageLink();
    await waitForText(form, booked.reference);
    button(form, 'Verzetten').click();
    await waitUntil(() => root(form).querySelector('.slot-picker'), 'no calendar');
    const slotId = await pickFirstTimeOn(form, '2026-03-16');
    button(form, 'Afspraak verzetten').click();
    await waitForText(form, 'Je afspraak is verzet');
    expect(mock.store.appointments[0]!.slotId).to.equal(slotId);
    expect(mock.store.takenSlots.has(slotId)).to.equal(true);
    expect(mock.store.takenSlots.has(booked.slot.id)).to.equal(false);
    expect(
      events.filter((e) => e.type === 'vangnet-rescheduled').map((e) => e.detail),
    ).to.deep.equal([{ reference: booked.reference }]);
  });

  it('offers the nearest times when the new time is taken meanwhile (409)', async () => {
    const { form, mock, booked } = await openManageLink();
    await waitForText(form, booked.reference);
    button(form, 'Verzetten').click();
    await waitUntil(() => root(form).querySelector('.slot-picker'), 'no calendar');
    const slotId = await pickFirstTimeOn(form, '2026-03-16');
    mock.store.takenSlots.add(slotId);
    button(form, 'Afspraak verzetten').click();
    await waitForText(form, 'Iemand anders was je net voor');
    expect(mock.store.appointments[0]!.slotId).to.equal(booked.slot.id);
    root(form).querySelector<HTMLButtonElement>('[part~="nearest-slot"]')!.click();
    await form.updateComplete;
    button(form, 'Afspraak verzetten').click();
    await waitForText(form, 'Je afspraak is verzet');
    expect(mock.store.appointments[0]!.slotId).to.not.equal(booked.slot.id);
  });

  it('says clearly when the link is wrong, and offers to book again', async () => {
    const { form } = await openManageLink((booked) => `${booked.reference}.not-the-token`);
    await waitForText(form, 'Deze link werkt niet');
    expect(location.hash).to.equal('');
    button(form, 'Nieuwe afspraak maken').click();
    // The first step shows once its data is there: on a loaded machine after more than one update.
    await waitUntil(() => heading(form).includes('Stap 1 van'), 'no first step');
    expect(heading(form)).to.contain('Stap 1 van');
  });

  it('says clearly when the link is broken', async () => {
    const { form } = await openManageLink(() => 'half-a-link');
    await waitForText(form, 'Deze link werkt niet');
  });

  it('never puts the token in an event, a request URL, storage or the address bar', async () => {
    const { form, booked, requests, events } = await openManageLink();
    await waitForText(form, booked.reference);
    button(form, 'Verzetten').click();
    await waitUntil(() => root(form).querySelector('.slot-picker'), 'no calendar');
    await pickFirstTimeOn(form, '2026-03-16');
    button(form, 'Afspraak verzetten').click();
    await waitForText(form, 'Je afspraak is verzet');
    button(form, 'Afzeggen').click();
    await form.updateComplete;
    button(form, 'Ja, afzeggen').click();
    await waitForText(form, 'Je afspraak is afgezegd');

    expect(requests.length).to.be.greaterThan(2);
    const manageRequests = requests.filter((request) => request.url.includes('/v1/appointments/'));
    expect(manageRequests.map((request) => request.method)).to.deep.equal(['GET', 'POST', 'POST']);
    for (const request of manageRequests) {
      expect(request.headers.get('Vangnet-Token')).to.equal(booked.token);
    }
    for (const request of requests) expect(request.url).to.not.contain(booked.token);
    for (const event of events) expect(JSON.stringify(event.detail)).to.not.contain(booked.token);
    const stored = [
      ...Object.values(localStorage),
      ...Object.values(sessionStorage),
      document.cookie,
      location.href,
    ].join('\n');
    expect(stored).to.not.contain(booked.token);
  });
});

describe('<vangnet-booking-form>: the manage link when the API fails', () => {
  it('says so and loads the booking again on "try again", without retrying in a loop', async () => {
    const { form, mock, booked, requests } = await openManageLink(undefined, (api) =>
      api.scenarios.failRoute({ method: 'GET', path: '/v1/appointments/:reference', status: 500 }),
    );
    await waitForText(form, 'Opnieuw proberen');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const reads = () => requests.filter((request) => request.url.includes('/v1/appointments/'));
    expect(reads()).to.have.length(1);
    mock.scenarios.clear();
    button(form, 'Opnieuw proberen').click();
    await waitForText(form, booked.reference);
    expect(heading(form)).to.equal('Je afspraak');
  });
});
