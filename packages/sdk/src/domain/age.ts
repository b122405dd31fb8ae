import { birthdayIn, compareDates, parseIsoDate } from './iso-date.ts';

/**
 * Age in whole years on a date, both as ISO dates (`2009-03-14`). Dates are calendar dates in
 * Europe/Amsterdam: turn a moment into one with {@link amsterdamDate} first. Born on 29 February,
 * one turns a year older on 28 February in years without a leap day.
 *
 * @example ageOn('2009-03-14', '2027-03-13') // 17
 */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const birth = parseIsoDate(dateOfBirth);
  const on = parseIsoDate(onDate);
  const years = on.year - birth.year;
  return compareDates(on, birthdayIn(birth, on.year)) < 0 ? years - 1 : years;
}
