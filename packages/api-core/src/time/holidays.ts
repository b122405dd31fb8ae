import { addDays } from './amsterdam.ts';

/**
 * Easter Sunday of `year` in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher"
 * algorithm), as `YYYY-MM-DD`.
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The Dutch public holidays on which municipal casemanagers do not work, computed for `year`:
 * Nieuwjaarsdag, Pasen (2), Koningsdag (26 April when the 27th is a Sunday), Bevrijdingsdag (every
 * year, as in the municipal collective agreement), Hemelvaartsdag, Pinksteren (2), Kerstmis (2).
 * Goede Vrijdag is not a day off for municipal staff. See docs/decisions on the mock calendar.
 */
export function dutchPublicHolidays(year: number): Map<string, string> {
  const easter = easterSunday(year);
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? 26 : 27;
  return new Map([
    [`${year}-01-01`, 'Nieuwjaarsdag'],
    [easter, 'Eerste Paasdag'],
    [addDays(easter, 1), 'Tweede Paasdag'],
    [`${year}-04-${kingsDay}`, 'Koningsdag'],
    [`${year}-05-05`, 'Bevrijdingsdag'],
    [addDays(easter, 39), 'Hemelvaartsdag'],
    [addDays(easter, 49), 'Eerste Pinksterdag'],
    [addDays(easter, 50), 'Tweede Pinksterdag'],
    [`${year}-12-25`, 'Eerste Kerstdag'],
    [`${year}-12-26`, 'Tweede Kerstdag'],
  ]);
}

const cache = new Map<number, Map<string, string>>();

/** The name of the Dutch public holiday on `date` (`YYYY-MM-DD`), if it is one. */
export function publicHolidayOn(date: string): string | undefined {
  const year = Number(date.slice(0, 4));
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = dutchPublicHolidays(year);
    cache.set(year, holidays);
  }
  return holidays.get(date);
}
