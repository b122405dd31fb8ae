import { expect, waitUntil } from '@open-wc/testing';
import {
  choose,
  control,
  daysWithTimes,
  enterDateOfBirth,
  heading,
  next,
  pickFirstTimeOn,
  renderBookingForm,
  textOf,
  timesShown,
  toCalendar,
  waitForText,
} from './booking-fixture.ts';

describe('<vangnet-booking-form>: date of birth first', () => {
  it('starts with the date of birth, step 1', async () => {
    const { form } = await renderBookingForm();
    expect(heading(form)).to.contain('Stap 1 van');
    expect(textOf(form)).to.contain('Wat is je geboortedatum?');
  });

  it('sends a 17-year-old to the Leerplicht route of the municipality', async () => {
    const { form, mock } = await renderBookingForm();
    await enterDateOfBirth(form, '2008-06-01');
    expect(heading(form)).to.contain('Leerplicht');
    const leerplicht = mock.store.catalog.municipalities.find(
      (m) => m.id === 'den-haag',
    )!.leerplicht;
    expect(textOf(form)).to.contain(leerplicht.name);
  });

  it('lets an 18-year-old (birthday today) book', async () => {
    const { form } = await renderBookingForm();
    await enterDateOfBirth(form, '2008-03-02');
    expect(heading(form)).to.contain('Stap 2 van');
  });

  it('sends a 27-year-old (birthday today) to the general contact', async () => {
    const { form, mock } = await renderBookingForm();
    await enterDateOfBirth(form, '1999-03-02');
    const general = mock.store.catalog.municipalities.find(
      (m) => m.id === 'den-haag',
    )!.generalContact;
    expect(heading(form)).to.contain('27 of ouder');
    expect(textOf(form)).to.contain(general.name);
  });

  it('offers a 26-year-old the whole calendar', async () => {
    const { form } = await renderBookingForm();
    await toCalendar(form, '2000-01-01');
    expect(timesShown(form).length).to.be.greaterThan(0);
    expect(textOf(form)).to.contain('Eerste vrije tijd');
  });

  it('offers a 26-year-old whose 27th birthday is inside the calendar only the days before it', async () => {
    const { form } = await renderBookingForm();
    await toCalendar(form, '1999-03-20');
    expect(textOf(form)).to.contain('tot en met 19 maart 2026');
    const nextWeek = () =>
      [...form.shadowRoot!.querySelectorAll('button')].find((b) =>
        b.textContent?.includes('Volgende week'),
      )!;
    let days = daysWithTimes(form);
    while (!nextWeek().disabled) {
      nextWeek().click();
      await form.updateComplete;
      days = [...days, ...daysWithTimes(form)];
    }
    expect(days.length).to.be.greaterThan(0);
    expect(days.every((day) => day <= '2026-03-19')).to.equal(true);
    void choose;
    void next;
  });

  it('tells a 17-year-old who turns 18 soon from which day booking is possible', async () => {
    const { form } = await renderBookingForm();
    await enterDateOfBirth(form, '2008-03-20');
    expect(heading(form)).to.contain('Leerplicht');
    expect(textOf(form)).to.contain('Word je op 20 maart 2026 18?');
  });

  it('asks for the municipality on the route when the page names none', async () => {
    const { form, mock } = await renderBookingForm({ attributes: {} });
    await enterDateOfBirth(form, '1990-01-01');
    const select = control<HTMLSelectElement>(form, 'In welke gemeente woon je?');
    select.value = 'delft';
    select.dispatchEvent(new Event('change'));
    const delft = mock.store.catalog.municipalities.find((m) => m.id === 'delft')!.generalContact;
    await waitForText(form, delft.name);
  });

  it('reports attributes the catalog does not know', async () => {
    const { events } = await renderBookingForm({
      attributes: { municipality: 'atlantis', topic: 'surfing' },
    });
    await waitUntil(() => events.some((event) => event.type === 'vangnet-error'), 'no error event');
    const errors = events
      .filter((event) => event.type === 'vangnet-error')
      .map((event) => event.detail);
    expect(errors).to.deep.include({
      component: 'booking-form',
      kind: 'configuration',
      attribute: 'municipality',
    });
    expect(errors).to.deep.include({
      component: 'booking-form',
      kind: 'configuration',
      attribute: 'topic',
    });
  });

  it('skips the steps its presets answer: topic, location and channel', async () => {
    const { form } = await renderBookingForm({
      attributes: { municipality: 'den-haag', topic: 'terug-naar-school', location: 'escamp' },
    });
    await enterDateOfBirth(form, '2000-05-10');
    expect(heading(form)).to.contain('Stap 2 van 4');
    expect(heading(form)).to.contain('Dag en tijd');
  });

  it('forgets the chosen time when an earlier answer changes, and a place without the new topic', async () => {
    const { form } = await renderBookingForm();
    await toCalendar(form);
    await pickFirstTimeOn(form, '2026-03-05');
    expect(form.form.get('slotId')).to.be.a('string');
    form.steps.goTo('topic');
    await form.updateComplete;
    await choose(form, 'Een opleiding kiezen');
    await next(form);
    expect(form.form.get('slotId')).to.equal(undefined);
    expect(form.form.get('location')).to.equal('jongerenpunt070');
    await choose(form, 'Wijkcentrum Escamp');
    await next(form);
    form.steps.goTo('topic');
    await form.updateComplete;
    await choose(form, 'Geld en schulden'); // not offered at Escamp
    await next(form);
    expect(form.form.get('location')).to.equal(undefined);
    expect(textOf(form)).to.not.contain('Wijkcentrum Escamp');
  });
});
