// The hours editor's model on its own: a saved schedule as a draft and back, times as people type
// them, and the SDK schema's issues put back at the field they are about — with the schema's own
// limits in the message. Dates are fixed here on purpose: no clock is read.
import { expect } from '@open-wc/testing';
import type { LocationSchedule } from '@vangnet/sdk';
import {
  checkHours,
  draftOf,
  normaliseTime,
  withDay,
  type HoursDraft,
} from '../../packages/staff/src/sections/agenda/hours-draft.ts';

const schedule: LocationSchedule = {
  slotMinutes: 45,
  weekly: [
    { weekday: 2, opens: '13:00', closes: '16:45' },
    { weekday: 2, opens: '09:00', closes: '12:00' },
    { weekday: 4, opens: '09:00', closes: '12:00' },
  ],
  exceptions: [{ date: '2026-03-19', kind: 'closed', note: 'training' }],
};

const tuesday = (draft: HoursDraft, opens: string, closes: string) =>
  withDay(draft, 2, (day) => ({ ...day, periods: [{ opens, closes }] }));

const errorsOf = (draft: HoursDraft) => {
  const check = checkHours(draft, schedule);
  if (check.valid) throw new Error('expected errors');
  return Object.fromEntries(check.errors);
};

describe('agenda: hours draft', () => {
  it('shows a schedule per weekday, periods in order, a day without hours closed', () => {
    const draft = draftOf(schedule);
    expect(draft.slotMinutes).to.equal('45');
    expect(draft.days.map((day) => day.open)).to.deep.equal([
      false,
      true,
      false,
      true,
      false,
      false,
      false,
    ]);
    expect(draft.days[1]!.periods).to.deep.equal([
      { opens: '09:00', closes: '12:00' },
      { opens: '13:00', closes: '16:45' },
    ]);
  });

  it('an unchanged draft saves the same week, and keeps the exceptions as they are', () => {
    const check = checkHours(draftOf(schedule), schedule);
    expect(check.valid).to.equal(true);
    if (!check.valid) return;
    expect(check.schedule.slotMinutes).to.equal(45);
    expect(check.schedule.exceptions).to.deep.equal(schedule.exceptions);
    expect(check.schedule.weekly).to.have.deep.members(schedule.weekly);
  });

  it('writes typed times as the schema wants them', () => {
    expect(['9:00', '9.00', '0900', ' 09:00 ', '13.30'].map(normaliseTime)).to.deep.equal([
      '09:00',
      '09:00',
      '09:00',
      '09:00',
      '13:30',
    ]);
    const check = checkHours(tuesday(draftOf(schedule), '10.00', '11:30'), schedule);
    expect(
      check.valid && check.schedule.weekly.filter((hours) => hours.weekday === 2),
    ).to.deep.equal([{ weekday: 2, opens: '10:00', closes: '11:30' }]);
  });

  it('a closed day saves no hours, though its periods stay in the draft for switching back', () => {
    const closed = withDay(draftOf(schedule), 4, (day) => ({ ...day, open: false }));
    expect(closed.days[3]!.periods).to.have.length(1);
    const check = checkHours(closed, schedule);
    expect(check.valid && check.schedule.weekly.some((hours) => hours.weekday === 4)).to.equal(
      false,
    );
  });

  it('an end before the start is an error at the end time', () => {
    expect(errorsOf(tuesday(draftOf(schedule), '12:00', '10:00'))).to.deep.equal({
      'hours-2-0-closes': { key: 'hours.error.order' },
    });
    expect(errorsOf(tuesday(draftOf(schedule), '10:00', '10:00'))).to.deep.equal({
      'hours-2-0-closes': { key: 'hours.error.order' },
    });
  });

  it('a period that starts inside another of its weekday is an error at its start time', () => {
    const overlapping = withDay(draftOf(schedule), 2, (day) => ({
      ...day,
      periods: [
        { opens: '09:00', closes: '12:00' },
        { opens: '11:15', closes: '13:00' },
      ],
    }));
    expect(errorsOf(overlapping)).to.deep.equal({
      'hours-2-1-opens': { key: 'hours.error.overlap' },
    });
    const touching = withDay(draftOf(schedule), 2, (day) => ({
      ...day,
      periods: [
        { opens: '09:00', closes: '12:00' },
        { opens: '12:00', closes: '13:00' },
      ],
    }));
    expect(checkHours(touching, schedule).valid).to.equal(true);
  });

  it('an empty or impossible time is an error at its own field', () => {
    expect(errorsOf(tuesday(draftOf(schedule), '', '25:00'))).to.deep.equal({
      'hours-2-0-opens': { key: 'hours.error.time' },
      'hours-2-0-closes': { key: 'hours.error.time' },
    });
  });

  it("the talk length's limits come from the schema", () => {
    const minutes = (typed: string) =>
      errorsOf({ ...draftOf(schedule), slotMinutes: typed })['hours-minutes'];
    expect(minutes('5')).to.deep.equal({
      key: 'hours.error.minutesLow',
      params: { minimum: 10 },
    });
    expect(minutes('300')).to.deep.equal({
      key: 'hours.error.minutesHigh',
      params: { maximum: 240 },
    });
    expect(minutes('veertig')).to.deep.equal({ key: 'hours.error.minutes' });
    expect(minutes('')).to.deep.equal({ key: 'hours.error.minutes' });
  });

  it('more periods than the schema allows in a week is said at the last one', () => {
    const many = withDay(draftOf(schedule), 1, (day) => ({
      ...day,
      open: true,
      periods: Array.from({ length: 70 }, () => ({ opens: '09:00', closes: '10:00' })),
    }));
    expect(errorsOf(many)).to.deep.equal({
      'hours-4-0-opens': { key: 'hours.error.tooMany', params: { maximum: 70 } },
    });
  });
});
