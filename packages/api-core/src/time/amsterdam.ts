/**
 * Europe/Amsterdam wall-clock time without the machine's time zone: the EU rule (summer time from
 * the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC) is exact since 1996
 * and cheap enough to run for every slot of an eight-week calendar.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

function lastSundayUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0);
  const weekday = new Date(lastDay).getUTCDay();
  return lastDay - weekday * DAY;
}

/** The offset of Amsterdam from UTC at `instant`, in minutes (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(instant: Date): number {
  const year = instant.getUTCFullYear();
  const summerStarts = lastSundayUtc(year, 2) + 60 * MINUTE;
  const summerEnds = lastSundayUtc(year, 9) + 60 * MINUTE;
  const time = instant.getTime();
  return time >= summerStarts && time < summerEnds ? 120 : 60;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** `instant` as an ISO date-time with Amsterdam's offset, `2026-03-02T09:00:00+01:00`. */
export function toAmsterdamIso(instant: Date): string {
  const offset = amsterdamOffsetMinutes(instant);
  const local = new Date(instant.getTime() + offset * MINUTE);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${date}T${time}+${pad(offset / 60)}:00`;
}

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
