/**
 * Europe/Amsterdam wall-clock time without the machine's time zone, cheap enough to run for every
 * slot of an eight-week calendar. The offset rule itself is the SDK's (one copy for the browser
 * and the server).
 */
import { amsterdamOffsetMinutes } from '@vangnet/sdk';

export { amsterdamOffsetMinutes, toAmsterdamIso } from '@vangnet/sdk';

const MINUTE = 60_000;

/** The instant of a wall-clock time (`HH:MM`, minutes since midnight) on a date in Amsterdam. */
export function amsterdamInstant(date: string, minutesSinceMidnight: number): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const asIfUtc = Date.UTC(year, month - 1, day) + minutesSinceMidnight * MINUTE;
  // Working hours never fall in the switch-over hour (02:00–03:00), so one correction suffices.
  const guess = new Date(asIfUtc - 60 * MINUTE);
  return new Date(asIfUtc - amsterdamOffsetMinutes(guess) * MINUTE);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}
