import type { Clock } from './clock.ts';
import type { ApiHooks } from './hooks.ts';
import type { CacheOptions } from './reference-cache.ts';
import type { Random } from './random.ts';
import type { ApiStore } from './store.ts';

/** A limit of requests per window. */
export interface RequestLimit {
  limit: number;
  windowMs: number;
}

/** What every route of one API shares. */
export interface ApiContext {
  store: ApiStore;
  clock: Clock;
  /** References and ids (not tokens, which always come from the platform's CSPRNG). */
  random: Random;
  hooks: ApiHooks;
  /** The page of the manage link in confirmations; the fragment is added. */
  manageUrl: string;
  /**
   * Limits per partner key and client address: `writes` for every POST, `tokens` for reads with a
   * `Vangnet-Token` (so tokens cannot be guessed at speed). Absent: no limit.
   */
  limits: { writes?: RequestLimit; tokens?: RequestLimit };
  /** `Cache-Control` of reference data (the catalog, organisations, locations). */
  referenceCacheControl: string;
  /** In-process caches of a long-running server; absent: every request reads the store. */
  caching: CacheOptions | undefined;
}
