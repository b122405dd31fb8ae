// The server on embedded PGlite, in-process: one instance for the file (PGlite takes seconds to
// start). A failed migration first, then a server on the same database with a low write limit.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createLogger,
  createVangnetServer,
  migrate,
  openPGlite,
  readConfig,
  readMigrations,
  type Database,
  type VangnetServer,
} from '@vangnet/server';
import { call, problemName } from '../conformance/support/calls.ts';
import type { ApiTarget } from '../conformance/support/targets.ts';

describe('the server on PGlite', () => {
  let db: Database;
  let server: VangnetServer | undefined;
  before(async () => (db = await openPGlite('memory://')));
  after(async () => (server ? server.close() : db?.close()));

  it('a migration that fails leaves nothing of itself behind; the earlier ones stay applied', async () => {
    const broken = { name: '9999_broken', sql: 'create table x(); select 1/0;' };
    await assert.rejects(migrate(db, [...readMigrations(), broken]), /division by zero/);
    const { rows } = await db.query<{ name: string }>(
      'select name from schema_migrations order by name',
    );
    assert.deepEqual(
      rows.map((row) => row.name),
      readMigrations().map((migration) => migration.name),
    );
    const x = await db.query<{ x: string | null }>("select to_regclass('public.x')::text as x");
    assert.equal(x.rows[0]?.x, null);
    const referrals = await db.query<{ r: string | null }>(
      "select to_regclass('public.referrals')::text as r",
    );
    assert.equal(referrals.rows[0]?.r, 'referrals');
  });

  it('answers 429 rate-limited with Retry-After once the write limit is exceeded', async () => {
    server = await createVangnetServer({
      config: readConfig({ VANGNET_RATE_LIMIT_WRITES: '3', VANGNET_RATE_LIMIT_TOKENS: '0' }),
      db,
      clock: { now: () => new Date('2026-03-02T09:00:30+01:00') },
      log: createLogger('silent'),
    });
    const app = server.app;
    const target = {
      fetch: async (input: string, init?: RequestInit) => app.fetch(new Request(input, init)),
    } as ApiTarget;
    const body = { location: 'jongerenpunt070', name: 'Jongere', phone: '06 00000000' };
    for (let index = 0; index < 3; index++)
      assert.equal((await call(target, '/v1/callback-requests', { body })).status, 201);
    const limited = await call(target, '/v1/callback-requests', {
      body,
      headers: { Origin: 'http://localhost:8000' },
    });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('Retry-After'), '30', 'the rest of the minute');
    assert.equal(limited.headers.get('Access-Control-Allow-Origin'), 'http://localhost:8000');
    assert.match(limited.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
    assert.equal(await problemName(limited), 'rate-limited');
    assert.equal((await call(target, '/v1/catalog')).status, 200, 'reads are not writes');
  });
});
