import type { ApiContext } from './context.ts';
import type { StoreReads } from './store.ts';

/**
 * In-process caches for a long-running server, where every read of the database costs a round
 * trip: reference data changes rarely, and every instance sees a change within `versionTtlMs`.
 * Partner keys are kept for a short time too (key-cache.ts). The mock uses
 * none (its reads are free, and tests change its data in place).
 */
export interface CacheOptions {
  /** How long a read of the reference version is trusted, in ms. */
  versionTtlMs: number;
  /** Answers of reference data kept, at most (searches make many). */
  maxAnswers: number;
  /** How long a read of a known partner key is trusted, in ms (key-cache.ts); 0 reads each time. */
  partnerKeyTtlMs: number;
}

/** A successful answer of reference data, as kept. */
export interface CachedAnswer {
  version: string;
  status: number;
  headers: [string, string][];
  body: string;
  /** The body gzipped once, for clients that accept it (a server's answers; the mock's are not). */
  gzipped?: Uint8Array<ArrayBuffer>;
}

/** A read that others may share: `known` once it has resolved. */
interface SharedRead<T> {
  value: Promise<T>;
  known?: T;
}

interface CacheState {
  version: (SharedRead<string> & { until: number }) | undefined;
  /** Reference data read through the store (catalogs, locations), each with its version. */
  data: Map<string, SharedRead<unknown> & { version: string }>;
  answers: Map<string, CachedAnswer>;
  /** The API's store with its reference data kept: shared by every request outside a POST. */
  sharedView: StoreReads | undefined;
}

const states = new WeakMap<ApiContext, CacheState>();

/** The reference version a transaction read: read once, however many rules ask for it. */
const transactionVersions = new WeakMap<StoreReads, Promise<string>>();

function stateOf(api: ApiContext): CacheState {
  let state = states.get(api);
  if (!state)
    states.set(
      api,
      (state = { version: undefined, data: new Map(), answers: new Map(), sharedView: undefined }),
    );
  return state;
}

// Time-to-live runs on the monotonic clock: the API's clock may be fixed (tests, demos).
const now = () => performance.now();

/** Notes the value of `read` once it resolves; forgets it with `forget` when it fails. */
function share<T, R extends SharedRead<T>>(read: R, forget: () => void): R {
  read.value.then(
    (value) => (read.known = value),
    () => forget(),
  );
  return read;
}

/**
 * The version of the reference data. A server trusts a read of it for `versionTtlMs`, and fifty
 * requests at once share one read. Inside a POST's transaction only a version already known is
 * taken, else the transaction reads it itself: on PGlite's one connection, waiting for a read
 * beside the open transaction would wait forever. A transaction reads it once, and what it read
 * serves the requests after it, as a read outside would.
 */
export function referenceVersion(api: ApiContext, store: StoreReads): Promise<string> {
  if (!api.caching) return store.referenceVersion();
  const { versionTtlMs } = api.caching;
  const state = stateOf(api);
  const fresh = state.version && state.version.until > now() ? state.version : undefined;
  if (!isSharedStore(api, store)) {
    if (fresh?.known !== undefined) return Promise.resolve(fresh.known);
    const kept = transactionVersions.get(store);
    if (kept) return kept;
    const read = store.referenceVersion();
    transactionVersions.set(store, read);
    read.then(
      (version) => {
        if (!(state.version && state.version.until > now()))
          state.version = { value: read, known: version, until: now() + versionTtlMs };
      },
      () => transactionVersions.delete(store),
    );
    return read;
  }
  if (fresh) return fresh.value;
  const read = share({ value: store.referenceVersion(), until: now() + versionTtlMs }, () => {
    if (state.version === read) state.version = undefined;
  });
  state.version = read;
  return read.value;
}

/**
 * `read` of reference data kept under `name` while the reference version stays the same. Inside
 * a transaction only a value already read is shared, for the reason {@link referenceVersion} gives.
 */
async function keptRead<T>(
  api: ApiContext,
  store: StoreReads,
  name: string,
  read: () => Promise<T>,
): Promise<T> {
  const version = await referenceVersion(api, store);
  const { data } = stateOf(api);
  const found = data.get(name);
  if (found?.version === version && (isSharedStore(api, store) || 'known' in found))
    return found.value as Promise<T>;
  const kept = share({ value: read(), version }, () => {
    if (data.get(name) === kept) data.delete(name);
  });
  data.set(name, kept);
  return kept.value;
}

/**
 * Whether `store` is the API's own (or its view with kept references), whose reads every request
 * may share, and not a POST's transaction.
 */
export function isSharedStore(api: ApiContext, store: StoreReads): boolean {
  return store === api.store || store === states.get(api)?.sharedView;
}

/**
 * `store` with its catalogs and locations kept per version of the reference data, on a server
 * that caches: a booking checks its slot, topic and age against them, and every one would read
 * them again. Without caching (the mock) `store` itself.
 */
export function withKeptReferences<Reads extends StoreReads>(api: ApiContext, store: Reads): Reads {
  if (!api.caching) return store;
  const state = stateOf(api);
  const shared = (store as StoreReads) === api.store;
  if (shared && state.sharedView) return state.sharedView as Reads;
  // Everything else of the store (a transaction's writes too) through the prototype.
  const kept = Object.create(store) as Reads;
  kept.catalog = (region) => keptRead(api, store, `catalog ${region}`, () => store.catalog(region));
  kept.locations = () => keptRead(api, store, 'locations', () => store.locations());
  if (shared) state.sharedView = kept;
  return kept;
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
