import { ProblemError } from '@vangnet/api-core';
import {
  createRemoteJWKSet,
  decodeJwt,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { providerDiscovery, type ProviderMetadata } from './discovery.ts';
import type { OidcConfig } from './staff-config.ts';
import { parseGrant, type StaffPrincipal } from './grants.ts';

/** One issuer whose tokens the staff API accepts, with how its claims become grants. */
export interface TrustedIssuer {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
  rolesClaim: string;
  roleMap: OidcConfig['roleMap'];
}

/** Algorithms of signed access tokens; `none` and HMAC (a shared secret) are never accepted. */
const algorithms = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'EdDSA',
];

const unauthorised = () =>
  new ProblemError('unauthorised', { detail: 'A valid staff access token is required.' });

/** The value at a dotted claim path, `realm_access.roles`. */
function claimAt(payload: JWTPayload, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The grants of a verified token: its roles, through the role map when there is one. */
export function grantsOf(payload: JWTPayload, issuer: TrustedIssuer): StaffPrincipal['grants'] {
  const claim = claimAt(payload, issuer.rolesClaim);
  const roles = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(' ') : [];
  const names = roles
    .filter((role): role is string => typeof role === 'string')
    .flatMap((role) => (issuer.roleMap ? (issuer.roleMap[role] ?? []) : [role]));
  return [...new Set(names)].flatMap((name) => {
    const grant = parseGrant(name);
    return grant ? [grant] : [];
  });
}

/**
 * The issuer of the region's OpenID Connect provider. Its keys are fetched from `jwksUrl`, or the
 * `jwks_uri` of the discovery document, on first use and cached (jose refreshes on an unknown `kid`).
 */
export function oidcIssuer(
  config: OidcConfig,
  discover: () => Promise<ProviderMetadata> = providerDiscovery(config.issuer),
): TrustedIssuer {
  let remote: JWTVerifyGetKey | undefined;
  const resolveKeys = async (): Promise<JWTVerifyGetKey> =>
    createRemoteJWKSet(new URL(config.jwksUrl ?? (await discover()).jwksUri));
  return {
    issuer: config.issuer,
    audience: config.audience,
    rolesClaim: config.rolesClaim,
    roleMap: config.roleMap,
    keys: async (header, token) => {
      remote ??= await resolveKeys();
      return remote(header, token);
    },
  };
}

/**
 * The principal of the request's `Authorization: Bearer <JWT>`, or a `401`. The token's `iss`
 * picks the trusted issuer; signature, issuer, audience and expiry are all checked. A partner
 * key is no JWT and is refused like any other wrong token.
 */
export async function authenticate(
  request: Request,
  issuers: readonly TrustedIssuer[],
  now: () => Date,
): Promise<StaffPrincipal> {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(header.trim());
  if (!match) throw unauthorised();
  const token = match[1] as string;
  let claimedIssuer: string | undefined;
  try {
    claimedIssuer = decodeJwt(token).iss;
  } catch {
    throw unauthorised();
  }
  const issuer = issuers.find((candidate) => candidate.issuer === claimedIssuer);
  if (!issuer) throw unauthorised();
  try {
    const { payload } = await jwtVerify(token, issuer.keys, {
      issuer: issuer.issuer,
      audience: issuer.audience,
      algorithms,
      requiredClaims: ['exp', 'sub'],
      currentDate: now(),
      clockTolerance: 30,
    });
    const name = typeof payload['name'] === 'string' ? payload['name'] : undefined;
    return { subject: payload.sub as string, name, grants: grantsOf(payload, issuer) };
  } catch {
    throw unauthorised();
  }
}
