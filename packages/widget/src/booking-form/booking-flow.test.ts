import { expect, waitUntil } from '@open-wc/testing';
import { forbiddenKeysIn } from '../core/events.ts';
import {
  bookOn,
  button,
  choose,
  control,
  fill,
  heading,
  next,
  manageTokenOf,
  pickFirstTimeOn,
  renderBookingForm,
  root,
  textOf,
  toCalendar,
  toReview,
  waitForText,
} from './booking-fixture.ts';

describe('<vangnet-booking-form>: booking', () => {
  it('books a time: confirmation with reference, .ics and manage link; the API sent it', async () => {
    const { form, mock, events } = await renderBookingForm();
    const slotId = await bookOn(form, '2026-03-05');
    const [appointment] = mock.store.appointments;
    expect(appointment?.slotId).to.equal(slotId);
    expect(appointment?.input.contact.preferred).to.equal('email');
    expect(textOf(form)).to.contain(appointment!.reference);
    expect(textOf(form)).to.contain('Voorbeeldstraat 70');
    const manage = root(form).querySelector<HTMLAnchorElement>('a.manage-link')!;
    expect(manage.href).to.equal(
      `${location.origin}${location.pathname}${location.search}#beheer=${appointment!.reference}.${manageTokenOf(mock, appointment!.reference)}`,
    );
    expect(root(form).querySelector<HTMLAnchorElement>('a[download]')!.href).to.match(/^blob:/);
    expect(mock.outbox.map((message) => message.kind)).to.deep.equal(['appointment-booked']);
    const booked = events.filter((event) => event.type === 'vangnet-booked');
    expect(booked.map((event) => event.detail)).to.deep.equal([
      { reference: appointment!.reference },
    ]);
    for (const event of events) expect(forbiddenKeysIn(event.detail)).to.deep.equal([]);
  });

  it('keeps everything typed when a time is taken meanwhile (409) and offers the nearest', async () => {
    const { form, mock } = await renderBookingForm();
    const slotId = await toReview(form, '2026-03-05');
    mock.store.takenSlots.add(slotId); // someone else books it first
    await next(form);
    await waitForText(form, 'Iemand anders was je net voor');
    const nearest = [...root(form).querySelectorAll<HTMLButtonElement>('[part~="nearest-slot"]')];
    expect(nearest.length).to.be.greaterThan(0);
    expect(mock.store.appointments).to.have.length(0);
    nearest[0]!.click();
    await form.updateComplete;
    expect(heading(form)).to.contain('Controleren');
    expect(textOf(form)).to.contain('Sam de Vries');
    await next(form);
    await waitForText(form, 'Je afspraak staat vast');
    expect(mock.store.appointments).to.have.length(1);
    expect(mock.store.appointments[0]!.slotId).to.not.equal(slotId);
  });

  it('sends one booking however often the button is pressed', async () => {
    const { form, mock } = await renderBookingForm({
      mock: (api) => void api.scenarios.latency(100),
    });
    await toReview(form, '2026-03-05');
    const submit = root(form).querySelector<HTMLButtonElement>('button[type="submit"]')!;
    for (let i = 0; i < 5; i += 1) submit.click();
    await waitForText(form, 'Je afspraak staat vast');
    expect(mock.store.appointments).to.have.length(1);
  });

  it('keeps the form and offers a retry when the API is unavailable, then books once', async () => {
    const { form, mock } = await renderBookingForm();
    await toReview(form, '2026-03-05');
    mock.scenarios.failRoute({ method: 'POST', path: '/v1/appointments', status: 503, once: true });
    await next(form);
    await waitForText(form, 'Versturen is niet gelukt');
    expect(textOf(form)).to.contain('Sam de Vries');
    button(form, 'Opnieuw proberen').click();
    await waitForText(form, 'Je afspraak staat vast');
    expect(mock.store.appointments).to.have.length(1);
  });

  it('asks for a call back when no time suits', async () => {
    const { form, mock, events } = await renderBookingForm();
    await toCalendar(form);
    button(form, 'Laat je terugbellen').click();
    await form.updateComplete;
    expect(heading(form)).to.equal('Laat je terugbellen');
    await fill(form, 'Je naam', 'Sam de Vries');
    await fill(form, 'Je telefoonnummer', '06 00000000');
    await fill(form, 'Wanneer kunnen we je het best bellen?', 'na 15:00');
    await next(form);
    await waitForText(form, 'We bellen je terug');
    const [request] = mock.store.callbackRequests;
    expect(request?.input).to.deep.include({ location: 'jongerenpunt070', phone: '06 00000000' });
    expect(request?.input.dateOfBirth).to.equal('2000-05-10');
    expect(
      events.find((event) => event.type === 'vangnet-callback-requested')?.detail,
    ).to.deep.equal({
      reference: request!.reference,
    });
  });

  it('is never a dead end with a full calendar: call back and walk-in hours', async () => {
    const { form } = await renderBookingForm({ mock: (api) => void api.scenarios.fullCalendar() });
    await toCalendar(form);
    expect(textOf(form)).to.contain('Er is nu geen tijd vrij');
    expect(textOf(form)).to.contain('Inloopspreekuur bij Jongerenpunt070');
    expect(textOf(form)).to.match(/dinsdag van 13:00 tot 16:00 uur/);
    expect(button(form, 'Laat je terugbellen').tagName).to.equal('BUTTON');
    button(form, 'Kies een andere plek').click();
    await form.updateComplete;
    expect(heading(form)).to.contain('Plek');
  });

  it('books for someone else with the booker’s own details', async () => {
    const { form, mock } = await renderBookingForm();
    await toCalendar(form);
    await pickFirstTimeOn(form, '2026-03-05');
    await next(form);
    await choose(form, 'Ik maak de afspraak voor iemand anders');
    expect(control(form, 'Naam van de jongere').autocomplete).to.equal('off');
    await fill(form, 'Naam van de jongere', 'Sam de Vries');
    await fill(form, 'Mobiel nummer van de jongere', '06 00000000');
    await fill(form, 'Jouw naam', 'Jo Jansen');
    await fill(form, 'Jouw organisatie', 'Jongerenwerk Voorbeeld');
    expect(control(form, 'Jouw naam').autocomplete).to.equal('name');
    await next(form);
    expect(textOf(form)).to.contain('Geboekt door');
    await next(form);
    await waitUntil(() => mock.store.appointments.length === 1, 'not booked');
    expect(mock.store.appointments[0]!.input.bookedBy).to.deep.equal({
      name: 'Jo Jansen',
      organisation: 'Jongerenwerk Voorbeeld',
    });
    expect(mock.store.appointments[0]!.input.contact.preferred).to.equal('sms');
  });

  it('keeps the form when the network is gone, and books once it is back', async () => {
    const { form, mock } = await renderBookingForm();
    await toReview(form, '2026-03-05');
    mock.scenarios.offline();
    await next(form);
    await waitForText(form, 'Er is geen verbinding met de server.');
    expect(textOf(form)).to.contain('Wat je hebt ingevuld, is niet verloren.');
    mock.scenarios.offline(false);
    button(form, 'Opnieuw proberen').click();
    await waitForText(form, 'Je afspraak staat vast');
    expect(mock.store.appointments).to.have.length(1);
  });

  it('keeps the manage token out of events, request URLs, storage and the address bar', async () => {
    const { form, mock, requests, events } = await renderBookingForm();
    await bookOn(form, '2026-03-05');
    const token = manageTokenOf(mock, mock.store.appointments[0]!.reference);
    expect(token.length).to.be.greaterThan(10);
    for (const request of requests) expect(request.url).to.not.contain(token);
    for (const event of events) expect(JSON.stringify(event.detail)).to.not.contain(token);
    const steps = events
      .filter((event) => event.type === 'vangnet-step')
      .map((event) => event.detail.step);
    expect(steps).to.deep.equal(['topic', 'place', 'time', 'contact', 'review', 'confirmation']);
    const kept = [
      ...Object.values(localStorage),
      ...Object.values(sessionStorage),
      document.cookie,
      location.href,
    ];
    expect(kept.join('\n')).to.not.contain(token);
  });
});
