import type { Clock } from './clock.ts';
import type { ApiContext, RequestLimit } from './context.ts';
import type { ApiHooks } from './hooks.ts';
import type { ProblemError } from './http/problem.ts';
import type { Random } from './random.ts';
import type { CacheOptions } from './reference-cache.ts';
import { referenceCacheControl } from './http/caching.ts';
import { createRouter, type RequestInfo, type Route } from './router.ts';
import { appointmentRoutes } from './routes/appointments.ts';
import { callbackRequestRoutes } from './routes/callback-requests.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { locationRoutes } from './routes/locations.ts';
import { organisationRoutes } from './routes/organisations.ts';
import { referralRoutes } from './routes/referrals.ts';
import { slotRoutes } from './routes/slots.ts';
import type { ApiStore } from './store.ts';

/** Every endpoint of the public API. */
export const apiRoutes: readonly Route[] = [
  ...catalogRoutes,
  ...organisationRoutes,
  ...referralRoutes,
  ...locationRoutes,
  ...slotRoutes,
  ...appointmentRoutes,
  ...callbackRequestRoutes,
];

export interface ApiOptions {
  store: ApiStore;
  clock: Clock;
  /** References and ids; the server's is a CSPRNG, the mock's seeded so tests repeat. */
  random: Random;
  /** The runner's changes, for the mock's scenarios. */
  hooks?: ApiHooks;
  /** The page of the manage link in confirmations; `#beheer=<reference>.<token>` is appended. */
  manageUrl: string;
  /** Request limits per partner key and client address. */
  limits?: { writes?: RequestLimit; tokens?: RequestLimit };
  /**
   * `Cache-Control` of reference data. The mock sends `no-cache` (revalidate every time), so a
   * page's scenarios apply to every request.
   * @default 'private, max-age=60, stale-while-revalidate=600'
   */
  referenceCacheControl?: string;
  /** In-process caches of reference data, for a server; absent: none. */
  caching?: CacheOptions;
  /** An unexpected error, for the runner's log. */
  onError?: (error: unknown) => void;
  /** A store failure that is a problem of its own (503 when the database is away). */
  problemForError?: (error: unknown) => ProblemError | undefined;
}

/** The Vangnet API: one function from a `Request` to a `Response`, for any runner. */
export interface Api {
  /** Answers a request under `…/v1/`; `undefined` for any other path. */
  handle(request: Request, info?: RequestInfo): Promise<Response | undefined>;
  readonly context: ApiContext;
}

/**
 * Creates the API on a store. The mock runs it on an in-memory store with its scenarios as
 * hooks; the server on PostgreSQL. Every rule of the contract lives behind this function.
 *
 * @example
 * const api = createApi({ store, clock: systemClock, random: cryptoRandom, manageUrl });
 * const response = await api.handle(new Request('http://127.0.0.1/v1/catalog', { headers }));
 */
export function createApi(options: ApiOptions): Api {
  const context: ApiContext = {
    store: options.store,
    clock: options.clock,
    random: options.random,
    hooks: options.hooks ?? {},
    manageUrl: options.manageUrl,
    limits: options.limits ?? {},
    caching: options.caching,
    referenceCacheControl: options.referenceCacheControl ?? referenceCacheControl,
  };
  const handle = createRouter(context, apiRoutes, {
    ...(options.onError ? { onError: options.onError } : {}),
    ...(options.problemForError ? { problemForError: options.problemForError } : {}),
  });
  return { handle, context };
}
