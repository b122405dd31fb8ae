// `GET /v1/staff/signin`: how the workspace signs in, asked before any token — the provider's
// endpoints from its discovery document, the client id and scopes from the configuration, whether
// the development sign-in is on, and the workspace's partner key.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoPartnerKey } from '@vangnet/api-core';
import {
  createLogger,
  createVangnetServer,
  openPGlite,
  providerDiscovery,
  readConfig,
} from '@vangnet/server';
import { StaffSignInSchema } from '@vangnet/sdk';
import { onEveryDatabase } from './support/staff-server.ts';

onEveryDatabase(
  (target) => {
    it('gives the provider, its client id and scopes, the dev sign-in and the partner key, no token asked', async () => {
      const answer = await target().fetch('/v1/staff/signin');
      assert.equal(answer.status, 200);
      assert.equal(answer.headers.get('Cache-Control'), 'no-store');
      const body = StaffSignInSchema.parse(await answer.json());
      const issuer = target().provider.issuer;
      assert.deepEqual(body, {
        oidc: {
          issuer,
          authorizationEndpoint: `${issuer}/authorize`,
          tokenEndpoint: `${issuer}/token`,
          clientId: 'vangnet-werkplek',
          scopes: ['openid', 'profile', 'api://vangnet/staff'],
        },
        devSignIn: true,
        partnerKey: 'pk_region_test',
      });
    });

    it("allows the page to fetch from the provider's origin, nothing else", async () => {
      const page = await target().fetch('/staff/');
      const policy = page.headers.get('Content-Security-Policy') ?? '';
      assert.match(policy, new RegExp(`connect-src 'self' ${target().provider.issuer}(;|$)`));
      assert.match(policy, /default-src 'self'/);
    });
  },
  {
    VANGNET_OIDC_CLIENT_ID: 'vangnet-werkplek',
    VANGNET_OIDC_SCOPES: 'openid profile api://vangnet/staff',
    VANGNET_STAFF_PARTNER_KEY: 'pk_region_test',
  },
);

/** A server on PGlite in memory with these settings, asked `GET /v1/staff/signin` once. */
async function signInOf(env: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const server = await createVangnetServer({
    config: readConfig({ VANGNET_RETENTION_INTERVAL_S: '0', ...env }),
    db: await openPGlite('memory://'),
    log: createLogger('silent'),
  });
  try {
    const answer = await server.app.fetch(new Request('http://127.0.0.1/v1/staff/signin'));
    return { status: answer.status, body: await answer.json() };
  } finally {
    await server.close();
  }
}

describe('the sign-in without a provider', () => {
  it('offers only the development sign-in, with the demo key where the demo region is', async () => {
    const { status, body } = await signInOf({ VANGNET_DEV_SIGNIN: '1' });
    assert.equal(status, 200);
    assert.deepEqual(body, { devSignIn: true, partnerKey: demoPartnerKey });
  });

  it('gives no partner key without the demo region unless one is set', async () => {
    assert.deepEqual((await signInOf({ VANGNET_DEMO_DATA: '0' })).body, { devSignIn: false });
    assert.deepEqual(
      (await signInOf({ VANGNET_DEMO_DATA: '0', VANGNET_STAFF_PARTNER_KEY: 'pk_live_x' })).body,
      { devSignIn: false, partnerKey: 'pk_live_x' },
    );
  });

  it('offers no provider sign-in when the provider has no client id for the workspace', async () => {
    const { body } = await signInOf({
      VANGNET_OIDC_ISSUER: 'http://127.0.0.1:9/never',
      VANGNET_OIDC_AUDIENCE: 'vangnet-staff',
      VANGNET_DEMO_DATA: '0',
    });
    assert.deepEqual(body, { devSignIn: false });
  });

  it('answers 503 when the provider cannot be reached', async () => {
    const { status, body } = await signInOf({
      VANGNET_OIDC_ISSUER: 'http://127.0.0.1:9/never',
      VANGNET_OIDC_AUDIENCE: 'vangnet-staff',
      VANGNET_OIDC_CLIENT_ID: 'vangnet-werkplek',
    });
    assert.equal(status, 503);
    assert.match(String((body as { type: string }).type), /unavailable$/);
  });
});

describe('the discovery document', () => {
  it('is fetched once while it works, and again after a failure', async () => {
    let calls = 0;
    let fail = true;
    const discover = providerDiscovery('https://login.example.org/tenant/', async (url) => {
      calls += 1;
      assert.equal(
        String(url),
        'https://login.example.org/tenant/.well-known/openid-configuration',
      );
      if (fail) return new Response('{}', { status: 502 });
      return Response.json({
        jwks_uri: 'https://login.example.org/keys',
        authorization_endpoint: 'https://login.example.org/authorize',
        token_endpoint: 'https://login.example.org/token',
      });
    });
    await assert.rejects(discover(), /502/);
    fail = false;
    const first = await discover();
    await discover();
    assert.equal(calls, 2);
    assert.equal(first.tokenEndpoint, 'https://login.example.org/token');
  });

  it('refuses a document without the endpoints', async () => {
    const discover = providerDiscovery('https://login.example.org', async () =>
      Response.json({ jwks_uri: 'https://login.example.org/keys' }),
    );
    await assert.rejects(discover(), /authorization_endpoint/);
  });
});
