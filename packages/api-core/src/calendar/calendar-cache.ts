import type { Location, LocationSchedule, Slot } from '@vangnet/sdk';
import type { ApiContext } from '../context.ts';
import { addDays } from '../time/amsterdam.ts';
import { calendarDays, datesBetween, slotsOn } from './calendar.ts';

/** A talk of the calendar, free or not, with the date a request picks it by. */
export interface CalendarEntry {
  slot: Slot;
  /** The slot's local date in Amsterdam, `YYYY-MM-DD`. */
  date: string;
  /** The slot's start in ms since the epoch (a request compares it with now). */
  startMs: number;
}

interface KeptCalendar {
  /** What the calendar was cut from: the day, the location and its schedule, as text. */
  source: string;
  entries: readonly CalendarEntry[];
}

// Per API and location: the calendar of the day it was made for. Cutting eight weeks of talks from
// a schedule is pure work on data that changes rarely; the booked slots are read per request.
const kept = new WeakMap<ApiContext, Map<string, KeptCalendar>>();

/**
 * Every talk at `location` from `today` to the calendar's last day, cut from `schedule` (the
 * default calendar when undefined). Kept while the day, the location and the schedule stay the
 * same: a changed schedule is a changed source, so it is never served from an old cut.
 */
export function locationCalendar(
  api: ApiContext,
  location: Location,
  schedule: LocationSchedule | undefined,
  today: string,
): readonly CalendarEntry[] {
  let byLocation = kept.get(api);
  if (!byLocation) kept.set(api, (byLocation = new Map()));
  const source = `${today} ${JSON.stringify(location)} ${JSON.stringify(schedule ?? null)}`;
  const found = byLocation.get(location.id);
  if (found?.source === source) return found.entries;
  const entries = datesBetween(today, addDays(today, calendarDays)).flatMap((date) =>
    slotsOn(location, date, schedule).map((slot) => ({
      slot,
      date,
      startMs: Date.parse(slot.start),
    })),
  );
  byLocation.set(location.id, { source, entries });
  return entries;
}
