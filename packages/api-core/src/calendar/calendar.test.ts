import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LocationSchedule } from '@vangnet/sdk';
import { locations } from '../demo/locations.ts';
import { findSlot, slotsOn } from './calendar.ts';

const location = locations[0]!;
/** Monday 9 March 2026: no public holiday. */
const monday = '2026-03-09';
const times = (schedule: LocationSchedule, date = monday) =>
  slotsOn(location, date, schedule).map(
    (slot) => `${slot.start.slice(11, 16)}–${slot.end.slice(11, 16)}`,
  );

const morning: LocationSchedule = {
  slotMinutes: 45,
  weekly: [{ weekday: 1, opens: '09:00', closes: '12:00' }],
  exceptions: [],
};
const withExtra = (opens: string, closes: string): LocationSchedule => ({
  ...morning,
  exceptions: [{ date: monday, kind: 'extra', opens, closes }],
});

describe('the calendar of a day with extra hours', () => {
  it('cuts the weekly hours into talks from the opening time', () => {
    assert.deepEqual(times(morning), ['09:00–09:45', '09:45–10:30', '10:30–11:15', '11:15–12:00']);
  });

  it('adds no talk where extra hours fall inside the weekly hours, so no one is booked twice', () => {
    assert.deepEqual(times(withExtra('10:00', '11:30')), times(morning));
  });

  it('fills only the free time of extra hours that overlap the end of the day, after its last talk', () => {
    assert.deepEqual(times(withExtra('11:00', '13:00')), [...times(morning), '12:00–12:45']);
  });

  it('keeps the weekly talks where they are when extra hours start earlier, so booked ids stay valid', () => {
    const talks = times(withExtra('08:00', '09:30'));
    assert.deepEqual(talks, ['08:00–08:45', ...times(morning)]);
    assert.ok(findSlot(locations, `${location.id}-20260309-0900`, withExtra('08:00', '09:30')));
  });

  it('finds a talk of the extra hours by its id, and none that would overlap another', () => {
    const schedule = withExtra('11:00', '13:00');
    assert.ok(findSlot(locations, `${location.id}-20260309-1200`, schedule));
    assert.equal(findSlot(locations, `${location.id}-20260309-1100`, schedule), undefined);
  });

  it('never lists two talks that overlap, whatever the extra hours', () => {
    for (const [opens, closes] of [
      ['08:10', '09:20'],
      ['09:05', '12:40'],
      ['11:50', '14:00'],
      ['07:00', '18:00'],
    ] as const) {
      const slots = slotsOn(location, monday, withExtra(opens, closes));
      for (const [index, slot] of slots.entries())
        if (index > 0)
          assert.ok(slots[index - 1]!.end <= slot.start, `${opens}–${closes}: ${slot.start}`);
    }
  });
});
