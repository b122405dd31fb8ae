import type { ApiContext } from './context.ts';
import type { StoreReads } from './store.ts';

/**
 * In-process caches for a long-running server, where every read of the database costs a round
 * trip: reference data changes rarely, and every instance sees a change within `versionTtlMs`.
 * Partner keys are not cached: a revoked key is refused from the next request on. The mock uses
 * none (its reads are free, and tests change its data in place).
 */
export interface CacheOptions {
  /** How long a read of the reference version is trusted, in ms. */
  versionTtlMs: number;
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
  answers: Map<string, CachedAnswer>;
}

const states = new WeakMap<ApiContext, CacheState>();

function stateOf(api: ApiContext): CacheState {
  let state = states.get(api);
  if (!state) states.set(api, (state = { version: undefined, answers: new Map() }));
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
