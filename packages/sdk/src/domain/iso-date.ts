/** A calendar date without a time or a zone. */
export interface CalendarDate {
  year: number;
  /** 1 = January. */
  month: number;
  day: number;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month of a year. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** The date of `2009-03-14`; a `RangeError` for anything that is not a real calendar date. */
export function parseIsoDate(value: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = (match?.slice(1) ?? []).map(Number) as [number, number, number];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    throw new RangeError('Expected a calendar date as YYYY-MM-DD.');
  return { year, month, day };
}

/** `2009-03-14` of a date. */
export function formatIsoDate({ year, month, day }: CalendarDate): string {
  const pad = (value: number, length: number) => String(value).padStart(length, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The birthday of someone born on `birth` in `year`. Someone born on 29 February has their
 * birthday on 28 February in other years, so they come of age in the same month they were born
 * in (see docs/decisions on leap-day birthdays).
 */
export function birthdayIn(birth: CalendarDate, year: number): CalendarDate {
  return { year, month: birth.month, day: Math.min(birth.day, daysInMonth(year, birth.month)) };
}

/** Orders two dates: negative when `a` is earlier, 0 when equal. */
export const compareDates = (a: CalendarDate, b: CalendarDate): number =>
  a.year - b.year || a.month - b.month || a.day - b.day;

/** The day before `date`. */
export function dayBefore({ year, month, day }: CalendarDate): CalendarDate {
  if (day > 1) return { year, month, day: day - 1 };
  if (month > 1) return { year, month: month - 1, day: daysInMonth(year, month - 1) };
  return { year: year - 1, month: 12, day: 31 };
}
