import type { Rules } from '../schemas/catalog.ts';
import { ageOn } from './age.ts';
import { birthdayIn, dayBefore, formatIsoDate, parseIsoDate } from './iso-date.ts';

/** Whether someone may book on a date, or why not. */
export type BookingEligibility = 'too-young' | 'eligible' | 'too-old';

/** The part of the catalog's rules that bounds booking by age. */
export type BookingRules = Pick<Rules, 'booking'>;

/**
 * Whether someone born on `dateOfBirth` may book a talk on `onDate` (the slot's date in
 * Europe/Amsterdam): `minAge` inclusive, `maxAge` exclusive, as in "van 18 tot 27 jaar".
 *
 * @example bookingEligibility('2000-05-01', '2027-04-30', catalog.rules) // 'eligible'
 */
export function bookingEligibility(
  dateOfBirth: string,
  onDate: string,
  rules: BookingRules,
): BookingEligibility {
  const age = ageOn(dateOfBirth, onDate);
  if (age < rules.booking.minAge) return 'too-young';
  if (age >= rules.booking.maxAge) return 'too-old';
  return 'eligible';
}

/** The first date someone may book on: their `minAge` birthday. */
export function firstEligibleDate(dateOfBirth: string, rules: BookingRules): string {
  const birth = parseIsoDate(dateOfBirth);
  return formatIsoDate(birthdayIn(birth, birth.year + rules.booking.minAge));
}

/**
 * The last date someone may book on: the day before their `maxAge` birthday. The booking
 * calendar offers no slots after it.
 *
 * @example lastEligibleDate('2000-02-29', catalog.rules) // '2027-02-27' with maxAge 27
 */
export function lastEligibleDate(dateOfBirth: string, rules: BookingRules): string {
  const birth = parseIsoDate(dateOfBirth);
  return formatIsoDate(dayBefore(birthdayIn(birth, birth.year + rules.booking.maxAge)));
}
