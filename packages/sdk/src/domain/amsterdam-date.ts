// Europe/Amsterdam wall-clock time without `Intl` and without the device's time zone: the EU rule
// (summer time from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC) is
// exact since 1996. Without `Intl` because the first `Intl` format with a time zone loads the
// zone's data: 85 ms of a phone's first view at 4× CPU (decision 0296). The server's calendar
// runs the same rule for every slot (api-core's time/amsterdam.ts).

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

/**
 * The calendar date in Europe/Amsterdam of a moment, as `YYYY-MM-DD` — whatever the time zone of
 * the device. 23:30 UTC on 24 November is already 25 November in Amsterdam.
 */
export function amsterdamDate(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Expected a valid Date.');
  return toAmsterdamIso(instant).slice(0, 10);
}
