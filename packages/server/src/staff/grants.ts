import { ServiceIdSchema, type StaffGrant } from '@vangnet/sdk';

/** Who calls the staff API: the token's subject and what its roles grant. */
export interface StaffPrincipal {
  subject: string;
  name: string | undefined;
  grants: readonly StaffGrant[];
}

const idPattern = /^[a-z0-9][a-z0-9-]*$/;

/**
 * A grant from its name, or undefined for a name that is not one:
 * `admin`, `casemanager:<location>`, `coordinator:<service>:region:<region>`,
 * `coordinator:<service>:municipality:<municipality>`.
 */
export function parseGrant(name: string): StaffGrant | undefined {
  const parts = name.split(':');
  if (parts.some((part) => !idPattern.test(part))) return undefined;
  if (parts.length === 1 && parts[0] === 'admin') return { role: 'admin' };
  if (parts.length === 2 && parts[0] === 'casemanager')
    return { role: 'casemanager', location: parts[1] as string };
  if (parts.length === 4 && parts[0] === 'coordinator') {
    const service = ServiceIdSchema.safeParse(parts[1]);
    if (!service.success) return undefined;
    if (parts[2] === 'region')
      return { role: 'coordinator', service: service.data, region: parts[3] as string };
    if (parts[2] === 'municipality')
      return { role: 'coordinator', service: service.data, municipality: parts[3] as string };
  }
  return undefined;
}

/** The name of a grant, as tokens and the role map carry it. */
export function grantName(grant: StaffGrant): string {
  switch (grant.role) {
    case 'admin':
      return 'admin';
    case 'casemanager':
      return `casemanager:${grant.location}`;
    case 'coordinator':
      return grant.region !== undefined
        ? `coordinator:${grant.service}:region:${grant.region}`
        : `coordinator:${grant.service}:municipality:${grant.municipality ?? ''}`;
  }
}

export const isAdmin = (principal: StaffPrincipal): boolean =>
  principal.grants.some((grant) => grant.role === 'admin');

/** The locations a casemanager works at. */
export const locationsOf = (principal: StaffPrincipal): string[] =>
  principal.grants.flatMap((grant) => (grant.role === 'casemanager' ? [grant.location] : []));

export type CoordinatorGrant = Extract<StaffGrant, { role: 'coordinator' }>;
export const coordinatorGrantsOf = (principal: StaffPrincipal): CoordinatorGrant[] =>
  principal.grants.filter((grant): grant is CoordinatorGrant => grant.role === 'coordinator');

/** The roles a principal acts in, for the audit log: `coordinator`, `casemanager,admin`. */
export const rolesOf = (principal: StaffPrincipal): string =>
  [...new Set(principal.grants.map((grant) => grant.role))].sort().join(',');
