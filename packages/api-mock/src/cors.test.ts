import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, testMock } from './test-support.ts';

const origin = 'http://localhost:8000';

describe('CORS', () => {
  const mock = testMock();

  it('sends Access-Control-Allow-Origin and exposes Retry-After and Location on successes and errors', async () => {
    const cases = [
      await call(mock, '/v1/catalog', { headers: { Origin: origin } }),
      await call(mock, '/v1/catalog', { key: null, headers: { Origin: origin } }),
      await call(mock, '/v1/catalog', { headers: { Origin: 'https://evil.example.com' } }),
      await call(mock, '/v1/referrals', { body: {}, headers: { Origin: origin } }),
    ];
    mock.scenarios.rateLimit({ retryAfter: 7 });
    cases.push(await call(mock, '/v1/catalog', { headers: { Origin: origin } }));
    mock.scenarios.clear().errorRate(1, 503);
    cases.push(await call(mock, '/v1/catalog', { headers: { Origin: origin } }));
    mock.scenarios.clear();
    assert.deepEqual(
      cases.map((response) => response.status),
      [200, 401, 403, 422, 429, 503],
    );
    for (const response of cases) {
      assert.ok(response.headers.get('Access-Control-Allow-Origin'), String(response.status));
      const exposed = response.headers.get('Access-Control-Expose-Headers') ?? '';
      assert.match(exposed, /Retry-After/);
      assert.match(exposed, /Location/);
    }
    assert.equal(cases[4]?.headers.get('Retry-After'), '7');
  });
});
