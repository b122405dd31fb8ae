import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { createClient, TimeoutError } from '@vangnet/sdk';
import { onlyRequest, partnerKey, sent, server, testClient, url, useApi } from '../testing/api.ts';
import { catalog } from '../testing/fixtures.ts';

useApi();

/** A `fetch` that never answers, until the request is aborted. */
const hangingFetch: typeof fetch = (input, init) =>
  new Promise((_resolve, reject) => {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    signal?.addEventListener('abort', () => reject(signal.reason));
  });

test('a base URL keeps its path, with or without a trailing slash', async () => {
  const seen: string[] = [];
  const recording: typeof fetch = async (input) => {
    seen.push((input as Request).url);
    return Response.json(catalog);
  };
  for (const baseUrl of [
    'https://gemeente.example.nl/vangnet-api',
    'https://gemeente.example.nl/vangnet-api/',
    new URL('https://gemeente.example.nl/a/b/'),
    'https://api.example.org',
  ])
    await createClient({ baseUrl, partnerKey, fetch: recording }).catalog.get();
  assert.deepEqual(seen, [
    'https://gemeente.example.nl/vangnet-api/v1/catalog',
    'https://gemeente.example.nl/vangnet-api/v1/catalog',
    'https://gemeente.example.nl/a/b/v1/catalog',
    'https://api.example.org/v1/catalog',
  ]);
});

test('an injected fetch receives the request instead of the global one', async () => {
  const requests: Request[] = [];
  const recording: typeof fetch = async (input) => {
    requests.push(input as Request);
    return Response.json(catalog);
  };
  await createClient({
    baseUrl: 'https://api.example.org',
    partnerKey,
    fetch: recording,
  }).catalog.get();
  assert.equal(requests.length, 1);
  assert.equal(requests[0]?.headers.get('authorization'), `Bearer ${partnerKey}`);
  assert.equal(requests[0]?.headers.has('accept-language'), false, 'no locale, no header');
  assert.equal(sent.length, 0, 'msw saw nothing');
});

test('bad client options are programming errors, thrown at once', () => {
  assert.throws(() => createClient({ baseUrl: '/relative', partnerKey }), TypeError);
  assert.throws(() => createClient({ baseUrl: 'ftp://x.example.org', partnerKey }), TypeError);
  assert.throws(
    () => createClient({ baseUrl: 'https://x.example.org/?a=1', partnerKey }),
    TypeError,
  );
  assert.throws(
    () => createClient({ baseUrl: 'https://x.example.org', partnerKey: '' }),
    TypeError,
  );
  assert.throws(
    () => createClient({ baseUrl: 'https://x.example.org', partnerKey, retry: -1 }),
    TypeError,
  );
});

test('a slow API becomes a TimeoutError after the per-attempt timeout', async () => {
  const client = testClient({ fetch: hangingFetch, timeout: 20, retry: 0 });
  const started = performance.now();
  await assert.rejects(client.catalog.get(), (error) => {
    assert.ok(error instanceof TimeoutError);
    assert.equal(error.operation, 'catalog.get');
    return true;
  });
  assert.ok(performance.now() - started < 1000);
});

test('a timed-out attempt is retried, within the limit', async () => {
  let attempts = 0;
  const counting: typeof fetch = (input, init) => {
    attempts += 1;
    return hangingFetch(input, init);
  };
  await assert.rejects(testClient({ fetch: counting, timeout: 10 }).catalog.get(), TimeoutError);
  assert.equal(attempts, 3);
});

test('an aborted signal rejects with its AbortError, before or during the request', async () => {
  const before = AbortSignal.abort();
  await assert.rejects(testClient().catalog.get({}, { signal: before }), { name: 'AbortError' });
  assert.equal(sent.length, 0, 'nothing sent for a signal aborted beforehand');

  const controller = new AbortController();
  const pending = testClient({ fetch: hangingFetch }).organisations.list(
    {},
    { signal: controller.signal },
  );
  setTimeout(() => controller.abort(), 5);
  await assert.rejects(pending, { name: 'AbortError' });
});

test('an abort during the wait before a retry stops the retries', async () => {
  server.use(
    http.get(url('v1/catalog'), () =>
      HttpResponse.json({}, { status: 503, headers: { 'Retry-After': '5' } }),
    ),
  );
  const controller = new AbortController();
  const pending = testClient().catalog.get({}, { signal: controller.signal });
  setTimeout(() => controller.abort(), 50);
  const started = performance.now();
  await assert.rejects(pending, { name: 'AbortError' });
  assert.ok(performance.now() - started < 1000);
  assert.equal(onlyRequest().url, url('v1/catalog'));
});
