// The SDK against the mock API, in-process: reference data is revalidated with the server's ETag
// (the mock answers `no-cache`, so every call asks), never fetched whole again while unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockApi, demoPartnerKey } from '@vangnet/api-mock';
import { createClient } from '@vangnet/sdk';

/** What the client sent and got back, per request. */
interface Exchange {
  readonly path: string;
  readonly ifNoneMatch: string | null;
  readonly status: number;
  readonly etag: string | null;
}

function setUp() {
  const mock = createMockApi({ now: '2026-03-02T09:00:00+01:00' });
  const exchanges: Exchange[] = [];
  const client = createClient({
    baseUrl: 'https://gemeente.example.nl/vangnet-api',
    partnerKey: demoPartnerKey,
    locale: 'nl',
    retry: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const response = await mock.fetch(request);
      exchanges.push({
        path: new URL(request.url).pathname + new URL(request.url).search,
        ifNoneMatch: request.headers.get('If-None-Match'),
        status: response.status,
        etag: response.headers.get('ETag'),
      });
      return response;
    },
  });
  return { mock, client, exchanges };
}

test('the catalog: 200 with a tag, then 304 for the same tag, then 200 with a new tag once it changed', async () => {
  const { mock, client, exchanges } = setUp();
  const first = await client.catalog.get();
  const again = await client.catalog.get();
  assert.deepEqual(again, first, 'the kept answer');
  assert.notEqual(again, first, 'parsed again: a caller that changes its copy changes no other');

  const [fetched, revalidated] = exchanges;
  assert.equal(fetched?.status, 200);
  assert.equal(fetched?.ifNoneMatch, null, 'nothing to revalidate the first time');
  assert.match(fetched?.etag ?? '', /^"[\w-]+"$/);
  assert.equal(revalidated?.ifNoneMatch, fetched?.etag);
  assert.equal(revalidated?.status, 304);

  mock.store.catalog = {
    ...mock.store.catalog,
    region: { ...mock.store.catalog.region, name: 'Haaglanden (nieuw)' },
  };
  const changed = await client.catalog.get();
  assert.equal(changed.region.name, 'Haaglanden (nieuw)');
  const [, , refetched] = exchanges;
  assert.equal(refetched?.ifNoneMatch, fetched?.etag, 'asked with the old tag');
  assert.equal(refetched?.status, 200, 'the changed data, whole');
  assert.notEqual(refetched?.etag, fetched?.etag);

  await client.catalog.get();
  assert.equal(exchanges[3]?.ifNoneMatch, refetched?.etag, 'the new tag from then on');
  assert.equal(exchanges[3]?.status, 304);
});

test('each query is revalidated with its own tag: a page of organisations, and one organisation', async () => {
  const { client, exchanges } = setUp();
  const page = await client.organisations.list({ limit: 3 });
  const id = page.items[0]?.id;
  assert.ok(id);
  await client.organisations.get(id);
  await client.organisations.list({ limit: 3 });
  await client.organisations.get(id);
  assert.deepEqual(
    exchanges.map((exchange) => exchange.status),
    [200, 200, 304, 304],
  );
  assert.equal(exchanges[2]?.ifNoneMatch, exchanges[0]?.etag);
  assert.equal(exchanges[3]?.ifNoneMatch, exchanges[1]?.etag);
  assert.notEqual(exchanges[0]?.etag, exchanges[1]?.etag);
});

test('an answer the server marks no-store (the manage flow, by token) is never revalidated', async () => {
  const { client, exchanges } = setUp();
  const { items: locations } = await client.locations.list({ municipality: 'den-haag' });
  const location = locations[0];
  assert.ok(location);
  const { items: slots } = await client.slots.list({
    location: location.id,
    from: '2026-03-02',
    to: '2026-03-13',
  });
  const slot = slots[0];
  assert.ok(slot);
  const booked = await client.appointments.book({
    slotId: slot.id,
    topic: location.topics[0] as string,
    dateOfBirth: '2005-01-15',
    contact: { name: 'Sam Voorbeeld', email: 'sam@example.org', preferred: 'email' },
  });
  exchanges.length = 0;
  await client.appointments.get(booked.reference, booked.token);
  await client.appointments.get(booked.reference, booked.token);
  assert.deepEqual(
    exchanges.map((exchange) => [exchange.status, exchange.ifNoneMatch]),
    [
      [200, null],
      [200, null],
    ],
  );
});
