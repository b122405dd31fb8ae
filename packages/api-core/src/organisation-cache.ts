import { createOrganisationIndex, type Organisation, type OrganisationIndex } from '@vangnet/sdk';
import type { ApiContext } from './context.ts';
import { isSharedStore, referenceVersion } from './reference-cache.ts';
import type { StoreReads } from './store.ts';

/** The organisations of an API with what is derived from them, for one version of the data. */
export interface OrganisationSet {
  version: string;
  byId: ReadonlyMap<string, Organisation>;
  /** The SDK's index, so `q` finds exactly what the finder finds offline. */
  index: OrganisationIndex;
}

interface Cache {
  /** The last set built, per region. */
  built: Map<string, OrganisationSet>;
  /** A build in progress on the store itself, per region, that others may wait for. */
  building: Map<string, { version: string; set: Promise<OrganisationSet> }>;
}

const caches = new WeakMap<ApiContext, Cache>();

/**
 * The current organisations, indexed once per version of the data and region (whose catalog
 * names the themes that are searched too): a search among 10,000 must not read and index them
 * all again. The version is one cheap read of the store.
 *
 * Fifty searches arriving together wait for one build. A build inside a POST's transaction is
 * never shared: on PGlite's one connection, a request outside that transaction waiting for it, or
 * the transaction waiting for a build outside it, would wait forever.
 */
export async function currentOrganisations(
  api: ApiContext,
  store: StoreReads,
  region: string,
): Promise<OrganisationSet> {
  let cache = caches.get(api);
  if (!cache) caches.set(api, (cache = { built: new Map(), building: new Map() }));
  const version = await referenceVersion(api, store);
  const built = cache.built.get(region);
  if (built?.version === version) return built;
  const shared = isSharedStore(api, store);
  const inProgress = cache.building.get(region);
  if (shared && inProgress?.version === version) return inProgress.set;
  const set = buildSet(store, region, version).then((result) => {
    cache.built.set(region, result);
    return result;
  });
  if (shared) {
    cache.building.set(region, { version, set });
    const forget = () => {
      if (cache.building.get(region)?.set === set) cache.building.delete(region);
    };
    set.then(forget, forget);
  }
  return set;
}

async function buildSet(
  store: StoreReads,
  region: string,
  version: string,
): Promise<OrganisationSet> {
  const [organisations, catalog] = await Promise.all([
    store.organisations(),
    store.catalog(region),
  ]);
  const index = createOrganisationIndex(organisations, { themes: catalog?.themes ?? [] });
  // A server has no first view to wait for: the search is built with the set, not on a request.
  index.prepare();
  return {
    version,
    byId: new Map(organisations.map((organisation) => [organisation.id, organisation])),
    index,
  };
}
