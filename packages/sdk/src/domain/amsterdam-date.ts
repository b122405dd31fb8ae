const amsterdamParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in Europe/Amsterdam of a moment, as `YYYY-MM-DD` — whatever the time zone of
 * the device. 23:30 UTC on 24 November is already 25 November in Amsterdam.
 */
export function amsterdamDate(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Expected a valid Date.');
  const parts = Object.fromEntries(
    amsterdamParts.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}
