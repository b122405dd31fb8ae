// The first-view client (decision 0262) against the mock API, in-process: its reads are one plain
// `fetch` each and revalidate like createClient's; a read that fails is sent again through the
// later part (ky) with the retry policy; writes load the later part on first use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockApi, demoPartnerKey } from '@vangnet/api-mock';
import {
  createFirstViewClient,
  NetworkError,
  prepareLater,
  UnauthorisedError,
  type ClientOptions,
} from '@vangnet/sdk';

function setUp(options: Partial<ClientOptions> = {}) {
  const mock = createMockApi({ now: '2026-03-02T09:00:00+01:00' });
  const sent: { method: string; path: string; ifNoneMatch: string | null; status: number }[] = [];
  const client = createFirstViewClient({
    baseUrl: 'https://gemeente.example.nl/vangnet-api',
    partnerKey: demoPartnerKey,
    locale: 'nl',
    retry: { limit: 2, baseDelay: 0 },
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const response = await mock.fetch(request);
      const url = new URL(request.url);
      sent.push({
        method: request.method,
        path: url.pathname + url.search,
        ifNoneMatch: request.headers.get('If-None-Match'),
        status: response.status,
      });
      return response;
    },
    ...options,
  });
  return { mock, client, sent };
}

test('a read is one plain request with the key and language, and revalidates with its tag', async () => {
  const { client, sent } = setUp();
  const first = await client.catalog.get();
  const again = await client.catalog.get();
  assert.deepEqual(again, first);
  assert.deepEqual(
    sent.map(({ method, path, ifNoneMatch, status }) => [
      method,
      path,
      ifNoneMatch !== null,
      status,
    ]),
    [
      ['GET', '/vangnet-api/v1/catalog', false, 200],
      ['GET', '/vangnet-api/v1/catalog', true, 304],
    ],
  );
  const page = await client.organisations.list({ municipality: 'delft' });
  assert.ok(page.items.every((item) => item.municipalities.includes('delft')));
  assert.equal(sent.at(-1)?.path, '/vangnet-api/v1/organisations?municipality=delft');
});

test('a read that fails goes through the later part with its retries; the error is the same', async () => {
  const { mock, client, sent } = setUp();
  mock.scenarios.errorRate(1, 500);
  await assert.rejects(client.locations.list(), (error: unknown) => error instanceof Error);
  // The plain attempt, then ky's first attempt and its two retries.
  assert.deepEqual(
    sent.map((one) => one.status),
    [500, 500, 500, 500],
  );
  mock.scenarios.clear();
  const locations = await client.locations.list();
  assert.ok(locations.items.length > 0);
});

test('a wrong key is an UnauthorisedError, as from createClient', async () => {
  const { client } = setUp({ partnerKey: 'pk_unknown' });
  await assert.rejects(client.catalog.get(), UnauthorisedError);
});

test('offline: a NetworkError after the retries', async () => {
  const { client } = setUp({
    fetch: () => Promise.reject(new TypeError('Failed to fetch')),
  });
  await assert.rejects(client.catalog.get(), NetworkError);
});

test('a write loads the later part and sends with an idempotency key; prepareLater loads it ahead', async () => {
  const { client, sent } = setUp();
  prepareLater(client);
  const { items: locations } = await client.locations.list();
  const location = locations[0]!;
  const { items: slots } = await client.slots.list({
    location: location.id,
    from: '2026-03-03',
    to: '2026-03-13',
  });
  assert.ok(slots.length > 0, 'the slots are read through the later part');
  const created = await client.callbackRequests.create({
    location: location.id,
    name: 'Sam',
    phone: '0612345678',
  });
  assert.ok(created.reference);
  assert.equal(sent.at(-1)?.method, 'POST');
});

test('options are checked when the client is made, as createClient checks them', () => {
  assert.throws(
    () => createFirstViewClient({ baseUrl: 'not a url', partnerKey: demoPartnerKey }),
    TypeError,
  );
  assert.throws(
    () => createFirstViewClient({ baseUrl: 'https://a.example', partnerKey: '' }),
    TypeError,
  );
  assert.throws(
    () =>
      createFirstViewClient({
        baseUrl: 'https://a.example',
        partnerKey: 'pk',
        retry: { limit: -1 },
      }),
    TypeError,
  );
});

test("takes the loader's early catalog request only when it sent exactly the client's headers", async () => {
  const store = new Map<string, { headers: Record<string, string>; response: Promise<Response> }>();
  (globalThis as Record<symbol, unknown>)[Symbol.for('vangnet.prefetch')] = store;
  try {
    const url = 'https://gemeente.example.nl/vangnet-api/v1/catalog';
    const headers = (language: string) => ({
      Accept: 'application/json, application/problem+json',
      Authorization: `Bearer ${demoPartnerKey}`,
      'Accept-Language': language,
    });
    const { mock, client, sent } = setUp();
    const early = mock.fetch(new Request(url, { headers: headers('nl') }));
    store.set(url, { headers: headers('nl'), response: early });
    const catalog = await client.catalog.get();
    assert.ok(catalog.services.length > 0);
    assert.equal(sent.length, 0, 'no request of its own');
    assert.equal(store.size, 0, 'taken once');

    const other = setUp();
    store.set(url, { headers: headers('en'), response: early });
    await other.client.catalog.get();
    assert.equal(other.sent.length, 1, 'another language: its own request');
    assert.equal(store.size, 1, 'left for a client that sends those headers');
  } finally {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('vangnet.prefetch')];
  }
});
