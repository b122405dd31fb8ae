/** All dates and times are shown as they are in the Netherlands, whatever the device's zone. */
export const timeZone = 'Europe/Amsterdam';

/** The Intl locale for a shipped language: Dutch and English as written in the Netherlands. */
export function intlLocale(language: string): string {
  if (language === 'nl') return 'nl-NL';
  if (language === 'en') return 'en-GB';
  return language;
}

/**
 * A calendar date (`2009-03-14`) as a `Date` at noon UTC: noon is the same calendar day in every
 * zone from UTC−11 to UTC+11, so formatting it in Europe/Amsterdam never shifts the day.
 */
export function calendarDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
}

/** Formats a calendar date (`2009-03-14`) or a moment in Europe/Amsterdam. */
export function formatDate(
  language: string,
  value: string | Date,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? calendarDate(value)
      : new Date(value);
  return new Intl.DateTimeFormat(intlLocale(language), { ...options, timeZone }).format(date);
}

/** Formats the time of a moment in Europe/Amsterdam, `14:30`. */
export function formatTime(language: string, value: string | Date): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(value));
}
