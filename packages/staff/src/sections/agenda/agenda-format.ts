import { amsterdamDate } from '@vangnet/sdk';
import { addDays } from '../../../../api-core/src/time/amsterdam.ts';
import { intlLocale } from '../../../../widget/src/i18n/format.ts';

// Dates and times as a casemanager reads them, always in Amsterdam whatever the device's zone.

const localeOf = intlLocale;

/** A calendar date as an instant at noon UTC: the same date in Amsterdam all year. */
const noonOf = (date: string) => new Date(`${date}T12:00:00Z`);

/** "maandag 7 december 2026". */
export function longDate(lang: string, date: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(noonOf(date));
}

/** "09:00", the start of a talk in Amsterdam. */
export function timeOf(lang: string, instant: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    hour: '2-digit',
    minute: '2-digit',
    // The 24-hour clock in every language, as the opening hours and the widgets write times.
    hourCycle: 'h23',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(instant));
}

/** "maandag 7 december, 09:00". */
export function momentOf(lang: string, instant: string): string {
  const day = new Intl.DateTimeFormat(localeOf(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(instant));
  return `${day}, ${timeOf(lang, instant)}`;
}

/** Today in Amsterdam, `YYYY-MM-DD`. */
export const todayInAmsterdam = (): string => amsterdamDate(new Date());

export { addDays };
