import { bookingEligibility, type Catalog } from '@vangnet/sdk';
import { fieldError } from '../http/field-errors.ts';
import { ProblemError } from '../http/problem.ts';

/** 422 `age-out-of-bounds` unless the age on `date` is inside the catalog's booking bounds. */
export function requireAgeInBounds(catalog: Catalog, dateOfBirth: string, date: string): void {
  const { rules } = catalog;
  const { minAge, maxAge } = rules.booking;
  if (bookingEligibility(dateOfBirth, date, rules) !== 'eligible') {
    throw new ProblemError('age-out-of-bounds', {
      detail: `Casemanagers see people from ${minAge} up to ${maxAge} years old, on the day of the talk.`,
      errors: [
        fieldError(
          ['dateOfBirth'],
          'age-out-of-bounds',
          `The age on that day must be at least ${minAge} and under ${maxAge}.`,
        ),
      ],
    });
  }
}
