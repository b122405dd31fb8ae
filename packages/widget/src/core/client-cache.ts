import { createClient, type Catalog, type VangnetClient } from '@vangnet/sdk';
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
const sources = new WeakMap<VangnetClient, string>();
// Keyed by the API a client was made for; a client the page made itself is its own key, held
// weakly, so a page that makes a client per view does not keep every one of them.
const catalogs = new Map<string, CatalogEntry>();
let givenCatalogs = new WeakMap<VangnetClient, CatalogEntry>();

interface CatalogStore {
  get(client: VangnetClient): CatalogEntry | undefined;
  set(client: VangnetClient, entry: CatalogEntry): void;
  delete(client: VangnetClient): void;
}

/**
 * What `client` talks to: the API and partner key it was made for, or the client itself when the
 * page made it. Clients that differ only in language have the same.
 */
export function apiOf(client: VangnetClient): string | VangnetClient {
  return sources.get(client) ?? client;
}

/** Where `client`'s catalog is kept: by its API when this cache made it, else by the client. */
function storeOf(client: VangnetClient): CatalogStore {
  const source = sources.get(client);
  if (source === undefined) return givenCatalogs;
  return {
    get: () => catalogs.get(source),
    set: (_, entry) => catalogs.set(source, entry),
    delete: () => catalogs.delete(source),
  };
}

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
    sources.set(client, JSON.stringify([key.api, key.partnerKey]));
  }
  return client;
}

/**
 * The catalog of `client`'s API, fetched once and shared. A failed fetch is forgotten, so the next
 * call (a "try again") fetches anew.
 */
export function catalogOf(client: VangnetClient): Promise<Catalog> {
  const store = storeOf(client);
  let entry = store.get(client);
  if (!entry) {
    const promise = client.catalog.get();
    const created: CatalogEntry = { promise };
    entry = created;
    store.set(client, created);
    promise.then(
      (catalog) => (created.loaded = catalog),
      () => store.delete(client),
    );
  }
  return entry.promise;
}

/** The catalog of `client`'s API if it has arrived already, so a new client can show it at once. */
export function loadedCatalog(client: VangnetClient): Catalog | undefined {
  return storeOf(client).get(client)?.loaded;
}

/** Forgets every client and catalog (tests only: each test starts from a fresh page state). */
export function forgetClients(): void {
  clients.clear();
  catalogs.clear();
  givenCatalogs = new WeakMap();
}
