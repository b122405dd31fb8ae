import { createOrganisationIndex, type Organisation, type OrganisationIndex } from '@vangnet/sdk';
import type { ApiContext } from './context.ts';
import type { StoreReads } from './store.ts';

/** The organisations of an API with what is derived from them, for one version of the data. */
export interface OrganisationSet {
  version: string;
  byId: ReadonlyMap<string, Organisation>;
  /** The SDK's index, so `q` finds exactly what the finder finds offline. */
  index: OrganisationIndex;
}

const cache = new WeakMap<ApiContext, Map<string, OrganisationSet>>();

/**
 * The current organisations, indexed once per version of the data and region (whose catalog
 * names the themes that are searched too): a search among 10,000 must not read and index them
 * all again. The version is one cheap read of the store.
 */
export async function currentOrganisations(
  api: ApiContext,
  store: StoreReads,
  region: string,
): Promise<OrganisationSet> {
  const version = await store.organisationsVersion();
  let sets = cache.get(api);
  if (!sets) cache.set(api, (sets = new Map()));
  const cached = sets.get(region);
  if (cached?.version === version) return cached;
  const [organisations, catalog] = await Promise.all([
    store.organisations(),
    store.catalog(region),
  ]);
  const set: OrganisationSet = {
    version,
    byId: new Map(organisations.map((organisation) => [organisation.id, organisation])),
    index: createOrganisationIndex(organisations, { themes: catalog?.themes ?? [] }),
  };
  sets.set(region, set);
  return set;
}
