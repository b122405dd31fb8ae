import type { DevUser } from '@vangnet/sdk';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import type { TrustedIssuer } from './auth.ts';
import { grantName } from './grants.ts';

/**
 * The demo staff of the development sign-in: fictional people with example.org addresses, one
 * for every kind of scope, so tests, curl and Postman users can act as each without a browser.
 */
export const demoStaff: readonly DevUser[] = [
  {
    id: 'coordinator-pluscoaching',
    name: 'Coördinator Voorbeeld',
    email: 'coordinator.pluscoaching@example.org',
    grants: [{ role: 'coordinator', service: 'pluscoaching', region: 'haaglanden' }],
  },
  {
    id: 'coordinator-westland',
    name: 'Schoolmaatschappelijk Werker Westland',
    email: 'verzuim.westland@example.org',
    grants: [{ role: 'coordinator', service: 'absenteeism', municipality: 'westland' }],
  },
  {
    id: 'coordinator-leidschendam-voorburg',
    name: 'Schoolmaatschappelijk Werker Leidschendam-Voorburg',
    email: 'verzuim.leidschendam-voorburg@example.org',
    grants: [
      { role: 'coordinator', service: 'absenteeism', municipality: 'leidschendam-voorburg' },
    ],
  },
  {
    id: 'casemanager-jongerenpunt070',
    name: 'Casemanager Voorbeeld',
    email: 'casemanager.jongerenpunt070@example.org',
    grants: [{ role: 'casemanager', location: 'jongerenpunt070' }],
  },
  {
    id: 'casemanager-laak',
    name: 'Casemanager Laak',
    email: 'casemanager.laak@example.org',
    grants: [{ role: 'casemanager', location: 'laak' }],
  },
  {
    id: 'casemanager-escamp',
    name: 'Casemanager Escamp',
    email: 'casemanager.escamp@example.org',
    grants: [{ role: 'casemanager', location: 'escamp' }],
  },
  {
    id: 'admin',
    name: 'Beheerder Voorbeeld',
    email: 'beheer@example.org',
    grants: [{ role: 'admin' }],
  },
];

/** Development tokens last an hour, as a provider's access tokens typically do. */
export const devTokenSeconds = 3600;
/** The audience of the development tokens when no provider is configured. */
export const devAudience = 'vangnet-staff';

export interface DevSignIn {
  readonly issuer: TrustedIssuer;
  readonly jwks: { keys: JWK[] };
  /** An access token for the demo user, shaped like a provider's: `sub`, `name`, `email`, `roles`. */
  signIn(user: DevUser, now: Date): Promise<string>;
}

/**
 * The development sign-in: a key pair made at start (never stored, so tokens die with the
 * process), its JWKS, and a token per demo user verified by the same code as a provider's.
 */
export async function createDevSignIn(issuerUrl: string, audience: string): Promise<DevSignIn> {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const kid = `dev-${Date.now().toString(36)}`;
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }] };
  return {
    jwks,
    issuer: {
      issuer: issuerUrl,
      audience,
      keys: createLocalJWKSet(jwks),
      rolesClaim: 'roles',
      roleMap: undefined,
    },
    signIn: (user, now) => {
      const issuedAt = Math.floor(now.getTime() / 1000);
      return new SignJWT({ name: user.name, email: user.email, roles: user.grants.map(grantName) })
        .setProtectedHeader({ alg: 'ES256', kid, typ: 'at+jwt' })
        .setIssuer(issuerUrl)
        .setAudience(audience)
        .setSubject(`dev:${user.id}`)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + devTokenSeconds)
        .sign(privateKey);
    },
  };
}
