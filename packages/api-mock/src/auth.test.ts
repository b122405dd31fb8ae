import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CatalogSchema } from '@vangnet/sdk';
import { demoBoundPartnerKey, demoOtherOrigin } from '@vangnet/api-mock';
import { call, problemName, testMock } from './test-support.ts';

describe('keys and origins', () => {
  const mock = testMock();

  it('answers the catalog of the key’s region with a valid demo key', async () => {
    const response = await call(mock, '/v1/catalog');
    assert.equal(response.status, 200);
    const catalog = CatalogSchema.parse(await response.json());
    assert.equal(catalog.region.id, 'haaglanden');
    assert.equal(catalog.municipalities.length, 9);
  });

  it('answers 401 unauthorised for a missing or unknown key', async () => {
    for (const key of [null, 'pk_unknown']) {
      const response = await call(mock, '/v1/catalog', { key });
      assert.equal(response.status, 401);
      assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
      assert.equal(await problemName(response), 'unauthorised');
    }
  });

  it('lets the Haaglanden key in from every loopback origin and without an origin', async () => {
    for (const origin of [
      'http://localhost:8000',
      'http://127.0.0.1:5173',
      'http://[::1]:3000',
      'https://localhost',
    ]) {
      const response = await call(mock, '/v1/catalog', { headers: { Origin: origin } });
      assert.equal(response.status, 200, origin);
    }
  });

  it('answers 403 origin-not-allowed from an origin the key does not allow', async () => {
    const response = await call(mock, '/v1/catalog', {
      headers: { Origin: 'https://evil.example.com' },
    });
    assert.equal(response.status, 403);
    assert.equal(await problemName(response), 'origin-not-allowed');
  });

  it('binds the second demo key to its own origin only', async () => {
    const fromLocalhost = await call(mock, '/v1/catalog', {
      key: demoBoundPartnerKey,
      headers: { Origin: 'http://localhost:8000' },
    });
    assert.equal(fromLocalhost.status, 403);
    const fromItsOrigin = await call(mock, '/v1/catalog', {
      key: demoBoundPartnerKey,
      headers: { Origin: demoOtherOrigin },
    });
    assert.equal(fromItsOrigin.status, 200);
  });

  it('answers 404 not-found for another region and for unknown paths', async () => {
    assert.equal(await problemName(await call(mock, '/v1/catalog?region=leiden')), 'not-found');
    const unknown = await call(mock, '/v1/nothing-here');
    assert.equal(unknown.status, 404);
    assert.equal(await problemName(unknown), 'not-found');
  });
});
