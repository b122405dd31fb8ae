// A fake OpenID Connect provider for the workspace's browser tests, on 127.0.0.1: discovery, JWKS,
// an authorization endpoint that signs in one fictional coordinator at once (no login screen) and
// redirects back with a code, and a token endpoint that checks the PKCE verifier (S256), the
// client and the redirect URI before it answers with jose-signed tokens the server accepts, and
// a refresh grant that rotates its refresh token.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export const fakeClientId = 'vangnet-werkplek-test';
export const fakeAudience = 'vangnet-staff';
/** The person the fake provider signs in: fictional, with a coordinator's grant. */
export const fakePerson = {
  sub: 'fake-provider:coordinator',
  name: 'Coördinator Via Organisatie',
  roles: ['coordinator:pluscoaching:region:haaglanden'],
};

export interface FakeProvider {
  issuer: string;
  /** What the token endpoint refused, for the tests to read (`GET <issuer>/refusals`). */
  refusals: string[];
  close(): Promise<void>;
}

interface Grant {
  challenge: string;
  nonce: string;
  redirectUri: string;
}

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => resolve(body));
  });

export async function startFakeProvider(): Promise<FakeProvider> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'fake-key', alg: 'RS256' }] };
  const grants = new Map<string, Grant>();
  const refusals: string[] = [];
  let issuer = '';

  const sign = (claims: Record<string, unknown>, audience: string) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'fake-key' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject(fakePerson.sub)
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(privateKey);
  };

  // What the token endpoint says the access token lasts (`GET <issuer>/lifetime?seconds=`), and
  // the refresh grants it answered (`GET <issuer>/renewals`): a test of the session's end sets it.
  const defaultLifetime = 600;
  let lifetime = defaultLifetime;
  const renewals: number[] = [];
  const refreshTokens = new Set<string>();
  const tokens = async () => {
    const refreshToken = randomBytes(16).toString('base64url');
    refreshTokens.add(refreshToken);
    return {
      token_type: 'Bearer',
      expires_in: lifetime,
      refresh_token: refreshToken,
      access_token: await sign({ name: fakePerson.name, roles: fakePerson.roles }, fakeAudience),
    };
  };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', issuer);
    const json = (status: number, body: unknown) => {
      response.writeHead(status, {
        'Content-Type': 'application/json',
        // The workspace calls the token endpoint from its own origin.
        'Access-Control-Allow-Origin': '*',
      });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(200, {
        issuer,
        jwks_uri: `${issuer}/keys`,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
      });
    }
    if (url.pathname === '/keys') return json(200, jwks);
    if (url.pathname === '/refusals') return json(200, refusals);
    if (url.pathname === '/authorize') {
      const query = url.searchParams;
      const redirectUri = query.get('redirect_uri') ?? '';
      if (
        query.get('response_type') !== 'code' ||
        query.get('client_id') !== fakeClientId ||
        query.get('code_challenge_method') !== 'S256' ||
        !query.get('code_challenge') ||
        !query.get('state') ||
        !query.get('nonce')
      ) {
        refusals.push(`authorize: ${[...query.keys()].sort().join(',')}`);
        response.writeHead(400).end('bad authorization request');
        return;
      }
      const code = randomBytes(16).toString('base64url');
      grants.set(code, {
        challenge: query.get('code_challenge')!,
        nonce: query.get('nonce')!,
        redirectUri,
      });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', query.get('state')!);
      response.writeHead(302, { Location: back.href }).end();
      return;
    }
    if (url.pathname === '/lifetime') {
      lifetime = Number(url.searchParams.get('seconds')) || defaultLifetime;
      return json(200, { lifetime });
    }
    if (url.pathname === '/renewals') return json(200, renewals);
    if (url.pathname === '/token' && request.method === 'POST') {
      const form = new URLSearchParams(await readBody(request));
      if (form.get('grant_type') === 'refresh_token') {
        const presented = form.get('refresh_token') ?? '';
        if (form.get('client_id') !== fakeClientId || !refreshTokens.delete(presented)) {
          refusals.push('token: refresh_token');
          return json(400, { error: 'invalid_grant' });
        }
        renewals.push(lifetime);
        return json(200, await tokens());
      }
      const code = form.get('code') ?? '';
      const grant = grants.get(code);
      grants.delete(code);
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      const refusal = !grant
        ? 'unknown or used code'
        : form.get('grant_type') !== 'authorization_code'
          ? 'grant_type'
          : form.get('client_id') !== fakeClientId
            ? 'client_id'
            : form.get('redirect_uri') !== grant.redirectUri
              ? 'redirect_uri'
              : challenge !== grant.challenge
                ? 'code_verifier'
                : undefined;
      if (refusal || !grant) {
        refusals.push(`token: ${refusal}`);
        return json(400, { error: 'invalid_grant' });
      }
      return json(200, {
        ...(await tokens()),
        id_token: await sign({ name: fakePerson.name, nonce: grant.nonce }, fakeClientId),
      });
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    refusals,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
