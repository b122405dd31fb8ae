import type { ApiContext } from './context.ts';
import type { PartnerKey, StoreReads } from './store.ts';

/**
 * In-process caches for a long-running server, where every read of the database costs a round
 * trip: reference data changes rarely, and every instance sees a change within `versionTtlMs`.
 * The mock uses none (its reads are free, and tests change its data in place).
 */
export interface CacheOptions {
  /** How long a read of the reference version is trusted, in ms. */
  versionTtlMs: number;
  /** How long a partner key is trusted once found, in ms: a revoked key works that long at most. */
  keyTtlMs: number;
  /** Answers of reference data kept, at most (searches make many). */
  maxAnswers: number;
}

/** A successful answer of reference data, as kept. */
export interface CachedAnswer {
  version: string;
  status: number;
  headers: [string, string][];
  body: string;
}

interface CacheState {
  version: { value: Promise<string>; until: number } | undefined;
  keys: Map<string, { key: Promise<PartnerKey | undefined>; until: number }>;
  answers: Map<string, CachedAnswer>;
}

const states = new WeakMap<ApiContext, CacheState>();

function stateOf(api: ApiContext): CacheState {
  let state = states.get(api);
  if (!state)
    states.set(api, (state = { version: undefined, keys: new Map(), answers: new Map() }));
  return state;
}

// Time-to-live runs on the monotonic clock: the API's clock may be fixed (tests, demos).
const now = () => performance.now();

/**
 * The version of the reference data. Inside a POST's transaction it is always read fresh; outside
 * one, a server trusts it for `versionTtlMs`, and fifty requests at once share one read.
 */
export function referenceVersion(api: ApiContext, store: StoreReads): Promise<string> {
  if (!api.caching || store !== api.store) return store.referenceVersion();
  const state = stateOf(api);
  if (state.version && state.version.until > now()) return state.version.value;
  const value = store.referenceVersion();
  state.version = { value, until: now() + api.caching.versionTtlMs };
  value.catch(() => (state.version = undefined));
  return value;
}

/** The partner key, trusted for `keyTtlMs` once found; an unknown key is asked for every time. */
export function partnerKeyOf(api: ApiContext, bearer: string): Promise<PartnerKey | undefined> {
  if (!api.caching) return api.store.partnerKey(bearer);
  const state = stateOf(api);
  const cached = state.keys.get(bearer);
  if (cached && cached.until > now()) return cached.key;
  const key = api.store.partnerKey(bearer);
  state.keys.set(bearer, { key, until: now() + api.caching.keyTtlMs });
  const forget = () => state.keys.delete(bearer);
  key.then((found) => found ?? forget(), forget);
  if (state.keys.size > 1000) state.keys.clear();
  return key;
}

/** A kept answer for `name` at `version`, if there is one. */
export function cachedAnswer(
  api: ApiContext,
  name: string,
  version: string,
): CachedAnswer | undefined {
  const answer = api.caching ? stateOf(api).answers.get(name) : undefined;
  return answer?.version === version ? answer : undefined;
}

/** Keeps `answer` under `name`; the oldest go first when there are too many. */
export function keepAnswer(api: ApiContext, name: string, answer: CachedAnswer): void {
  if (!api.caching) return;
  const { answers } = stateOf(api);
  answers.delete(name);
  answers.set(name, answer);
  while (answers.size > api.caching.maxAnswers)
    answers.delete(answers.keys().next().value as string);
}
