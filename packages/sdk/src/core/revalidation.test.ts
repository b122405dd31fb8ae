import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RevalidationCache, requestKey } from './revalidation.ts';

const tagged = (etag: string, cacheControl = 'no-cache') =>
  new Headers({ ETag: etag, 'Cache-Control': cacheControl });

test('a request is its path and its query', () => {
  assert.equal(requestKey('v1/catalog', undefined), 'v1/catalog');
  assert.equal(requestKey('v1/catalog', new URLSearchParams()), 'v1/catalog');
  assert.equal(
    requestKey('v1/organisations', new URLSearchParams({ q: 'school', limit: '3' })),
    'v1/organisations?q=school&limit=3',
  );
});

test('keeps only tagged answers that may be stored, and forgets one that no longer may', () => {
  const cache = new RevalidationCache();
  cache.remember('a', new Headers(), '{}');
  cache.remember('b', tagged('"1"', 'private, no-store'), '{}');
  cache.remember('c', tagged('"1"', 'private, max-age=60, stale-while-revalidate=600'), '{"c":1}');
  assert.equal(cache.get('a'), undefined, 'no ETag');
  assert.equal(cache.get('b'), undefined, 'no-store');
  assert.deepEqual(cache.get('c'), { etag: '"1"', body: '{"c":1}' });
  cache.remember('c', tagged('"2"', 'no-store'), '{}');
  assert.equal(cache.get('c'), undefined);
});

test('keeps the most recently used answers up to its limit', () => {
  const cache = new RevalidationCache(2);
  cache.remember('a', tagged('"a"'), 'a');
  cache.remember('b', tagged('"b"'), 'b');
  cache.get('a');
  cache.remember('c', tagged('"c"'), 'c');
  assert.equal(cache.get('b'), undefined, 'the least recently used goes');
  assert.equal(cache.get('a')?.body, 'a');
  assert.equal(cache.get('c')?.body, 'c');
});
