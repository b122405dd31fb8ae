// The agenda's schedule edits, on their own: closing a day adds one "closed" exception and keeps
// everything else; reopening removes only that; a date's schedule knows public holidays as the
// core does. Dates are fixed here on purpose: no clock is read.
import { expect } from '@open-wc/testing';
import type { LocationSchedule } from '@vangnet/sdk';
import {
  dayScheduleOf,
  hoursText,
  withDayClosed,
  withDayReopened,
} from '../../packages/staff/src/sections/agenda/day-schedule.ts';

const schedule: LocationSchedule = {
  slotMinutes: 45,
  weekly: [
    { weekday: 4, opens: '13:00', closes: '16:45' },
    { weekday: 4, opens: '09:00', closes: '12:00' },
  ],
  exceptions: [
    { date: '2026-03-05', kind: 'extra', opens: '18:00', closes: '20:00' },
    { date: '2026-03-19', kind: 'closed', note: 'training' },
  ],
};

describe('agenda: day schedule', () => {
  it('closes a day with its reason and keeps the other exceptions, in date order', () => {
    const closed = withDayClosed(schedule, '2026-03-12', 'team-day');
    expect(closed.exceptions).to.deep.equal([
      { date: '2026-03-05', kind: 'extra', opens: '18:00', closes: '20:00' },
      { date: '2026-03-12', kind: 'closed', note: 'team-day' },
      { date: '2026-03-19', kind: 'closed', note: 'training' },
    ]);
    expect(closed.weekly).to.deep.equal(schedule.weekly);
  });

  it('closing a closed day again replaces its reason instead of adding a second exception', () => {
    const again = withDayClosed(schedule, '2026-03-19', undefined);
    expect(again.exceptions.filter((exception) => exception.date === '2026-03-19')).to.deep.equal([
      { date: '2026-03-19', kind: 'closed' },
    ]);
  });

  it('reopening removes the closed exception only; extra hours of the day stay', () => {
    const both = withDayClosed(schedule, '2026-03-05', 'illness');
    expect(withDayReopened(both, '2026-03-05').exceptions).to.deep.equal(schedule.exceptions);
    expect(withDayReopened(schedule, '2026-03-19').exceptions).to.deep.equal([
      schedule.exceptions[0],
    ]);
  });

  it("reads a date's hours in order, its closing, and a Dutch public holiday", () => {
    const thursday = dayScheduleOf(schedule, '2026-03-12');
    expect(hoursText(thursday.weekly)).to.equal('09:00–12:00, 13:00–16:45');
    expect(thursday.closed).to.equal(undefined);
    expect(dayScheduleOf(schedule, '2026-03-19').closed?.note).to.equal('training');
    expect(hoursText(dayScheduleOf(schedule, '2026-03-05').extra)).to.equal('18:00–20:00');
    // Hemelvaartsdag 2026 is a Thursday: closed although the week has hours.
    expect(dayScheduleOf(schedule, '2026-05-14').holiday).to.equal('Hemelvaartsdag');
    expect(dayScheduleOf(schedule, '2026-03-13').weekly).to.deep.equal([]);
  });
});
