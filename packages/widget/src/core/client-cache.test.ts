import { expect } from '@open-wc/testing';
import type { Catalog, VangnetClient } from '@vangnet/sdk';
import { demoCatalog } from '@vangnet/api-mock';
import { catalogOf, clientFor, forgetClients, loadedCatalog } from './client-cache.ts';

/** A client whose catalog is `catalog`, as a developer's own configured client would give it. */
const givenClient = (catalog: Catalog) =>
  ({ catalog: { get: () => Promise.resolve(catalog) } }) as unknown as VangnetClient;

describe('the client cache', () => {
  afterEach(() => forgetClients());

  it('keeps the catalogs of two clients a page gave apart', async () => {
    const other: Catalog = { ...demoCatalog, region: { ...demoCatalog.region, name: 'Elders' } };
    const first = givenClient(demoCatalog);
    const second = givenClient(other);
    expect((await catalogOf(first)).region.name).to.equal(demoCatalog.region.name);
    expect((await catalogOf(second)).region.name).to.equal('Elders');
    expect(loadedCatalog(second)?.region.name).to.equal('Elders');
  });

  it('shares one catalog between clients of the same API that differ only in language', async () => {
    // Port 9 (discard) on this machine: the request fails at once and leaves the machine never.
    const key = { api: 'http://127.0.0.1:9', partnerKey: 'pk_demo_haaglanden' };
    const dutch = clientFor({ ...key, locale: 'nl' });
    const english = clientFor({ ...key, locale: 'en' });
    expect(dutch).not.to.equal(english);
    expect(catalogOf(dutch)).to.equal(catalogOf(english));
    await catalogOf(dutch).catch(() => {});
  });
});
