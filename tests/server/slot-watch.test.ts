// What an instance keeps of the booked slots (decision 0294): two instances on one PostgreSQL
// database, in-process. A change on one is out of the other's next answers once its notification
// is heard, and out of its own at once; SQL by hand through `exec` is heard before it resolves;
// while the listening connection is lost every request reads, and it listens again by itself.
import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { openPostgres, type Database } from '@vangnet/server';
import { createTestDatabase, type TestDatabase } from '../conformance/support/test-database.ts';
import { describeOnPostgres } from './support.ts';
import { book, messageServer, resetData, type MessageServer } from './support/message-harness.ts';

const start = '2026-03-02T09:00:00+01:00';
const month = '/v1/slots?location=laak&from=2026-03-03&to=2026-03-31';

/** `db` with its reads of a location's booked slots counted. */
function countingReads(db: Database): { db: Database; reads: () => number } {
  let reads = 0;
  return {
    db: {
      ...db,
      query(text, params) {
        if (text.includes('as taken')) reads++;
        return db.query(text, params);
      },
    },
    reads: () => reads,
  };
}

async function freeIds(target: MessageServer): Promise<string[]> {
  const response = await target.call(month);
  assert.equal(response.status, 200);
  return ((await response.json()) as { items: { id: string }[] }).items.map((slot) => slot.id);
}

/** Milliseconds until `check` holds, polling; fails after `withinMs`. */
async function msUntil(check: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = performance.now();
  while (!(await check())) {
    if (performance.now() - started > withinMs) assert.fail(`not within ${withinMs} ms`);
    await sleep(2);
  }
  return performance.now() - started;
}

describeOnPostgres('booked slots kept by an instance', (adminUrl) => {
  let database: TestDatabase;
  let one: MessageServer;
  let other: MessageServer;
  let otherReads: () => number;
  before(async () => {
    database = await createTestDatabase(adminUrl);
    one = await messageServer(await openPostgres({ url: database.url }), start);
    const counted = countingReads(await openPostgres({ url: database.url }));
    otherReads = counted.reads;
    other = await messageServer(counted.db, start);
  });
  beforeEach(async () => {
    await resetData(one.server.db);
    // The other instance hears the emptied tables a moment later.
    await msUntil(async () => (await freeIds(other)).length === (await freeIds(one)).length, 1000);
  });
  after(async () => {
    await one?.server.close();
    await other?.server.close();
    await database?.drop();
  });

  it('reads a month once while nothing changes', async () => {
    const first = await freeIds(other);
    const reads = otherReads();
    assert.deepEqual(await freeIds(other), first);
    assert.deepEqual(await freeIds(other), first);
    assert.equal(otherReads(), reads, 'no read of the database for the same month again');
  });

  it('a booking is out of its own instance at once, and out of the other once heard', async (t) => {
    const free = await freeIds(one);
    assert.deepEqual(await freeIds(other), free);
    const booked = await book(one, '2026-03-03', { slotId: free[0]! });
    assert.deepEqual(await freeIds(one), free.slice(1), 'the booking instance, at once');
    const heardMs = await msUntil(async () => !(await freeIds(other)).includes(free[0]!), 1000);
    t.diagnostic(`the other instance heard the booking after ${heardMs.toFixed(1)} ms`);
    assert.deepEqual(await freeIds(other), free.slice(1));

    const cancelled = await other.call(`/v1/appointments/${booked.reference}/cancel`, {
      body: {},
      headers: { 'Vangnet-Token': booked.token },
    });
    assert.equal(cancelled.status, 200, await cancelled.clone().text());
    assert.deepEqual(await freeIds(other), free, 'the cancelling instance, at once');
    await msUntil(async () => (await freeIds(one)).includes(free[0]!), 1000);
    assert.deepEqual(await freeIds(one), free);
  });

  it('SQL by hand through exec is heard before exec resolves', async () => {
    const free = await freeIds(one);
    await book(one, '2026-03-03', { slotId: free[0]! });
    assert.deepEqual(await freeIds(one), free.slice(1));
    await one.server.db.exec('delete from outbox; delete from appointments;');
    assert.deepEqual(await freeIds(one), free);
  });

  it('reads every time while its listening connection is lost, then listens again', async () => {
    const free = await freeIds(other);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
         where datname = current_database() and application_name = 'vangnet-listener'`,
      );
      assert.equal(rowCount, 2, 'both instances listened');
    } finally {
      await admin.end();
    }
    // Once it noticed, nothing is kept: each answer reads, and a booking shows at once.
    await msUntil(async () => {
      const reads = otherReads();
      await freeIds(other);
      return otherReads() === reads + 1;
    }, 1000);
    await book(one, '2026-03-03', { slotId: free[0]! });
    assert.deepEqual(await freeIds(other), free.slice(1));
    // Listening again (after a pause of a quarter of a second), it keeps a month once more.
    await msUntil(async () => {
      const reads = otherReads();
      await freeIds(other);
      await freeIds(other);
      return otherReads() === reads + 1 || otherReads() === reads;
    }, 3000);
    const reads = otherReads();
    await freeIds(other);
    assert.equal(otherReads(), reads);
    // And it hears changes again.
    await book(one, '2026-03-03', { slotId: free[1]! });
    await msUntil(async () => !(await freeIds(other)).includes(free[1]!), 1000);
  });
});
