import type { StaffOidcSignIn } from '@vangnet/sdk';
import { codeChallenge, randomToken } from './pkce.ts';

// The workspace signs in with the region's OpenID Connect provider as a public client: the
// authorization code flow with PKCE (S256), `state` against a forged answer, `nonce` against a
// replayed ID token. Only what must survive the trip to the provider — the verifier, state,
// nonce and the section to return to — waits in sessionStorage, and is removed when the
// provider answers; the tokens themselves never leave memory (decision 0251).

/** Where the sign-in waits for the provider's answer, in this tab's sessionStorage. */
export const pendingKey = 'vangnet-staff-signin';

/** What waits for the provider's answer: no token, nothing about the person. */
interface Pending {
  state: string;
  verifier: string;
  nonce: string;
  /** The path to open after signing in (`/staff/agenda`). */
  returnTo: string;
}

/** Why a sign-in with the provider did not work; a code, never the provider's own text. */
export type SignInFailure =
  'refused' | 'no-pending' | 'state-mismatch' | 'token-failed' | 'id-token-mismatch';

export class OidcSignInError extends Error {
  readonly reason: SignInFailure;
  constructor(reason: SignInFailure) {
    super(`Signing in with the provider failed: ${reason}`);
    this.name = 'OidcSignInError';
    this.reason = reason;
  }
}

/** The provider's tokens the workspace keeps, in memory only. */
export interface OidcTokens {
  /** For the staff API. */
  accessToken: string;
  /** Seconds, as the provider said; `undefined` when it did not. */
  expiresIn: number | undefined;
  /** To renew the access token without leaving the page, when the provider gives one. */
  refreshToken?: string;
}

/** A finished sign-in: the tokens and where to go on. */
export interface OidcSession extends OidcTokens {
  returnTo: string;
}

export interface StartOptions {
  /** The workspace's address registered at the provider, `https://vangnet.example.org/staff/`. */
  redirectUri: string;
  returnTo: string;
  storage?: Pick<Storage, 'setItem'>;
}

/**
 * The provider's authorization address for a new sign-in, after keeping its verifier, state and
 * nonce for the answer. The caller sends the browser there (`location.assign`).
 */
export async function authorizationUrl(
  provider: StaffOidcSignIn,
  { redirectUri, returnTo, storage = sessionStorage }: StartOptions,
): Promise<string> {
  const pending: Pending = {
    state: randomToken(),
    verifier: randomToken(),
    nonce: randomToken(),
    returnTo,
  };
  storage.setItem(pendingKey, JSON.stringify(pending));
  const url = new URL(provider.authorizationEndpoint);
  const query = url.searchParams;
  query.set('response_type', 'code');
  query.set('client_id', provider.clientId);
  query.set('redirect_uri', redirectUri);
  query.set('scope', provider.scopes.join(' '));
  query.set('state', pending.state);
  query.set('nonce', pending.nonce);
  query.set('code_challenge', await codeChallenge(pending.verifier));
  query.set('code_challenge_method', 'S256');
  return url.href;
}

/** Whether the address is the provider's answer to a sign-in (a code or an error, with state). */
export function isProviderAnswer(address: URL): boolean {
  const query = address.searchParams;
  return query.has('state') && (query.has('code') || query.has('error'));
}

/** The claims of a JWT's payload, unverified: the token came straight from the token endpoint. */
function claimsOf(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1] ?? '';
  const text = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

/**
 * The ID token must be for this sign-in: our nonce, our client, the provider as issuer. Its
 * signature is not checked here — it came over TLS from the token endpoint itself (OpenID
 * Connect Core 3.1.3.7) — and the staff API verifies the access token in full.
 */
function checkIdToken(idToken: string, provider: StaffOidcSignIn, nonce: string): void {
  let claims: Record<string, unknown>;
  try {
    claims = claimsOf(idToken);
  } catch {
    throw new OidcSignInError('id-token-mismatch');
  }
  const audience = Array.isArray(claims['aud']) ? claims['aud'] : [claims['aud']];
  const issuer = String(claims['iss']).replace(/\/$/, '');
  if (
    claims['nonce'] !== nonce ||
    !audience.includes(provider.clientId) ||
    issuer !== provider.issuer.replace(/\/$/, '')
  )
    throw new OidcSignInError('id-token-mismatch');
}

export interface FinishOptions {
  redirectUri: string;
  storage?: Pick<Storage, 'getItem' | 'removeItem'>;
  fetch?: typeof fetch;
}

/**
 * Finishes a sign-in from the provider's answer in `address`: checks the state, exchanges the
 * code with the verifier at the token endpoint, checks the ID token's nonce. What waited in
 * storage is removed first, whatever happens next: a code is good for one try only.
 */
export async function finishSignIn(
  provider: StaffOidcSignIn,
  address: URL,
  { redirectUri, storage = sessionStorage, fetch: fetchImpl = fetch }: FinishOptions,
): Promise<OidcSession> {
  const stored = storage.getItem(pendingKey);
  storage.removeItem(pendingKey);
  if (!stored) throw new OidcSignInError('no-pending');
  const pending = JSON.parse(stored) as Pending;
  const query = address.searchParams;
  if (query.get('state') !== pending.state) throw new OidcSignInError('state-mismatch');
  const code = query.get('code');
  if (!code) throw new OidcSignInError('refused');
  const tokens = await tokenRequest(provider, fetchImpl, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: pending.verifier,
  });
  if (typeof tokens.id_token === 'string') checkIdToken(tokens.id_token, provider, pending.nonce);
  else if (provider.scopes.includes('openid')) throw new OidcSignInError('id-token-mismatch');
  return { ...tokensOf(tokens), returnTo: pending.returnTo };
}

/** A token endpoint's answer, as far as the workspace reads it. */
interface TokenAnswer {
  access_token: string;
  id_token?: unknown;
  expires_in?: unknown;
  refresh_token?: unknown;
}

/** A grant at the token endpoint, as a public client (its `client_id`, no secret). */
async function tokenRequest(
  provider: StaffOidcSignIn,
  fetchImpl: typeof fetch,
  grant: Record<string, string>,
): Promise<TokenAnswer> {
  let tokens: Partial<TokenAnswer>;
  try {
    const answer = await fetchImpl(provider.tokenEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({ ...grant, client_id: provider.clientId }),
    });
    if (!answer.ok) throw new OidcSignInError('token-failed');
    tokens = (await answer.json()) as Partial<TokenAnswer>;
  } catch (error) {
    throw error instanceof OidcSignInError ? error : new OidcSignInError('token-failed');
  }
  if (typeof tokens.access_token !== 'string') throw new OidcSignInError('token-failed');
  return tokens as TokenAnswer;
}

/** The tokens of an answer the workspace keeps, in memory only. */
const tokensOf = (tokens: TokenAnswer): OidcTokens => ({
  accessToken: tokens.access_token,
  expiresIn: typeof tokens.expires_in === 'number' ? tokens.expires_in : undefined,
  ...(typeof tokens.refresh_token === 'string' ? { refreshToken: tokens.refresh_token } : {}),
});

/**
 * New tokens for a session whose provider gave a refresh token (in memory, never stored): the
 * workspace's "Ingelogd blijven". The provider may rotate the refresh token; the new one is in
 * the answer when it does.
 */
export async function refreshSession(
  provider: StaffOidcSignIn,
  refreshToken: string,
  { fetch: fetchImpl = fetch }: { fetch?: typeof fetch } = {},
): Promise<OidcTokens> {
  const tokens = await tokenRequest(provider, fetchImpl, {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
  });
  return { refreshToken, ...tokensOf(tokens) };
}
