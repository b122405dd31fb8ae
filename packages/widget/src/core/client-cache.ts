import { createFirstViewClient, type Catalog, type VangnetClient } from '@vangnet/sdk';
import { httpUrlOf } from './attributes.ts';

/** What a client is made from. */
export interface ClientKey {
  readonly api: string;
  readonly partnerKey: string;
  readonly locale: string;
}

interface CatalogEntry {
  readonly promise: Promise<Catalog>;
  loaded?: Catalog;
}

// Components with the same attributes share a client and its catalog, as if under one provider:
// three standalone components on a page load the catalog once. The catalog carries every language
// itself, so clients that differ only in locale share it too (switching language fetches nothing).
const clients = new Map<string, VangnetClient>();
/** One object per API and partner key: what the clients made for them have in common. */
const apis = new Map<string, object>();
const apiOfMade = new WeakMap<VangnetClient, object>();
// Keyed by `apiOf`, weakly: a page that makes a client per view does not keep every one of them.
let catalogs = new WeakMap<object, CatalogEntry>();

/**
 * What `client` talks to: the same object for every client this cache made for one API and partner
 * key, whatever their language; the client itself when the page made it.
 */
export function apiOf(client: VangnetClient): object {
  return apiOfMade.get(client) ?? client;
}

/**
 * The client for `key`, made once per page: a first-view client (its reads come with the first
 * view, ky and the writes load on first use or after the first view; decision 0262).
 */
export function clientFor(key: ClientKey): VangnetClient {
  const id = JSON.stringify([key.api, key.partnerKey, key.locale]);
  let client = clients.get(id);
  if (!client) {
    client = createFirstViewClient({
      baseUrl: httpUrlOf(key.api) ?? key.api,
      partnerKey: key.partnerKey,
      locale: key.locale,
    });
    clients.set(id, client);
    const api = JSON.stringify([key.api, key.partnerKey]);
    if (!apis.has(api)) apis.set(api, {});
    apiOfMade.set(client, apis.get(api)!);
  }
  return client;
}

/**
 * The catalog of `client`'s API, fetched once and shared. A failed fetch is forgotten, so the next
 * call (a "try again") fetches anew.
 */
export function catalogOf(client: VangnetClient): Promise<Catalog> {
  const api = apiOf(client);
  let entry = catalogs.get(api);
  if (!entry) {
    const promise = client.catalog.get();
    const created: CatalogEntry = { promise };
    entry = created;
    catalogs.set(api, created);
    promise.then(
      (catalog) => (created.loaded = catalog),
      () => catalogs.get(api) === created && catalogs.delete(api),
    );
  }
  return entry.promise;
}

/** The catalog of `client`'s API if it has arrived already, so a new client can show it at once. */
export function loadedCatalog(client: VangnetClient): Catalog | undefined {
  return catalogs.get(apiOf(client))?.loaded;
}

/** Forgets every client and catalog (tests only: each test starts from a fresh page state). */
export function forgetClients(): void {
  clients.clear();
  apis.clear();
  catalogs = new WeakMap();
}
