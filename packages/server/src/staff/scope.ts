import { ProblemError } from '@vangnet/api-core';
import { coordinatorGrantsOf, isAdmin, locationsOf, type StaffPrincipal } from './grants.ts';

/** Query parameters collected while a statement is built: `$n` of each value pushed. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** `403 forbidden` with nothing of the resource in it: the body never says what exists. */
export const forbidden = () =>
  new ProblemError('forbidden', { detail: 'Your sign-in does not allow this.' });

/**
 * The referrals a principal may see, as an SQL condition on the `referrals` row `r`: per
 * coordinator grant its service in its municipality, or in every municipality of its region's
 * catalog. Admins see every referral where `admins` is set (export and erasure), else none.
 */
export function referralScope(
  principal: StaffPrincipal,
  params: Params,
  { admins = false } = {},
): string {
  if (admins && isAdmin(principal)) return 'true';
  const conditions = coordinatorGrantsOf(principal).map((grant) => {
    const service = params.add(grant.service);
    if (grant.region !== undefined) {
      const region = params.add(grant.region);
      return `(r.service = ${service} and r.municipality in (
        select m ->> 'id' from catalogs c, jsonb_array_elements(c.data -> 'municipalities') m
        where c.region = ${region}))`;
    }
    return `(r.service = ${service} and r.municipality = ${params.add(grant.municipality ?? '')})`;
  });
  return conditions.length > 0 ? `(${conditions.join(' or ')})` : 'false';
}

/** Throws `403` unless the principal has a grant of one of `roles`. */
export function requireRole(
  principal: StaffPrincipal,
  ...roles: StaffPrincipal['grants'][number]['role'][]
): void {
  if (!principal.grants.some((grant) => roles.includes(grant.role))) throw forbidden();
}

/** Throws `403` unless the principal is a casemanager of the location (or, with `admins`, an admin). */
export function requireLocation(
  principal: StaffPrincipal,
  locationId: string,
  { admins = false } = {},
): void {
  if (admins && isAdmin(principal)) return;
  if (!locationsOf(principal).includes(locationId)) throw forbidden();
}
