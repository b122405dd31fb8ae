// The server in-process on a real PostgreSQL: races decided by the database, rate limits shared by
// two instances, a failed migration, and the database going away and coming back.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import {
  createLogger,
  createVangnetServer,
  migrate,
  openPostgres,
  readConfig,
  readMigrations,
  type Database,
  type VangnetServer,
} from '@vangnet/server';
import {
  appointment,
  call,
  freeSlot,
  problemName,
  referral,
} from '../conformance/support/calls.ts';
import { createTestDatabase, type TestDatabase } from '../conformance/support/test-database.ts';
import type { ApiTarget } from '../conformance/support/targets.ts';
import { describeOnPostgres, tcpProxy, withPort } from './support.ts';

const testNow = '2026-03-02T09:00:00+01:00';

async function server(
  url: string,
  env: Record<string, string> = {},
  poolSize = 10,
  connectionTimeoutMs = 2000,
): Promise<{ server: VangnetServer; target: ApiTarget }> {
  const config = readConfig({
    VANGNET_RATE_LIMIT_WRITES: '0',
    VANGNET_RATE_LIMIT_TOKENS: '0',
    ...env,
  });
  const db = await openPostgres({ url, poolSize, connectionTimeoutMs });
  const started = await createVangnetServer({
    config,
    db,
    clock: { now: () => new Date(testNow) },
    log: createLogger('silent'),
  });
  const target = {
    name: 'server on PostgreSQL' as const,
    fetch: async (input: string, init?: RequestInit) => started.app.fetch(new Request(input, init)),
    setNow: () => undefined,
    outbox: async () => [],
    reset: async () => undefined,
    close: () => started.close(),
  };
  return { server: started, target };
}

describeOnPostgres('races', (adminUrl) => {
  let database: TestDatabase;
  let api: Awaited<ReturnType<typeof server>>;
  let db: Database;
  before(async () => {
    database = await createTestDatabase(adminUrl);
    // A loaded machine may keep 200 requests waiting for a connection for seconds: a wait is
    // not what this test is about, so no request gives up on one (503) here.
    api = await server(database.url, {}, 20, 60_000);
    db = api.server.db;
  });
  after(async () => {
    await api?.server.close();
    await database?.drop();
  });

  it('200 clients racing for one slot make exactly one booking: one 201, 199 409 slot-taken, one row', async () => {
    const slotId = await freeSlot(api.target, 'jongerenpunt070', '2026-03-03');
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        call(api.target, '/v1/appointments', {
          body: appointment(slotId, {
            contact: { name: `Client ${index}`, phone: '06 00000000', preferred: 'sms' },
          }),
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    assert.equal(statuses.filter((status) => status === 201).length, 1, String(statuses));
    assert.equal(statuses.filter((status) => status === 409).length, 199, String(statuses));
    const names = new Set(
      await Promise.all(responses.filter((r) => r.status === 409).map(problemName)),
    );
    assert.deepEqual([...names], ['slot-taken']);
    const { rows } = await db.query<{ n: number }>(
      'select count(*)::int as n from appointments where slot_id = $1',
      [slotId],
    );
    assert.equal(rows[0]?.n, 1);
  });

  it('50 concurrent requests with one Idempotency-Key make one referral: each answer the first or 409 in-progress', async () => {
    const body = referral('2008-05-01');
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        call(api.target, '/v1/referrals', { body, idempotencyKey: 'one-key-50' }),
      ),
    );
    const created = responses.filter((response) => response.status === 201);
    assert.ok(created.length >= 1);
    assert.equal(new Set(await Promise.all(created.map((r) => r.text()))).size, 1);
    for (const response of responses.filter((r) => r.status !== 201)) {
      assert.equal(response.status, 409);
      assert.equal(await problemName(response), 'idempotency-in-progress');
    }
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from referrals');
    assert.equal(rows[0]?.n, 1);
  });
});

describeOnPostgres('rate limits', (adminUrl) => {
  let database: TestDatabase;
  const servers: Awaited<ReturnType<typeof server>>[] = [];
  before(async () => {
    database = await createTestDatabase(adminUrl);
    for (let index = 0; index < 2; index++)
      servers.push(await server(database.url, { VANGNET_RATE_LIMIT_WRITES: '4' }));
  });
  after(async () => {
    for (const { server: started } of servers) await started.close();
    await database?.drop();
  });

  it('two instances on one database share the count: the fifth write on either is 429 with Retry-After', async () => {
    const [a, b] = servers.map((item) => item.target) as [ApiTarget, ApiTarget];
    const body = { location: 'jongerenpunt070', name: 'Jongere', phone: '06 00000000' };
    const statuses = [];
    for (const target of [a, b, a, b])
      statuses.push((await call(target, '/v1/callback-requests', { body })).status);
    assert.deepEqual(statuses, [201, 201, 201, 201]);
    const limited = await call(b, '/v1/callback-requests', {
      body,
      headers: { Origin: 'http://localhost:8000' },
    });
    assert.equal(limited.status, 429);
    const retryAfter = Number(limited.headers.get('Retry-After'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, String(retryAfter));
    assert.equal(limited.headers.get('Access-Control-Allow-Origin'), 'http://localhost:8000');
    assert.equal(await problemName(limited), 'rate-limited');
    assert.equal((await call(a, '/v1/callback-requests', { body })).status, 429);
    assert.equal((await call(a, '/v1/catalog')).status, 200, 'reads are not writes');
  });
});

describeOnPostgres('migrations', (adminUrl) => {
  let database: TestDatabase;
  before(async () => (database = await createTestDatabase(adminUrl)));
  after(() => database?.drop());

  it('a migration that fails leaves nothing of itself behind; the earlier ones stay applied', async () => {
    const db = await openPostgres({ url: database.url });
    try {
      const broken = { name: '9999_broken', sql: 'create table x(); select 1/0;' };
      await assert.rejects(migrate(db, [...readMigrations(), broken]), /division by zero/);
      const { rows } = await db.query<{ name: string }>(
        'select name from schema_migrations order by name',
      );
      assert.deepEqual(
        rows.map((row) => row.name),
        readMigrations().map((migration) => migration.name),
      );
      const x = await db.query("select to_regclass('public.x') as x");
      assert.equal(x.rows[0]?.['x'], null);
      assert.deepEqual(await migrate(db), [], 'nothing left to apply');
    } finally {
      await db.close();
    }
  });
});

describeOnPostgres('the database going away', (adminUrl) => {
  let database: TestDatabase;
  let proxy: Awaited<ReturnType<typeof tcpProxy>>;
  let api: Awaited<ReturnType<typeof server>>;
  before(async () => {
    database = await createTestDatabase(adminUrl);
    proxy = await tcpProxy(Number(new URL(adminUrl).port || 5432), new URL(adminUrl).hostname);
    api = await server(withPort(database.url, proxy.port));
  });
  after(async () => {
    await proxy?.open().catch(() => undefined);
    await api?.server.close();
    await proxy?.close();
    await database?.drop();
  });

  it('answers 503 unavailable with Retry-After while the database is away, and recovers without a restart', async () => {
    const body = { location: 'jongerenpunt070', name: 'Jongere', phone: '06 00000000' };
    assert.equal((await call(api.target, '/v1/callback-requests', { body })).status, 201);
    await proxy.close();
    for (const response of [
      await call(api.target, '/v1/callback-requests', {
        body,
        headers: { Origin: 'http://localhost:8000' },
      }),
      await call(api.target, '/v1/catalog'),
    ]) {
      assert.equal(response.status, 503);
      assert.equal(await problemName(response.clone()), 'unavailable');
      assert.ok(Number(response.headers.get('Retry-After')) >= 1);
    }
    const ready = await api.server.app.fetch(new Request('http://127.0.0.1/readyz'));
    assert.equal(ready.status, 503);
    await proxy.open();
    assert.equal((await call(api.target, '/v1/callback-requests', { body })).status, 201);
    assert.equal((await call(api.target, '/v1/catalog')).status, 200);
  });
});
