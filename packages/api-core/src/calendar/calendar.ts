import type { Channel, Location, LocationSchedule, Slot } from '@vangnet/sdk';
import { hashString } from '../random.ts';
import { addDays, amsterdamInstant, isoWeekday, toAmsterdamIso } from '../time/amsterdam.ts';
import { publicHolidayOn } from '../time/holidays.ts';

/** How far ahead the calendar reaches from today. */
export const calendarDays = 56;
/**
 * The calendar of a location that keeps no schedule of its own (the mock, a new location): talks of
 * 45 minutes from 9:00 to 16:45 on working days, with a lunch break from 12:00 to 13:00.
 */
export const defaultLocationSchedule: LocationSchedule = {
  slotMinutes: 45,
  weekly: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, opens: '09:00', closes: '12:00' },
    { weekday, opens: '13:00', closes: '16:45' },
  ]),
  exceptions: [],
};

const minutesOf = (time: string): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const SLOT_ID = /^([a-z0-9][a-z0-9-]*)-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})$/;

/** Whether casemanagers work on `date`: Monday to Friday and not a Dutch public holiday. */
export function isWorkingDay(date: string): boolean {
  return isoWeekday(date) <= 5 && publicHolidayOn(date) === undefined;
}

/**
 * The opening periods of `date` in minutes after midnight: the weekday's hours unless the day is
 * closed (an exception, or a public holiday without extra hours), and the extra hours, apart.
 */
function periodsOn(
  schedule: LocationSchedule,
  date: string,
): { weekly: [number, number][]; extra: [number, number][] } {
  const exceptions = schedule.exceptions.filter((exception) => exception.date === date);
  const extra = exceptions.flatMap((exception) =>
    exception.kind === 'extra' && exception.opens && exception.closes
      ? [[minutesOf(exception.opens), minutesOf(exception.closes)] as [number, number]]
      : [],
  );
  const closed =
    exceptions.some((exception) => exception.kind === 'closed') ||
    publicHolidayOn(date) !== undefined;
  const weekday = isoWeekday(date);
  const weekly = closed
    ? []
    : schedule.weekly
        .filter((hours) => hours.weekday === weekday)
        .map((hours) => [minutesOf(hours.opens), minutesOf(hours.closes)] as [number, number]);
  return { weekly: weekly.sort((a, b) => a[0] - b[0]), extra };
}

/**
 * Every talk on `date` at `location`, free or not, cut from the schedule's opening hours. A slot
 * id names the location, the date and the start time, so the same id is the same talk whatever
 * the clock says, and a booking stays findable while the schedule changes around it.
 */
export function slotsOn(
  location: Location,
  date: string,
  schedule: LocationSchedule = defaultLocationSchedule,
): Slot[] {
  return startsOn(schedule, date).map((minutes) => slotAt(location, date, minutes, schedule));
}

/**
 * The start of every talk on `date`, in minutes after midnight, in order. The weekly hours are cut
 * first, from each opening time, so their talks (and the ids of bookings) stay where they are;
 * extra hours then add talks only in time no talk takes yet. Two talks never overlap: a
 * casemanager cannot be booked twice for the same minutes.
 */
function startsOn(schedule: LocationSchedule, date: string): number[] {
  const length = schedule.slotMinutes;
  const { weekly, extra } = periodsOn(schedule, date);
  const starts: number[] = [];
  for (const [opens, closes] of [...weekly, ...extra]) {
    let start = opens;
    while (start + length <= closes) {
      const taken = starts.find((other) => other < start + length && start < other + length);
      if (taken === undefined) {
        starts.push(start);
        start += length;
      } else {
        start = taken + length;
      }
    }
  }
  return starts.sort((a, b) => a - b);
}

/** The talk at `location` on `date` that starts `minutes` after midnight. */
function slotAt(
  location: Location,
  date: string,
  minutes: number,
  schedule: LocationSchedule,
): Slot {
  const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`;
  const id = `${location.id}-${date.replaceAll('-', '')}-${hhmm}`;
  const start = amsterdamInstant(date, minutes);
  return {
    id,
    locationId: location.id,
    channel: slotChannel(location, id),
    start: toAmsterdamIso(start),
    end: toAmsterdamIso(new Date(start.getTime() + schedule.slotMinutes * 60_000)),
  };
}

/** The channel of a talk: spread over the location's channels by the slot id. */
export function slotChannel(location: Location, slotId: string): Channel {
  return location.channels[hashString(slotId) % location.channels.length] as Channel;
}

/** The location id, date and start a slot id names, or undefined for an id of another shape. */
export function slotIdParts(
  slotId: string,
): { locationId: string; date: string; minutes: number } | undefined {
  const match = SLOT_ID.exec(slotId);
  if (!match) return undefined;
  const [, locationId, year, month, day, hours, minutes] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    locationId,
    date: `${year}-${month}-${day}`,
    minutes: Number(hours) * 60 + Number(minutes),
  };
}

/**
 * The slot with this id, if the id names a talk at a known location. Only that talk is made, not
 * the day's: a booking asks for one.
 */
export function findSlot(
  locations: readonly Location[],
  slotId: string,
  schedule: LocationSchedule = defaultLocationSchedule,
): Slot | undefined {
  const parts = slotIdParts(slotId);
  const location = parts && locations.find((candidate) => candidate.id === parts.locationId);
  if (!parts || !location || !startsOn(schedule, parts.date).includes(parts.minutes))
    return undefined;
  const slot = slotAt(location, parts.date, parts.minutes, schedule);
  // `0960` and `1600` differ as text but not as a start: only the id the calendar writes is one.
  return slot.id === slotId ? slot : undefined;
}

/** Every date from `from` to `to`, both inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}
