import {
  DevUserListSchema,
  DevSignInResultSchema,
  StaffMeSchema,
  StaffReferralListSchema,
  StaffReferralSchema,
  StaffSignInSchema,
  type DevSignInResult,
  type DevUser,
  type StaffMe,
  type StaffReferral,
  type StaffReferralSummary,
  type StaffSignIn,
  type StatusChangeInput,
} from '@vangnet/sdk';
import type * as z from 'zod/mini';

/** A failed staff request: the HTTP status and the problem type, never personal data. */
export class StaffRequestError extends Error {
  readonly status: number;
  readonly type: string | undefined;

  constructor(status: number, type: string | undefined) {
    super(`Staff request failed with ${status}${type ? ` (${type})` : ''}`);
    this.name = 'StaffRequestError';
    this.status = status;
    this.type = type;
  }
}

export interface QueueFilter {
  service?: string;
  municipality?: string;
  status?: string;
}

/**
 * The staff API (`/v1/staff/`) for the workspace. The access token lives in this object only:
 * never in `localStorage`, `sessionStorage` or a cookie, so closing the tab signs out.
 */
export class StaffClient {
  readonly #base: string;
  #token: string | undefined;

  constructor(base: string) {
    this.#base = base.replace(/\/$/, '');
  }

  get signedIn(): boolean {
    return this.#token !== undefined;
  }

  signOut(): void {
    this.#token = undefined;
  }

  /** The demo users of the development sign-in; `undefined` when it is off (404). */
  async devUsers(): Promise<readonly DevUser[] | undefined> {
    try {
      return (await this.#send('GET', '/v1/staff/dev-signin', DevUserListSchema, undefined, false))
        .users;
    } catch (error) {
      if (error instanceof StaffRequestError && error.status === 404) return undefined;
      throw error;
    }
  }

  async devSignIn(user: string): Promise<DevSignInResult> {
    const result = await this.#send(
      'POST',
      '/v1/staff/dev-signin',
      DevSignInResultSchema,
      { user },
      false,
    );
    this.#token = result.accessToken;
    return result;
  }

  /** How to sign in here: the provider, the development sign-in, the partner key. */
  signInOptions(): Promise<StaffSignIn> {
    return this.#send('GET', '/v1/staff/signin', StaffSignInSchema, undefined, false);
  }

  /** Signs in with an access token from the provider (`sign-in/oidc-sign-in.ts`). */
  useToken(accessToken: string): void {
    this.#token = accessToken;
  }

  me(): Promise<StaffMe> {
    return this.#send('GET', '/v1/staff/me', StaffMeSchema);
  }

  async queue(filter: QueueFilter = {}): Promise<{ items: StaffReferralSummary[]; total: number }> {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(filter)) if (value) query.set(name, value);
    query.set('limit', '200');
    return this.#send('GET', `/v1/staff/referrals?${query}`, StaffReferralListSchema);
  }

  referral(id: string): Promise<StaffReferral> {
    return this.#send('GET', `/v1/staff/referrals/${encodeURIComponent(id)}`, StaffReferralSchema);
  }

  changeStatus(id: string, change: StatusChangeInput): Promise<StaffReferral> {
    return this.#send(
      'POST',
      `/v1/staff/referrals/${encodeURIComponent(id)}/status`,
      StaffReferralSchema,
      change,
    );
  }

  async #send<S extends z.ZodMiniType>(
    method: 'GET' | 'POST',
    path: string,
    schema: S,
    body?: unknown,
    authorised = true,
  ): Promise<z.infer<S>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (authorised) {
      if (!this.#token) throw new StaffRequestError(401, 'unauthorised');
      headers['Authorization'] = `Bearer ${this.#token}`;
    }
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.#base}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok) {
      let type: string | undefined;
      try {
        const problem = (await response.json()) as { type?: unknown };
        if (typeof problem.type === 'string') type = problem.type.split('/').pop();
      } catch {
        type = undefined;
      }
      if (response.status === 401) this.#token = undefined;
      throw new StaffRequestError(response.status, type);
    }
    return schema.parse(await response.json()) as z.infer<S>;
  }
}
