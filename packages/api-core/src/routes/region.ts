import type { Catalog } from '@vangnet/sdk';
import type { RouteContext } from '../router.ts';

/**
 * The catalog of the key's region: the rules every write is checked against. A key whose region
 * has no catalog is a configuration error of the operator, so it is a 500, not the client's fault.
 */
export async function regionCatalog({ store, key }: RouteContext): Promise<Catalog> {
  const catalog = await store.catalog(key.region);
  if (!catalog) throw new Error(`No catalog for the region of partner key ${key.id}`);
  return catalog;
}

/** The writes of a POST; a route that writes without them is a bug in the core. */
export function writesOf(context: RouteContext) {
  if (!context.tx) throw new Error('A write outside a transaction');
  return context.tx;
}
