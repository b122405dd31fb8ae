// The server as people run it, `node packages/server/src/main.ts`: killed mid-burst, two instances
// on one database, bad configuration, an unreachable database, and the embedded default.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bookingOf, describeOnPostgres, request, upcomingSlots } from './support.ts';
import { serverFixture } from './support/server-fixture.ts';

interface Answer {
  key: string;
  body: ReturnType<typeof bookingOf>;
  status: number;
  text: string;
}

describeOnPostgres('the server process', (adminUrl) => {
  const fixture = serverFixture({
    adminUrl,
    env: { VANGNET_RATE_LIMIT_WRITES: '0', VANGNET_RATE_LIMIT_TOKENS: '0' },
  });
  const start = () => fixture.start();

  it('killed with SIGKILL during a burst of bookings, loses none it answered 201 for', async () => {
    const first = await start();
    const slots = (await upcomingSlots(first.url)).slice(0, 200);
    assert.ok(slots.length >= 100, `${slots.length} free slots`);
    const answers: Answer[] = [];
    let killed: Promise<void> | undefined;
    await Promise.all(
      slots.map(async (slot, index) => {
        const key = `burst-${index}`;
        const body = bookingOf(slot, `Burst ${index}`);
        try {
          const response = await request(first.url, '/v1/appointments', {
            body,
            idempotencyKey: key,
          });
          const text = await response.text();
          answers.push({ key, body, status: response.status, text });
          if (answers.length === 40) killed = first.kill('SIGKILL');
        } catch {
          // The connection died with the process: no answer, so nothing was promised.
        }
      }),
    );
    await killed;
    const created = answers.filter((answer) => answer.status === 201);
    assert.ok(created.length >= 20, `${created.length} answered 201 before the kill`);
    assert.ok(answers.length < slots.length, 'the kill came mid-burst');

    const second = await start();
    for (const answer of created) {
      const booked = JSON.parse(answer.text) as { reference: string; token: string };
      const shown = await request(second.url, `/v1/appointments/${booked.reference}`, {
        headers: { 'Vangnet-Token': booked.token },
      });
      assert.equal(shown.status, 200, booked.reference);
      assert.equal(((await shown.json()) as { status: string }).status, 'booked');
      const replay = await request(second.url, '/v1/appointments', {
        body: answer.body,
        idempotencyKey: answer.key,
      });
      assert.equal(replay.status, 201);
      assert.equal(await replay.text(), answer.text, 'the first answer, byte for byte');
    }
  });

  it('two instances on one database never double-book, and each hears the other’s bookings', async () => {
    const [a, b] = [await start(), await start()];
    const slots = (await upcomingSlots(a.url)).slice(-20);
    assert.equal(slots.length, 20);
    // Both keep these answers now (decision 0294): what the other books must still leave them.
    await upcomingSlots(b.url);
    const attempts = slots.flatMap((slot) =>
      Array.from({ length: 6 }, (_, index) => ({ slot, base: index % 2 === 0 ? a.url : b.url })),
    );
    const results = await Promise.all(
      attempts.map(async ({ slot, base }) => ({
        slot: slot.id,
        status: (await request(base, '/v1/appointments', { body: bookingOf(slot) })).status,
      })),
    );
    for (const slot of slots) {
      const statuses = results.filter((result) => result.slot === slot.id).map((r) => r.status);
      assert.deepEqual(statuses.sort(), [201, 409, 409, 409, 409, 409], slot.id);
    }
    // Half of them were booked on the other instance: heard within a second, not on a later read.
    for (const base of [a.url, b.url]) {
      const started = Date.now();
      for (;;) {
        const remaining = new Set((await upcomingSlots(base)).map((slot) => slot.id));
        if (slots.every((slot) => !remaining.has(slot.id))) break;
        assert.ok(Date.now() - started < 1000, `${base} still offers a booked slot`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
  });
});

describe('bad input at start', () => {
  const fixture = serverFixture();
  for (const [name, env, setting] of [
    ['PORT=abc', { PORT: 'abc' }, 'PORT'],
    ['DATABASE_URL=mysql://x', { DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [
      'VANGNET_RATE_LIMIT_WRITES=-1',
      { VANGNET_RATE_LIMIT_WRITES: '-1' },
      'VANGNET_RATE_LIMIT_WRITES',
    ],
  ] as const) {
    it(`stops with one clear line on stderr and a non-zero exit for ${name}`, async () => {
      const result = await fixture.run([], env);
      assert.notEqual(result.status, 0);
      const lines = result.stderr.trim().split('\n');
      assert.equal(lines.length, 1, result.stderr);
      assert.match(lines[0] ?? '', new RegExp(`^Configuration: ${setting}: `));
      assert.equal(result.stdout, '');
    });
  }

  it('stops with a clear message and a non-zero exit when the database cannot be reached, without its password', async () => {
    const result = await fixture.run([], {
      DATABASE_URL: 'postgres://vangnet:s3cret-pw@127.0.0.1:1/vangnet',
    });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /^Cannot reach the database at DATABASE_URL: .*ECONNREFUSED/);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.ok(!result.stderr.includes('s3cret-pw'));
  });
});

describe('the embedded default (PGlite in VANGNET_DATA_DIR)', () => {
  const fixture = serverFixture();

  it('keeps a booking across a restart', async () => {
    const env = { VANGNET_DATA_DIR: fixture.tempDir('vangnet-data-') };
    const first = await fixture.start(env);
    let booked: { reference: string; token: string };
    try {
      const [slot] = await upcomingSlots(first.url);
      assert.ok(slot);
      const response = await request(first.url, '/v1/appointments', { body: bookingOf(slot) });
      assert.equal(response.status, 201);
      booked = (await response.json()) as { reference: string; token: string };
    } finally {
      await first.kill('SIGTERM');
    }
    const second = await fixture.start(env);
    try {
      const shown = await request(second.url, `/v1/appointments/${booked.reference}`, {
        headers: { 'Vangnet-Token': booked.token },
      });
      assert.equal(shown.status, 200);
      assert.equal(((await shown.json()) as { reference: string }).reference, booked.reference);
    } finally {
      await second.kill('SIGTERM');
    }
  });
});
