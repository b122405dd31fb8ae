import assert from 'node:assert/strict';
import { it } from 'node:test';
import { demoBoundPartnerKey, demoOtherOrigin } from '@vangnet/api-core';
import { CatalogSchema } from '@vangnet/sdk';
import { call, problemName } from './support/calls.ts';
import type { Suite } from './support/targets.ts';

export const keysAndOrigins: Suite = (target) => {
  it('answers the catalog of the key’s region with a valid key', async () => {
    const response = await call(target(), '/v1/catalog');
    assert.equal(response.status, 200);
    const catalog = CatalogSchema.parse(await response.json());
    assert.equal(catalog.region.id, 'haaglanden');
    assert.equal(catalog.municipalities.length, 9);
    const named = await call(target(), '/v1/catalog?region=haaglanden');
    assert.deepEqual(CatalogSchema.parse(await named.json()), catalog);
  });

  it('answers 401 unauthorised as a problem for a missing, unknown or malformed key', async () => {
    for (const headers of [
      { key: null },
      { key: 'pk_unknown' },
      { key: null, headers: { Authorization: 'Basic cGs6cGs=' } },
    ]) {
      const response = await call(target(), '/v1/catalog', headers);
      assert.equal(response.status, 401, JSON.stringify(headers));
      assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
      const problem = (await response.json()) as { type: string; title: string; status: number };
      assert.match(problem.type, /\/unauthorised$/);
      assert.equal(problem.status, 401);
      assert.ok(problem.title);
    }
  });

  it('answers 401 before anything else on a POST without a key', async () => {
    const response = await call(target(), '/v1/referrals', { key: null, body: {} });
    assert.equal(response.status, 401);
    assert.equal(await problemName(response), 'unauthorised');
  });

  it('lets the Haaglanden demo key in from every loopback origin and without an origin', async () => {
    for (const origin of [
      'http://localhost:8000',
      'http://127.0.0.1:5173',
      'http://[::1]:3000',
      'https://localhost',
    ]) {
      const response = await call(target(), '/v1/catalog', { headers: { Origin: origin } });
      assert.equal(response.status, 200, origin);
    }
  });

  it('answers 403 origin-not-allowed from an origin the key does not allow', async () => {
    const response = await call(target(), '/v1/catalog', {
      headers: { Origin: 'https://evil.example.com' },
    });
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
    assert.equal(await problemName(response), 'origin-not-allowed');
  });

  it('answers 403 for a POST from a foreign origin and books nothing', async () => {
    const response = await call(target(), '/v1/callback-requests', {
      body: { location: 'jongerenpunt070', name: 'Jongere', phone: '06 00000000' },
      headers: { Origin: 'https://evil.example.com' },
    });
    assert.equal(response.status, 403);
    assert.equal(await problemName(response), 'origin-not-allowed');
  });

  it('binds the second demo key to its own origin only', async () => {
    const fromLocalhost = await call(target(), '/v1/catalog', {
      key: demoBoundPartnerKey,
      headers: { Origin: 'http://localhost:8000' },
    });
    assert.equal(fromLocalhost.status, 403);
    const fromItsOrigin = await call(target(), '/v1/catalog', {
      key: demoBoundPartnerKey,
      headers: { Origin: demoOtherOrigin },
    });
    assert.equal(fromItsOrigin.status, 200);
  });

  it('answers 404 not-found for another region', async () => {
    const response = await call(target(), '/v1/catalog?region=leiden');
    assert.equal(response.status, 404);
    assert.equal(await problemName(response), 'not-found');
  });

  it('answers 404 not-found as a problem for unknown paths and methods under /v1/', async () => {
    for (const [path, method] of [
      ['/v1/nothing-here', 'GET'],
      ['/v1/appointments', 'GET'],
      ['/v1/catalog', 'DELETE'],
    ] as const) {
      const response = await call(target(), path, { method });
      assert.equal(response.status, 404, `${method} ${path}`);
      assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
      assert.equal(await problemName(response), 'not-found');
    }
  });
};

const origin = 'http://localhost:8000';

function assertCors(response: Response, from = origin) {
  assert.equal(response.headers.get('Access-Control-Allow-Origin'), from, String(response.status));
  const exposed = response.headers.get('Access-Control-Expose-Headers') ?? '';
  assert.match(exposed, /Retry-After/);
  assert.match(exposed, /Location/);
}

export const cors: Suite = (target) => {
  it('answers a preflight without a key, from any origin, allowing the API’s headers', async () => {
    for (const from of [origin, 'https://not-registered.example.com']) {
      for (const path of ['/v1/appointments', '/v1/referrals/r1', '/v1/catalog']) {
        const response = await call(target(), path, {
          method: 'OPTIONS',
          key: null,
          headers: {
            Origin: from,
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
          },
        });
        assert.equal(response.status, 204, path);
        assert.equal(response.headers.get('Access-Control-Allow-Origin'), from);
        const allowed = response.headers.get('Access-Control-Allow-Headers')?.toLowerCase() ?? '';
        for (const header of ['authorization', 'content-type', 'idempotency-key', 'vangnet-token'])
          assert.ok(allowed.includes(header), header);
        assert.match(response.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
        assert.match(response.headers.get('Access-Control-Allow-Methods') ?? '', /GET/);
      }
    }
  });

  it('sends Access-Control-Allow-Origin and exposes Retry-After and Location on 200, 201, 401, 403, 404, 409, 422', async () => {
    const slots = (await (
      await call(target(), '/v1/slots?location=laak&from=2026-03-05&to=2026-03-05')
    ).json()) as { items: { id: string }[] };
    const booking = {
      slotId: slots.items[0]!.id,
      topic: 'terug-naar-school',
      dateOfBirth: '2006-01-15',
      contact: { name: 'Sam', email: 'sam@example.org', preferred: 'email' },
    };
    const headers = { Origin: origin };
    const cases = [
      await call(target(), '/v1/catalog', { headers }),
      await call(target(), '/v1/appointments', { body: booking, headers }),
      await call(target(), '/v1/catalog', { key: null, headers }),
      await call(target(), '/v1/organisations/nobody', { headers }),
      await call(target(), '/v1/appointments', { body: booking, headers }),
      await call(target(), '/v1/referrals', { body: {}, headers }),
    ];
    assert.deepEqual(
      cases.map((response) => response.status),
      [200, 201, 401, 404, 409, 422],
    );
    for (const response of cases) assertCors(response);
    const forbidden = await call(target(), '/v1/catalog', {
      headers: { Origin: 'https://evil.example.com' },
    });
    assert.equal(forbidden.status, 403);
    assertCors(forbidden, 'https://evil.example.com');
    assert.match(cases[1]?.headers.get('Location') ?? '', /\/v1\/appointments\/VN-A-/);
  });

  it('sends CORS headers on 400 problems too', async () => {
    const headers = { Origin: origin };
    const missing = await call(target(), '/v1/referrals', {
      body: {},
      headers,
      idempotencyKey: null,
    });
    assert.equal(missing.status, 400);
    assertCors(missing);
    const malformed = await call(target(), '/v1/referrals', { body: '{', headers });
    assert.equal(malformed.status, 400);
    assertCors(malformed);
  });

  it('sends no CORS headers to a request without an Origin', async () => {
    const response = await call(target(), '/v1/catalog');
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
  });
};
