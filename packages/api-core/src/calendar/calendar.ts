import type { Channel, Location, Slot } from '@vangnet/sdk';
import { hashString } from '../random.ts';
import { addDays, amsterdamInstant, isoWeekday, toAmsterdamIso } from '../time/amsterdam.ts';
import { publicHolidayOn } from '../time/holidays.ts';

/** How far ahead the calendar reaches from today. */
export const calendarDays = 56;
/** Start times of the talks, minutes after midnight in Amsterdam; a lunch break after 12:00. */
const startTimes = [
  9 * 60,
  9 * 60 + 45,
  10 * 60 + 30,
  11 * 60 + 15,
  13 * 60,
  13 * 60 + 45,
  14 * 60 + 30,
  15 * 60 + 15,
  16 * 60,
];
const talkMinutes = 45;

const SLOT_ID = /^([a-z0-9][a-z0-9-]*)-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})$/;

/** Whether casemanagers work on `date`: Monday to Friday and not a Dutch public holiday. */
export function isWorkingDay(date: string): boolean {
  return isoWeekday(date) <= 5 && publicHolidayOn(date) === undefined;
}

/**
 * Every talk on `date` at `location`, free or not. Derived from the ids alone (no stored
 * calendar), so a slot id names the same time whatever the mock's clock says.
 */
export function slotsOn(location: Location, date: string): Slot[] {
  if (!isWorkingDay(date)) return [];
  const compactDate = date.replaceAll('-', '');
  return startTimes.map((minutes) => {
    const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`;
    const id = `${location.id}-${compactDate}-${hhmm}`;
    const start = amsterdamInstant(date, minutes);
    const channel = location.channels[hashString(id) % location.channels.length] as Channel;
    return {
      id,
      locationId: location.id,
      channel,
      start: toAmsterdamIso(start),
      end: toAmsterdamIso(new Date(start.getTime() + talkMinutes * 60_000)),
    };
  });
}

/** The slot with this id, if the id names a talk at a known location. */
export function findSlot(locations: readonly Location[], slotId: string): Slot | undefined {
  const match = SLOT_ID.exec(slotId);
  if (!match) return undefined;
  const [, locationId, year, month, day] = match;
  const location = locations.find((candidate) => candidate.id === locationId);
  if (!location) return undefined;
  return slotsOn(location, `${year}-${month}-${day}`).find((slot) => slot.id === slotId);
}

/** Every date from `from` to `to`, both inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}
