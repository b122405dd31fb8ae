// The mock's Cache-Control of reference data: `no-cache` by default (every request reaches it, so
// scenarios apply to each), the server's own rule with `serverCaching` (the bench's repeat visit).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { referenceCacheControl } from '@vangnet/api-core';
import { call, testMock } from './test-support.ts';

const referencePaths = ['/v1/catalog', '/v1/organisations', '/v1/locations'];

describe('Cache-Control of reference data', () => {
  it('is no-cache by default, with an ETag to revalidate', async () => {
    const mock = testMock();
    for (const path of referencePaths) {
      const response = await call(mock, path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('Cache-Control'), 'no-cache', path);
      assert.ok(response.headers.get('ETag'), path);
    }
  });

  it("is the server's rule with serverCaching, and writes stay no-store", async () => {
    const mock = testMock({ serverCaching: true });
    assert.match(referenceCacheControl, /max-age=\d+.*stale-while-revalidate=\d+/);
    for (const path of referencePaths) {
      const response = await call(mock, path);
      assert.equal(response.headers.get('Cache-Control'), referenceCacheControl, path);
    }
    const write = await call(mock, '/v1/referrals', { body: {} });
    assert.equal(write.headers.get('Cache-Control'), 'no-store');
  });
});
