// The workspace's sign-in with the provider: PKCE S256 on WebCrypto, state and nonce, the code
// exchanged at a stubbed token endpoint, what waited in storage removed whatever the answer.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { beforeEach, describe, it } from 'node:test';
import type { StaffOidcSignIn } from '@vangnet/sdk';
import {
  authorizationUrl,
  codeChallenge,
  finishSignIn,
  isProviderAnswer,
  refreshSession,
  OidcSignInError,
  pendingKey,
  randomToken,
} from '@vangnet/staff/sign-in';

const provider: StaffOidcSignIn = {
  issuer: 'https://login.example.org/tenant/v2.0',
  authorizationEndpoint: 'https://login.example.org/tenant/oauth2/authorize?prompt=select_account',
  tokenEndpoint: 'https://login.example.org/tenant/oauth2/token',
  clientId: 'vangnet-werkplek',
  scopes: ['openid', 'profile', 'api://vangnet/staff'],
};
const redirectUri = 'https://vangnet.example.org/staff/';

/** A Storage in memory, as sessionStorage behaves. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** An unsigned JWT-shaped ID token with these claims. */
const idToken = (claims: Record<string, unknown>) =>
  `${encode({ alg: 'RS256' })}.${encode(claims)}.signature`;

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
});

/** Starts a sign-in; returns the authorization URL's query and what was stored. */
async function start(returnTo = '/staff/agenda') {
  const url = new URL(await authorizationUrl(provider, { redirectUri, returnTo, storage }));
  const stored = JSON.parse(storage.getItem(pendingKey) ?? '{}') as Record<string, string>;
  return { url, query: url.searchParams, stored };
}

/** The provider's answer as the workspace's address. */
const answerWith = (query: Record<string, string>) =>
  new URL(`${redirectUri}?${new URLSearchParams(query)}`);

/** A token endpoint that keeps what it was sent and answers `body` with `status`. */
function tokenEndpoint(body: unknown, status = 200) {
  const sent: Request[] = [];
  const fetchStub: typeof fetch = async (input, init) => {
    sent.push(new Request(input, init));
    return Response.json(body, { status });
  };
  return { sent, fetch: fetchStub };
}

describe('PKCE', () => {
  it("makes the S256 challenge: base64url of the verifier's SHA-256, as node:crypto makes it", async () => {
    for (const verifier of ['dBjftJeZ4CVP-mJ92K9YZLp9wZgNh3L5EJN0OPb1_Hk', randomToken()]) {
      const expected = createHash('sha256').update(verifier).digest('base64url');
      assert.equal(await codeChallenge(verifier), expected);
    }
    // Computed once with `openssl dgst -sha256 -binary | base64`, made URL-safe.
    assert.equal(
      await codeChallenge('dBjftJeZ4CVP-mJ92K9YZLp9wZgNh3L5EJN0OPb1_Hk'),
      'CwYjTNGQZ61s235eFu74Ao8SqBY8ssfGZmPrYj4AojE',
    );
  });

  it('makes random, URL-safe verifiers of 43 characters', () => {
    const tokens = new Set(Array.from({ length: 20 }, () => randomToken()));
    assert.equal(tokens.size, 20);
    for (const token of tokens) assert.match(token, /^[A-Za-z0-9_-]{43}$/);
  });
});

describe('starting a sign-in', () => {
  it('asks for a code with the S256 challenge of the stored verifier, state and nonce', async () => {
    const { url, query, stored } = await start();
    assert.equal(url.origin + url.pathname, 'https://login.example.org/tenant/oauth2/authorize');
    // The provider's own parameters stay.
    assert.equal(query.get('prompt'), 'select_account');
    assert.equal(query.get('response_type'), 'code');
    assert.equal(query.get('client_id'), 'vangnet-werkplek');
    assert.equal(query.get('redirect_uri'), redirectUri);
    assert.equal(query.get('scope'), 'openid profile api://vangnet/staff');
    assert.equal(query.get('code_challenge_method'), 'S256');
    assert.equal(query.get('code_challenge'), await codeChallenge(stored['verifier'] ?? ''));
    assert.equal(query.get('state'), stored['state']);
    assert.equal(query.get('nonce'), stored['nonce']);
    assert.equal(query.has('code_verifier'), false);
    assert.equal(stored['returnTo'], '/staff/agenda');
    assert.deepEqual(Object.keys(stored).sort(), ['nonce', 'returnTo', 'state', 'verifier']);
  });

  it('makes a new state, nonce and verifier each time', async () => {
    const first = (await start()).stored;
    const second = (await start()).stored;
    assert.notEqual(first['state'], second['state']);
    assert.notEqual(first['nonce'], second['nonce']);
    assert.notEqual(first['verifier'], second['verifier']);
  });
});

describe("finishing a sign-in from the provider's answer", () => {
  it('knows an answer: a code or an error, with the state', () => {
    assert.equal(isProviderAnswer(answerWith({ code: 'c', state: 's' })), true);
    assert.equal(isProviderAnswer(answerWith({ error: 'access_denied', state: 's' })), true);
    assert.equal(isProviderAnswer(new URL(redirectUri)), false);
    assert.equal(isProviderAnswer(answerWith({ code: 'c' })), false);
  });

  it('exchanges the code with the verifier and keeps the token in memory only', async () => {
    const { stored } = await start();
    const endpoint = tokenEndpoint({
      access_token: 'eyJ.access.token',
      token_type: 'Bearer',
      expires_in: 3600,
      id_token: idToken({ iss: provider.issuer, aud: 'vangnet-werkplek', nonce: stored['nonce'] }),
    });
    const session = await finishSignIn(
      provider,
      answerWith({ code: 'the-code', state: stored['state'] ?? '' }),
      { redirectUri, storage, fetch: endpoint.fetch },
    );
    assert.deepEqual(session, {
      accessToken: 'eyJ.access.token',
      expiresIn: 3600,
      returnTo: '/staff/agenda',
    });
    assert.equal(storage.items.size, 0, 'nothing waits in storage any more');
    const [request] = endpoint.sent;
    assert.equal(request?.method, 'POST');
    assert.equal(request?.url, provider.tokenEndpoint);
    assert.equal(request?.headers.get('Content-Type'), 'application/x-www-form-urlencoded');
    const form = new URLSearchParams(await request!.text());
    assert.deepEqual(Object.fromEntries(form), {
      grant_type: 'authorization_code',
      code: 'the-code',
      redirect_uri: redirectUri,
      client_id: 'vangnet-werkplek',
      code_verifier: stored['verifier'],
    });
  });

  it('refuses an answer with another state, without asking the token endpoint', async () => {
    await start();
    const endpoint = tokenEndpoint({});
    await assert.rejects(
      finishSignIn(provider, answerWith({ code: 'c', state: 'forged' }), {
        redirectUri,
        storage,
        fetch: endpoint.fetch,
      }),
      (error: unknown) => error instanceof OidcSignInError && error.reason === 'state-mismatch',
    );
    assert.equal(endpoint.sent.length, 0);
    assert.equal(storage.items.size, 0);
  });

  it('refuses an answer when no sign-in was started in this tab', async () => {
    await assert.rejects(
      finishSignIn(provider, answerWith({ code: 'c', state: 's' }), { redirectUri, storage }),
      (error: unknown) => error instanceof OidcSignInError && error.reason === 'no-pending',
    );
  });

  it("says 'refused' when the provider answered with an error", async () => {
    const { stored } = await start();
    await assert.rejects(
      finishSignIn(provider, answerWith({ error: 'access_denied', state: stored['state'] ?? '' }), {
        redirectUri,
        storage,
        fetch: tokenEndpoint({}).fetch,
      }),
      (error: unknown) => error instanceof OidcSignInError && error.reason === 'refused',
    );
  });

  it('refuses an ID token with another nonce, client or issuer', async () => {
    for (const claims of [
      { iss: provider.issuer, aud: 'vangnet-werkplek', nonce: 'replayed' },
      { iss: provider.issuer, aud: 'another-client', nonce: 'NONCE' },
      { iss: 'https://evil.example.org', aud: 'vangnet-werkplek', nonce: 'NONCE' },
    ]) {
      const { stored } = await start();
      const nonce = claims.nonce === 'NONCE' ? stored['nonce'] : claims.nonce;
      const endpoint = tokenEndpoint({
        access_token: 'eyJ.access.token',
        id_token: idToken({ ...claims, nonce }),
      });
      await assert.rejects(
        finishSignIn(provider, answerWith({ code: 'c', state: stored['state'] ?? '' }), {
          redirectUri,
          storage,
          fetch: endpoint.fetch,
        }),
        (error: unknown) =>
          error instanceof OidcSignInError && error.reason === 'id-token-mismatch',
        JSON.stringify(claims),
      );
    }
  });

  it("says 'token-failed' when the token endpoint refuses the code", async () => {
    const { stored } = await start();
    await assert.rejects(
      finishSignIn(provider, answerWith({ code: 'used', state: stored['state'] ?? '' }), {
        redirectUri,
        storage,
        fetch: tokenEndpoint({ error: 'invalid_grant' }, 400).fetch,
      }),
      (error: unknown) => error instanceof OidcSignInError && error.reason === 'token-failed',
    );
    assert.equal(storage.items.size, 0);
  });
});

describe('renewing a session with the refresh token', () => {
  it('keeps the refresh token the provider gave, in memory', async () => {
    const { stored } = await start();
    const endpoint = tokenEndpoint({
      access_token: 'eyJ.first',
      expires_in: 600,
      refresh_token: 'refresh-1',
      id_token: idToken({ iss: provider.issuer, aud: 'vangnet-werkplek', nonce: stored['nonce'] }),
    });
    const session = await finishSignIn(
      provider,
      answerWith({ code: 'c', state: stored['state'] ?? '' }),
      { redirectUri, storage, fetch: endpoint.fetch },
    );
    assert.equal(session.refreshToken, 'refresh-1');
    assert.equal(storage.items.size, 0);
  });

  it('asks for new tokens with the refresh grant, and takes a rotated refresh token', async () => {
    const endpoint = tokenEndpoint({
      access_token: 'eyJ.second',
      expires_in: 900,
      refresh_token: 'refresh-2',
    });
    const tokens = await refreshSession(provider, 'refresh-1', { fetch: endpoint.fetch });
    assert.deepEqual(tokens, {
      accessToken: 'eyJ.second',
      expiresIn: 900,
      refreshToken: 'refresh-2',
    });
    const form = new URLSearchParams(await endpoint.sent[0]!.text());
    assert.deepEqual(Object.fromEntries(form), {
      grant_type: 'refresh_token',
      refresh_token: 'refresh-1',
      client_id: 'vangnet-werkplek',
    });
  });

  it('keeps the refresh token it had when the provider does not rotate it, and fails typed', async () => {
    const kept = await refreshSession(provider, 'refresh-1', {
      fetch: tokenEndpoint({ access_token: 'eyJ.third' }).fetch,
    });
    assert.deepEqual(kept, {
      accessToken: 'eyJ.third',
      expiresIn: undefined,
      refreshToken: 'refresh-1',
    });
    await assert.rejects(
      refreshSession(provider, 'refresh-1', { fetch: tokenEndpoint({}, 400).fetch }),
      (error: unknown) => error instanceof OidcSignInError && error.reason === 'token-failed',
    );
  });
});
