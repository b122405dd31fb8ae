import type { ConsentBand, ConsentParty } from '@vangnet/sdk';

// Stand-ins for the SDK's domain helpers until they are exported from '@vangnet/sdk'; the mock
// must apply the same rules as the widget, so these go as soon as the SDK has them.

/** Whole years of age on `date` for someone born on `dateOfBirth` (both `YYYY-MM-DD`). */
export function ageOn(dateOfBirth: string, date: string): number {
  const [birthYear, birthMonth, birthDay] = dateOfBirth.split('-').map(Number) as [
    number,
    number,
    number,
  ];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}

/** Whose consent a service's bands require at `age`; empty when no band covers the age. */
export function consentParties(bands: readonly ConsentBand[], age: number): ConsentParty[] {
  const band = bands.find(
    (candidate) =>
      age >= candidate.fromAge && (candidate.toAge === undefined || age < candidate.toAge),
  );
  return band ? [...band.parties] : [];
}
