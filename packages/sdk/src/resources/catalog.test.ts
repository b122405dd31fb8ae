import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { InputError } from '@vangnet/sdk';
import {
  assertCommonHeaders,
  onlyRequest,
  sent,
  server,
  testClient,
  url,
  useApi,
} from '../testing/api.ts';
import { catalog } from '../testing/fixtures.ts';

useApi();

test('catalog.get reads the catalog under the base path, with key and language', async () => {
  server.use(http.get(url('v1/catalog'), () => HttpResponse.json(catalog)));
  assert.deepEqual(await testClient().catalog.get(), catalog);
  const request = onlyRequest();
  assert.equal(request.url, url('v1/catalog'));
  assertCommonHeaders(request);
  assert.equal(request.headers.get('vangnet-token'), null);
  assert.equal(request.headers.get('idempotency-key'), null, 'a GET carries no idempotency key');
});

test('catalog.get names a region in the query', async () => {
  server.use(http.get(url('v1/catalog'), () => HttpResponse.json(catalog)));
  await testClient().catalog.get({ region: 'haaglanden' });
  assert.equal(new URL(onlyRequest().url).searchParams.get('region'), 'haaglanden');
});

test('catalog.get refuses a bad region before sending anything', async () => {
  await assert.rejects(testClient().catalog.get({ region: 'Den Haag!' }), (error) => {
    assert.ok(error instanceof InputError);
    assert.deepEqual(error.fieldIssues[0]?.path, ['region']);
    return true;
  });
  assert.equal(sent.length, 0);
});
