import type { Rules } from '../schemas/catalog.ts';
import type { ConsentParty, ServiceId } from '../schemas/enums.ts';

/**
 * Whose consent a referral to `service` needs for a young person of `age`, from the catalog's
 * consent bands (`fromAge` inclusive, `toAge` exclusive). `undefined` when no band covers the age:
 * the catalog is then incomplete, and a form must not guess that no consent is needed.
 *
 * @example consentParties(catalog.rules, 'pluscoaching', 14) // ['young-person', 'parent']
 */
export function consentParties(
  rules: { consent: Partial<Rules['consent']> },
  service: ServiceId,
  age: number,
): readonly ConsentParty[] | undefined {
  return rules.consent[service]?.find(
    (band) => band.fromAge <= age && (band.toAge === undefined || age < band.toAge),
  )?.parties;
}
