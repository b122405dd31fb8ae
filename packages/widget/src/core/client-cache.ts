import { createClient, type Catalog, type VangnetClient } from '@vangnet/sdk';
import { httpUrlOf } from './attributes.ts';

/** What a client is made from. */
export interface ClientKey {
  readonly api: string;
  readonly partnerKey: string;
  readonly locale: string;
}

// Components with the same attributes share a client and its catalog, as if under one provider:
// three standalone components on a page load the catalog once.
const clients = new Map<string, VangnetClient>();
const catalogs = new WeakMap<VangnetClient, Promise<Catalog>>();

/** The client for `key`, made once per page. */
export function clientFor(key: ClientKey): VangnetClient {
  const id = JSON.stringify([key.api, key.partnerKey, key.locale]);
  let client = clients.get(id);
  if (!client) {
    client = createClient({
      baseUrl: httpUrlOf(key.api) ?? key.api,
      partnerKey: key.partnerKey,
      locale: key.locale,
    });
    clients.set(id, client);
  }
  return client;
}

/**
 * The catalog of `client`, fetched once and shared. A failed fetch is forgotten, so the next call
 * (a "try again") fetches anew.
 */
export function catalogOf(client: VangnetClient): Promise<Catalog> {
  let catalog = catalogs.get(client);
  if (!catalog) {
    catalog = client.catalog.get();
    catalogs.set(client, catalog);
    catalog.catch(() => catalogs.delete(client));
  }
  return catalog;
}

/** Forgets every client (tests only: each test starts from a fresh page state). */
export function forgetClients(): void {
  clients.clear();
}
