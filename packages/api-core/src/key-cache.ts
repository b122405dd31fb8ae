import type { ApiContext } from './context.ts';
import type { PartnerKey } from './store.ts';

/** Known keys kept per API, at most: a region has a handful, the whole country some hundreds. */
const maxKeys = 1000;

interface KeptKey {
  value: Promise<PartnerKey | undefined>;
  until: number;
}

// Per API, by the key as presented (a publishable key, in every partner's page already), so a
// kept key costs neither a hash nor a round trip. Only known keys stay: made-up ones are read
// every time and keep nothing, so a flood of them cannot fill this.
const kept = new WeakMap<ApiContext, Map<string, KeptKey>>();

// Time-to-live runs on the monotonic clock: the API's clock may be fixed (tests, demos).
const now = () => performance.now();

/**
 * The partner key presented as `key`. A server that caches trusts a read of a known key for
 * `partnerKeyTtlMs`, so a key revoked on any instance is refused within that time (decision
 * 0256); requests at once share one read. Without caching (the mock) the store's answer.
 */
export function partnerKeyOf(api: ApiContext, key: string): Promise<PartnerKey | undefined> {
  const ttl = api.caching?.partnerKeyTtlMs;
  if (!ttl) return api.store.partnerKey(key);
  let keys = kept.get(api);
  if (!keys) kept.set(api, (keys = new Map()));
  const found = keys.get(key);
  if (found && found.until > now()) return found.value;
  const read: KeptKey = { value: api.store.partnerKey(key), until: now() + ttl };
  const forget = () => {
    if (keys.get(key) === read) keys.delete(key);
  };
  keys.delete(key);
  keys.set(key, read);
  if (keys.size > maxKeys) keys.delete(keys.keys().next().value as string);
  read.value.then((known) => known ?? forget(), forget);
  return read.value;
}
