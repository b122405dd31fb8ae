// The server with its staff API for the staff tests: on PGlite and (when
// VANGNET_TEST_DATABASE_URL is set) on a fresh PostgreSQL database, with the development
// sign-in on and a test OpenID Connect provider whose JWKS is served from 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { demoPartnerKey } from '@vangnet/api-core';
import {
  createLogger,
  createVangnetServer,
  openPGlite,
  openPostgres,
  readConfig,
  type Database,
  type VangnetServer,
} from '@vangnet/server';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { testBase as base, testNow } from '../../conformance/support/calls.ts';
import { createTestDatabase, testDatabaseUrl } from '../../conformance/support/test-database.ts';

// The conformance suite's moment and origin, so that its calls work here too.
export { base, testNow };
export const audience = 'vangnet-staff-test';

/** A test OpenID Connect provider: a key pair, its JWKS and discovery document on 127.0.0.1. */
export interface TestProvider {
  issuer: string;
  /** A token signed with the provider's key; claims override the defaults. */
  sign(claims?: JWTPayload, options?: { key?: CryptoKey; expiresIn?: number }): Promise<string>;
  /** A key of nobody's, to sign tokens the server must refuse. */
  otherKey: CryptoKey;
  close(): Promise<void>;
}

export async function startProvider(now: () => Date): Promise<TestProvider> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256' }] };
  let issuer = '';
  const server: Server = createServer((request, response) => {
    const body =
      request.url === '/.well-known/openid-configuration'
        ? {
            issuer,
            jwks_uri: `${issuer}/keys`,
            authorization_endpoint: `${issuer}/authorize`,
            token_endpoint: `${issuer}/token`,
          }
        : request.url === '/keys'
          ? jwks
          : undefined;
    response.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    otherKey: other.privateKey,
    async sign(claims = {}, options = {}) {
      const issuedAt = Math.floor(now().getTime() / 1000);
      return new SignJWT({ name: 'Test Persoon', roles: [], ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(typeof claims.iss === 'string' ? claims.iss : issuer)
        .setAudience(claims.aud ?? audience)
        .setSubject(claims.sub ?? 'test-user')
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + (options.expiresIn ?? 600))
        .sign(options.key ?? privateKey);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface StaffTarget {
  readonly name: string;
  readonly server: VangnetServer;
  readonly db: Database;
  readonly provider: TestProvider;
  setNow(now: string): void;
  now(): Date;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** A request with a staff token. */
  staff(
    token: string,
    path: string,
    init?: { method?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
  /** The development sign-in's token of a demo user. */
  tokenOf(user: string): Promise<string>;
  /** Forgets what people sent and what staff did. */
  reset(): Promise<void>;
}

const userTables = [
  'referrals',
  'appointments',
  'callback_requests',
  'idempotency_records',
  'rate_limits',
  'outbox',
  'referral_events',
  'staff_audit',
  'location_schedules',
];

async function openStaffTarget(
  name: string,
  db: Database,
  env: Record<string, string>,
  onClose: () => Promise<void>,
): Promise<StaffTarget & { close(): Promise<void> }> {
  let now = new Date(testNow);
  const clock = { now: () => new Date(now.getTime()) };
  const provider = await startProvider(clock.now);
  const config = readConfig({
    VANGNET_RATE_LIMIT_WRITES: '0',
    VANGNET_RATE_LIMIT_TOKENS: '0',
    VANGNET_DEV_SIGNIN: '1',
    VANGNET_OIDC_ISSUER: provider.issuer,
    VANGNET_OIDC_AUDIENCE: audience,
    VANGNET_RETENTION_INTERVAL_S: '0',
    ...env,
  });
  const server = await createVangnetServer({ config, db, clock, log: createLogger('silent') });
  const fetchPath = async (path: string, init?: RequestInit): Promise<Response> =>
    server.app.fetch(new Request(`${base}${path}`, init));
  const tokens = new Map<string, string>();
  return {
    name,
    server,
    db,
    provider,
    setNow: (next) => {
      now = new Date(next);
      // Tokens are signed for an hour of the clock: a moved clock signs afresh.
      tokens.clear();
    },
    now: clock.now,
    fetch: fetchPath,
    staff: (token, path, init = {}) =>
      fetchPath(path, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: {
          ...init.headers,
          Authorization: `Bearer ${token}`,
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      }),
    async tokenOf(user) {
      const known = tokens.get(user);
      if (known) return known;
      const answer = await fetchPath('/v1/staff/dev-signin', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ user }),
      });
      if (answer.status !== 200) throw new Error(`dev sign-in of ${user}: ${answer.status}`);
      const { accessToken } = (await answer.json()) as { accessToken: string };
      tokens.set(user, accessToken);
      return accessToken;
    },
    async reset() {
      now = new Date(testNow);
      tokens.clear();
      await db.exec(`truncate ${userTables.join(', ')}`);
    },
    async close() {
      await server.close();
      await provider.close();
      await onClose();
    },
  };
}

/**
 * Runs `suite` once on PGlite and once on PostgreSQL (one server each, shared by the file's
 * tests); without VANGNET_TEST_DATABASE_URL the PostgreSQL run says plainly it did not run.
 */
export function onEveryDatabase(
  suite: (target: () => StaffTarget) => void,
  env: Record<string, string> = {},
): void {
  for (const name of ['PGlite', 'PostgreSQL'] as const) {
    describe(`server on ${name}`, () => {
      if (name === 'PostgreSQL' && !testDatabaseUrl()) {
        it('did not run: set VANGNET_TEST_DATABASE_URL to a PostgreSQL database', () => undefined);
        return;
      }
      let target: (StaffTarget & { close(): Promise<void> }) | undefined;
      before(async () => {
        if (name === 'PGlite') {
          target = await openStaffTarget(
            name,
            await openPGlite('memory://'),
            env,
            async () => undefined,
          );
        } else {
          const database = await createTestDatabase(testDatabaseUrl() as string);
          target = await openStaffTarget(
            name,
            await openPostgres({ url: database.url }),
            env,
            database.drop,
          );
        }
      });
      after(() => target?.close());
      suite(() => {
        if (!target) throw new Error(`the server on ${name} did not start`);
        return target;
      });
    });
  }
}

let idempotency = 0;

/** A POST to the public API as a partner site sends it: the demo key, a fresh Idempotency-Key. */
export function publicPost(target: StaffTarget, path: string, body: unknown): Promise<Response> {
  return target.fetch(path, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${demoPartnerKey}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': `staff-${process.pid}-${++idempotency}`,
    },
    body: JSON.stringify(body),
  });
}

/** Sends a referral through the public API; returns id, reference and status token. */
export async function sendReferral(
  target: StaffTarget,
  input: unknown,
): Promise<{ id: string; token: string; reference: string }> {
  const answer = await publicPost(target, '/v1/referrals', input);
  if (answer.status !== 201) throw new Error(`referral: ${answer.status} ${await answer.text()}`);
  return (await answer.json()) as { id: string; token: string; reference: string };
}
