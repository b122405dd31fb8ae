import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { bookOn, icsText, manageTokenOf, renderBookingForm } from './booking-fixture.ts';

const amsterdamTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Books the first time from `date` on and parses the `.ics` of the confirmation. */
async function bookAndParse(date: string) {
  const { form, mock } = await renderBookingForm();
  const slotId = await bookOn(form, date);
  const text = await icsText(form);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  // The slot id ends in the local start time, `…-20260327-0900`.
  const localStart = slotId.slice(-4).replace(/(\d{2})(\d{2})/, '$1:$2');
  return { text, event, localStart, mock, appointment: mock.store.appointments[0]! };
}

describe('<vangnet-booking-form>: the .ics file', () => {
  it('has the right start and end in Europe/Amsterdam on both sides of the change to summer time', async () => {
    const winter = await bookAndParse('2026-03-23');
    const summer = await bookAndParse('2026-03-30');
    for (const { event, localStart } of [winter, summer]) {
      const start = event.startDate.toJSDate();
      const end = event.endDate.toJSDate();
      expect(amsterdamTime.format(start)).to.equal(localStart);
      expect(end.getTime() - start.getTime()).to.equal(45 * 60_000);
    }
    const offset = (event: ICAL.Event, localStart: string) => {
      const [hours, minutes] = localStart.split(':').map(Number) as [number, number];
      const start = event.startDate.toJSDate();
      return hours * 60 + minutes - (start.getUTCHours() * 60 + start.getUTCMinutes());
    };
    expect(offset(winter.event, winter.localStart)).to.equal(60);
    expect(offset(summer.event, summer.localStart)).to.equal(120);
  });

  it('holds the reference, place and title, and no personal data or token', async () => {
    const { text, event, appointment, mock } = await bookAndParse('2026-03-05');
    expect(event.uid).to.contain(appointment.reference);
    expect(event.summary).to.equal('Gesprek met een casemanager');
    expect(event.location).to.contain('Voorbeeldstraat 70');
    expect(event.description).to.contain(appointment.reference);
    for (const secret of [
      'Sam de Vries',
      'sam@example.org',
      '2000-05-10',
      manageTokenOf(mock, appointment.reference),
    ]) {
      expect(text).to.not.contain(secret);
    }
  });
});
