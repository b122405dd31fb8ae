import { amsterdamDate, type Location, type Slot } from '@vangnet/sdk';
import type { MockContext } from '../context.ts';
import type { ScenarioState } from '../scenarios.ts';
import { addDays } from '../time/amsterdam.ts';
import { calendarDays, datesBetween, isPrebooked, slotsOn } from './calendar.ts';

/** Whether a slot can still be booked: in the future, inside the calendar, and nobody holds it. */
export function isSlotFree(mock: MockContext, scenarios: ScenarioState, slot: Slot): boolean {
  const now = mock.clock.now();
  const lastDay = addDays(amsterdamDate(now), calendarDays);
  return (
    !scenarios.fullCalendar &&
    new Date(slot.start).getTime() > now.getTime() &&
    amsterdamDate(new Date(slot.start)) <= lastDay &&
    !isPrebooked(slot.id) &&
    !mock.store.takenSlots.has(slot.id)
  );
}

/** The free slots at `location` from `from` to `to` (local dates, inclusive), clipped to the calendar. */
export function freeSlots(
  mock: MockContext,
  scenarios: ScenarioState,
  location: Location,
  from: string,
  to: string,
): Slot[] {
  const today = amsterdamDate(mock.clock.now());
  const first = from < today ? today : from;
  const lastDay = addDays(today, calendarDays);
  const last = to > lastDay ? lastDay : to;
  if (first > last) return [];
  return datesBetween(first, last)
    .flatMap((date) => slotsOn(location, date))
    .filter((slot) => isSlotFree(mock, scenarios, slot));
}
