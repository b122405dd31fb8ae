import type { ServiceId } from '@vangnet/sdk';
import { ConfigError } from '../config.ts';

/** The region's OpenID Connect provider, whose access tokens the staff API accepts. */
export interface OidcConfig {
  issuer: string;
  audience: string;
  /** Where the signing keys are; by default read from the issuer's discovery document. */
  jwksUrl: string | undefined;
  /** The claim that holds the roles, a dotted path for nested claims (`realm_access.roles`). */
  rolesClaim: string;
  /**
   * The provider's role names mapped to Vangnet's grant names (`coordinator:pluscoaching:region:haaglanden`);
   * without a map the provider's roles must be grant names themselves.
   */
  roleMap: Readonly<Record<string, readonly string[]>> | undefined;
  /**
   * The workspace's client id at the provider (a public client: no secret, PKCE). Without it the
   * API still accepts the provider's tokens, but the workspace offers no sign-in with it.
   */
  clientId: string | undefined;
  /** The scopes the workspace asks for; an access token for `audience` must come back. */
  scopes: readonly string[];
}

export interface StaffConfig {
  oidc: OidcConfig | undefined;
  /** Months after closing that a referral's personal data is removed, per service. */
  retentionMonths: Readonly<Record<ServiceId, number>>;
  /** How often the retention job runs; 0 turns the schedule off. */
  retentionIntervalMs: number;
  /** The partner key the workspace reads the catalog and organisations with; see decision 0252. */
  partnerKey: string | undefined;
}

interface StaffSettings {
  VANGNET_OIDC_ISSUER?: string | undefined;
  VANGNET_OIDC_AUDIENCE?: string | undefined;
  VANGNET_OIDC_JWKS_URL?: string | undefined;
  VANGNET_OIDC_ROLES_CLAIM: string;
  VANGNET_OIDC_ROLE_MAP?: string | undefined;
  VANGNET_OIDC_CLIENT_ID?: string | undefined;
  VANGNET_OIDC_SCOPES: string;
  VANGNET_STAFF_PARTNER_KEY?: string | undefined;
  VANGNET_RETENTION_MONTHS?: string | undefined;
  VANGNET_RETENTION_INTERVAL_S: number;
}

/** Two years: the default retention of a closed referral's personal data. */
export const defaultRetentionMonths = 24;

function roleMapFrom(text: string | undefined): OidcConfig['roleMap'] {
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigError('VANGNET_OIDC_ROLE_MAP: must be a JSON object');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ConfigError('VANGNET_OIDC_ROLE_MAP: must be a JSON object');
  const map: Record<string, string[]> = {};
  for (const [role, grants] of Object.entries(parsed)) {
    const list: unknown[] = Array.isArray(grants) ? grants : [grants];
    if (!list.every((grant) => typeof grant === 'string'))
      throw new ConfigError('VANGNET_OIDC_ROLE_MAP: each value is a grant name or a list of them');
    map[role] = list as string[];
  }
  return map;
}

/** The staff part of the configuration, from the checked environment settings. */
export function staffConfigFrom(settings: StaffSettings): StaffConfig {
  const { VANGNET_OIDC_ISSUER: issuer, VANGNET_OIDC_AUDIENCE: audience } = settings;
  if ((issuer === undefined) !== (audience === undefined))
    throw new ConfigError(
      'VANGNET_OIDC_AUDIENCE: VANGNET_OIDC_ISSUER and VANGNET_OIDC_AUDIENCE go together',
    );
  const retentionMonths: Record<ServiceId, number> = {
    pluscoaching: defaultRetentionMonths,
    absenteeism: defaultRetentionMonths,
  };
  for (const pair of settings.VANGNET_RETENTION_MONTHS?.split(',') ?? []) {
    const [service, months] = pair.split('=') as [string, string];
    if (!(service in retentionMonths))
      throw new ConfigError(`VANGNET_RETENTION_MONTHS: unknown service ${service}`);
    retentionMonths[service as ServiceId] = Number(months);
  }
  return {
    oidc:
      issuer !== undefined && audience !== undefined
        ? {
            issuer,
            audience,
            jwksUrl: settings.VANGNET_OIDC_JWKS_URL,
            rolesClaim: settings.VANGNET_OIDC_ROLES_CLAIM,
            roleMap: roleMapFrom(settings.VANGNET_OIDC_ROLE_MAP),
            clientId: settings.VANGNET_OIDC_CLIENT_ID,
            scopes: settings.VANGNET_OIDC_SCOPES.split(/\s+/).filter(Boolean),
          }
        : undefined,
    retentionMonths,
    retentionIntervalMs: settings.VANGNET_RETENTION_INTERVAL_S * 1000,
    partnerKey: settings.VANGNET_STAFF_PARTNER_KEY,
  };
}
