// The server under faults, counted: the process killed mid-traffic, the database taken away and
// brought back, a database too slow to answer, and 10,000 malformed requests. Each category prints
// how many requests it tried and answered, and how many were lost, made twice or answered with a
// 5xx other than 503 — all three must be 0.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import pg from 'pg';
import {
  createLogger,
  createVangnetServer,
  loadDemoRegion,
  migrate,
  openPostgres,
  readConfig,
  type VangnetServer,
} from '@vangnet/server';
import {
  bookingOf,
  describeOnPostgres,
  request,
  tcpProxy,
  upcomingSlots,
  withPort,
  type Proxy,
} from '../server/support.ts';
import { serverFixture } from '../server/support/server-fixture.ts';
import {
  FaultCount,
  inParallel,
  mixedWrites,
  pause,
  readsBack,
  recordOf,
  referralFor,
  rowsPerWrite,
  send,
  type Answer,
  type Write,
} from './support/server-faults.ts';
import { malformedCategory } from './support/malformed-requests.ts';

const noLimits = { VANGNET_RATE_LIMIT_WRITES: '0', VANGNET_RATE_LIMIT_TOKENS: '0' };

/** A query on `url` through a connection of its own. */
async function queryOn(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    query: <Row>(text: string) =>
      client.query(text).then((result) => ({ rows: result.rows as Row[] })),
    end: () => client.end(),
  };
}

/**
 * Checks the end state of `writes` after their retries: every one made exactly one record, and
 * every 201 reads back with its token. `first` holds the answers of the first attempts.
 */
async function checkNothingLost(
  count: FaultCount,
  base: string,
  url: string,
  writes: readonly Write[],
  final: readonly (Answer | undefined)[],
) {
  await inParallel(writes, 8, async (write, index) => {
    const answer = final[index];
    if (answer?.status !== 201) {
      count.lost++;
      count.problem(`${write.key}: ${answer?.status ?? 'no answer'} on retry`);
      return;
    }
    const readable = await readsBack(base, write, answer);
    count.answer(`read ${write.key}`, { status: readable ? 200 : 0 });
    if (!readable) {
      count.lost++;
      count.problem(`${write.key}: its 201 does not read back`);
    }
  });
  const db = await queryOn(url);
  try {
    const rows = await rowsPerWrite(db.query, writes);
    for (const write of writes) {
      const n = rows.get(write.key) ?? 0;
      if (n > 1) {
        count.duplicated += n - 1;
        count.problem(`${write.key}: ${n} records`);
      }
      if (n === 0) {
        count.lost++;
        count.problem(`${write.key}: no record`);
      }
    }
  } finally {
    await db.end();
  }
}

/** Retries `write` with its key: the first answer again when there was a 201, else a new 201. */
async function retry(
  count: FaultCount,
  base: string,
  write: Write,
  first: Answer | undefined,
): Promise<Answer | undefined> {
  const again = await send(base, write);
  count.answer(`retry ${write.key}`, again);
  if (first?.status === 201 && again) {
    if (again.status !== 201 || recordOf(again) !== recordOf(first)) {
      count.duplicated++;
      count.problem(`${write.key}: retry answered ${again.status}, not the first 201`);
    } else if (again.text !== first.text) {
      count.problem(`${write.key}: retry's answer differs from the first`);
    }
  }
  return again;
}

describeOnPostgres('the server faults', (adminUrl) => {
  describe('the process killed with SIGKILL during 1,000 bookings and referrals', () => {
    const fixture = serverFixture({ adminUrl, env: noLimits });
    const start = () => fixture.start();

    it('loses no 201, replays the first answers, and makes every unanswered write exactly once on retry', async () => {
      const count = new FaultCount();
      const first = await start();
      const slots = (await upcomingSlots(first.url)).slice(0, 500);
      assert.equal(slots.length, 500, `${slots.length} free slots`);
      const writes = mixedWrites('kill', slots);
      const answers: (Answer | undefined)[] = [];
      let answered = 0;
      let killed: Promise<void> | undefined;
      await inParallel(writes, 12, async (write, index) => {
        const answer = await send(first.url, write);
        answers[index] = answer;
        count.answer(write.key, answer);
        if (answer && ++answered === 400) killed = first.kill('SIGKILL');
      });
      await killed;
      const beforeKill = answered;
      assert.ok(beforeKill < writes.length, 'the kill came mid-traffic');
      for (const [index, answer] of answers.entries()) {
        if (answer && answer.status !== 201)
          count.problem(`${writes[index]?.key}: ${answer.status} before the kill`);
      }

      const second = await start();
      const final: (Answer | undefined)[] = [];
      await inParallel(writes, 12, async (write, index) => {
        final[index] = await retry(count, second.url, write, answers[index]);
      });
      await checkNothingLost(count, second.url, fixture.database.url, writes, final);
      count.report(
        'server killed',
        ` (${beforeKill} writes before the kill, ${writes.length - beforeKill} unanswered then retried)`,
      );
    });
  });

  describe('the database taken away and brought back during traffic', () => {
    const fixture = serverFixture({ adminUrl });
    let proxy: Proxy;
    let server: VangnetServer;
    let base: string;
    before(async () => {
      const admin = new URL(adminUrl);
      proxy = await tcpProxy(Number(admin.port || 5432), admin.hostname);
      fixture.cleanup(async () => {
        await proxy.open().catch(() => undefined);
        await server?.close();
        await proxy.close();
      });
      server = await createVangnetServer({
        config: readConfig({
          DATABASE_URL: withPort(fixture.database.url, proxy.port),
          PORT: '0',
          VANGNET_DB_POOL_SIZE: '6',
          ...noLimits,
        }),
        log: createLogger('silent'),
      });
      base = await server.listen();
    });

    it('answers 2xx or 503 with Retry-After, never 500, is not ready while away, and recovers without a restart', async () => {
      const count = new FaultCount();
      const slots = (await upcomingSlots(base)).slice(0, 300);
      const writes = mixedWrites('away', slots);
      const answers: (Answer | undefined)[] = [];
      let phase: 'up' | 'away' | 'back' = 'up';
      let createdWhileBack = 0;
      let next = 0;
      let stop = false;
      const reads = ['/v1/catalog', '/v1/organisations?q=school', '/v1/locations'];
      const worker = async () => {
        while (!stop && next < writes.length) {
          const index = next++;
          const write = writes[index] as Write;
          const answer = await send(base, write);
          answers[index] = answer;
          count.answer(write.key, answer);
          if (answer?.status === 201 && phase === 'back') createdWhileBack++;
          if (answer && answer.status !== 201) {
            if (answer.status !== 503 || !(Number(answer.retryAfter) >= 1))
              count.problem(
                `${write.key} (${phase}): ${answer.status} ${answer.text.slice(0, 80)}`,
              );
          }
          const read = await request(base, reads[index % reads.length] as string);
          await read.body?.cancel();
          count.answer(`read (${phase})`, read);
          if (read.status !== 200 && read.status !== 503) count.problem(`read: ${read.status}`);
          // Refused connections answer fast: without a pause the writes would run out while away.
          if (phase === 'away') await pause(100);
        }
      };
      const traffic = Promise.all(Array.from({ length: 6 }, worker));
      await pause(800);
      await proxy.close();
      phase = 'away';
      await pause(300);
      const notReady = await request(base, '/readyz');
      count.answer('/readyz while away', notReady);
      assert.equal(notReady.status, 503, '/readyz while the database is away');
      assert.ok(Number(notReady.headers.get('Retry-After')) >= 1);
      await pause(1200);
      await proxy.open();
      phase = 'back';
      const deadline = Date.now() + 20_000;
      while (createdWhileBack < 10 && Date.now() < deadline) await pause(100);
      stop = true;
      await traffic;
      assert.ok(
        createdWhileBack >= 10,
        `${createdWhileBack} writes made after the database came back`,
      );
      const ready = await request(base, '/readyz');
      count.answer('/readyz when back', ready);
      assert.equal(ready.status, 200);
      const unavailable = answers.filter((answer) => answer?.status === 503).length;
      assert.ok(unavailable > 0, 'some writes met the database away');

      const sent = writes.slice(0, answers.length);
      const final: (Answer | undefined)[] = [];
      await inParallel(sent, 6, async (write, index) => {
        const answer = answers[index];
        final[index] = answer?.status === 201 ? answer : await retry(count, base, write, answer);
      });
      await checkNothingLost(count, base, fixture.database.url, sent, final);
      count.report('database away', ` (${unavailable} answered 503, all made once on retry)`);
    });
  });

  describe('a slow database (a statement timeout of 300 ms, appointments locked)', () => {
    const fixture = serverFixture({ adminUrl });
    let server: VangnetServer;
    let base: string;
    before(async () => {
      fixture.cleanup(async () => void (await server?.close()));
      const database = fixture.database;
      // Migrations and the demo region first, without the short timeout a loaded machine may miss.
      const setup = await openPostgres({ url: database.url });
      await migrate(setup);
      await loadDemoRegion(setup);
      await setup.close();
      server = await createVangnetServer({
        config: readConfig({
          DATABASE_URL: database.url,
          PORT: '0',
          VANGNET_DB_POOL_SIZE: '4',
          VANGNET_DB_STATEMENT_TIMEOUT_MS: '300',
          ...noLimits,
        }),
        log: createLogger('silent'),
      });
      base = await server.listen();
    });

    it('answers bookings 503 unavailable, keeps the other endpoints answering, and books again once the lock is gone', async () => {
      const count = new FaultCount();
      const slots = (await upcomingSlots(base)).slice(0, 20);
      const writes = slots.map((slot, index): Write => ({
        kind: 'booking',
        key: `slow-${index}`,
        path: '/v1/appointments',
        body: bookingOf(slot, `Slow ${index}`),
        subject: slot.id,
      }));
      const locker = new pg.Client({ connectionString: fixture.database.url });
      await locker.connect();
      let locked: Answer[] = [];
      try {
        await locker.query('begin');
        await locker.query('lock table appointments in access exclusive mode');
        const others = [
          '/v1/catalog',
          '/v1/organisations?q=school',
          '/v1/locations',
          '/readyz',
        ].flatMap((path) => [path, path]);
        const [bookings] = await Promise.all([
          Promise.all(writes.map((write) => send(base, write))),
          Promise.all([
            ...others.map(async (path) => {
              const response = await request(base, path);
              await response.body?.cancel();
              count.answer(path, response);
              if (response.status !== 200)
                count.problem(`${path} while locked: ${response.status}`);
            }),
            (async () => {
              const referral = await request(base, '/v1/referrals', {
                body: referralFor('Slow'),
              });
              await referral.body?.cancel();
              count.answer('a referral while locked', referral);
              if (referral.status !== 201)
                count.problem(`a referral while locked: ${referral.status}`);
            })(),
          ]),
        ]);
        locked = bookings.map((answer, index) => {
          count.answer(`${writes[index]?.key} while locked`, answer);
          return answer ?? { status: 0, text: '', retryAfter: null };
        });
      } finally {
        await locker.query('commit').catch(() => undefined);
        await locker.end();
      }
      for (const [index, answer] of locked.entries()) {
        const name = (JSON.parse(answer.text || '{}') as { type?: string }).type?.split('/').pop();
        if (answer.status !== 503 || name !== 'unavailable' || !(Number(answer.retryAfter) >= 1))
          count.problem(`${writes[index]?.key} while locked: ${answer.status} ${name}`);
      }

      const ready = await request(base, '/readyz');
      count.answer('/readyz after the lock', ready);
      assert.equal(ready.status, 200);
      const burst = await Promise.all(
        Array.from({ length: 40 }, async (_, index) => {
          const path = index % 2 === 0 ? '/v1/catalog' : '/v1/locations';
          const response = await request(base, path);
          await response.body?.cancel();
          count.answer(path, response);
          return response.status;
        }),
      );
      assert.deepEqual(new Set(burst), new Set([200]), 'a burst of reads right after');
      const final: (Answer | undefined)[] = [];
      await inParallel(writes, 8, async (write, index) => {
        final[index] = await retry(count, base, write, locked[index]);
      });
      await checkNothingLost(count, base, fixture.database.url, writes, final);
      count.report(
        'slow database',
        ` (${locked.filter((answer) => answer.status === 503).length} bookings 503 while locked)`,
      );
    });
  });
});

describe('10,000 malformed requests (the server in-process on PGlite)', () => {
  it('answers no 5xx, every error problem+json with a type of the contract, and memory returns to its baseline', async () => {
    await malformedCategory(10_000);
  });
});
