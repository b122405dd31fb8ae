import assert from 'node:assert/strict';
import { it } from 'node:test';
import { AppointmentCreatedSchema } from '@vangnet/sdk';
import { appointment, call, freeSlot, problemName, referral } from './support/calls.ts';
import type { Suite } from './support/targets.ts';

const callback = { location: 'jongerenpunt070', name: 'Jongere', phone: '06 00000000' };

export const idempotency: Suite = (target) => {
  it('answers 400 idempotency-key-missing for every POST without one', async () => {
    for (const path of [
      '/v1/callback-requests',
      '/v1/referrals',
      '/v1/appointments',
      '/v1/appointments/VN-A-XXXXXX/cancel',
      '/v1/appointments/VN-A-XXXXXX/reschedule',
    ]) {
      for (const idempotencyKey of [null, '   ']) {
        const response = await call(target(), path, { body: {}, idempotencyKey });
        assert.equal(response.status, 400, path);
        assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
        assert.equal(await problemName(response), 'idempotency-key-missing', path);
      }
    }
  });

  it('answers 400 malformed-request for a body that is not JSON', async () => {
    for (const body of ['{"service":', 'not json', '{"a":1}}']) {
      const response = await call(target(), '/v1/referrals', { body });
      assert.equal(response.status, 400, body);
      assert.equal(await problemName(response), 'malformed-request');
    }
  });

  it('answers 400 malformed-request for JSON nested too deeply, never a 500', async () => {
    for (const body of [
      '['.repeat(100_000) + ']'.repeat(100_000),
      `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
    ]) {
      const response = await call(target(), '/v1/referrals', { body });
      assert.equal(response.status, 400, body.slice(0, 10));
      assert.equal(await problemName(response), 'malformed-request');
    }
  });

  it('replays the first result, status, body and Location, for 20 repeats: one booking, one confirmation', async () => {
    const body = appointment(await freeSlot(target()));
    const responses: Response[] = [];
    for (let attempt = 0; attempt < 20; attempt++) {
      responses.push(await call(target(), '/v1/appointments', { body, idempotencyKey: 'one' }));
    }
    const texts = await Promise.all(responses.map((response) => response.text()));
    assert.ok(responses.every((response) => response.status === 201));
    assert.equal(new Set(texts).size, 1);
    const location = responses[0]?.headers.get('Location');
    assert.ok(location);
    assert.ok(responses.every((response) => response.headers.get('Location') === location));
    assert.equal((await target().outbox()).length, 1);
  });

  it('replays a referral: the same id, reference and token', async () => {
    const body = referral('2008-05-01');
    const first = await call(target(), '/v1/referrals', { body, idempotencyKey: 'r' });
    const again = await call(target(), '/v1/referrals', { body, idempotencyKey: 'r' });
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(await again.text(), await first.text());
  });

  it('keeps one record when repeats race: each answer is 409 idempotency-in-progress or the first answer', async () => {
    const body = appointment(await freeSlot(target()));
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        call(target(), '/v1/appointments', { body, idempotencyKey: 'raced' }),
      ),
    );
    const created = responses.filter((response) => response.status === 201);
    assert.ok(created.length >= 1);
    const texts = new Set(await Promise.all(created.map((response) => response.text())));
    assert.equal(texts.size, 1, 'every 201 is the same booking');
    for (const response of responses.filter((r) => r.status !== 201)) {
      assert.equal(response.status, 409);
      assert.equal(await problemName(response), 'idempotency-in-progress');
    }
    assert.equal((await target().outbox()).length, 1, 'one booking');
    const replay = await call(target(), '/v1/appointments', { body, idempotencyKey: 'raced' });
    assert.equal(await replay.text(), [...texts][0]);
  });

  it('treats the same body with its keys reordered as the same request', async () => {
    const first = await call(target(), '/v1/callback-requests', {
      body: callback,
      idempotencyKey: 'k',
    });
    assert.equal(first.status, 201);
    const reordered = { phone: '06 00000000', name: 'Jongere', location: 'jongerenpunt070' };
    const again = await call(target(), '/v1/callback-requests', {
      body: reordered,
      idempotencyKey: 'k',
    });
    assert.equal(again.status, 201);
    assert.equal(await again.text(), await first.text());
  });

  it('answers 422 idempotency-mismatch for the same key with another body or on another path', async () => {
    assert.equal(
      (await call(target(), '/v1/callback-requests', { body: callback, idempotencyKey: 'm' }))
        .status,
      201,
    );
    const other = await call(target(), '/v1/callback-requests', {
      body: { ...callback, name: 'Ander' },
      idempotencyKey: 'm',
    });
    assert.equal(other.status, 422);
    assert.equal(await problemName(other), 'idempotency-mismatch');
    const elsewhere = await call(target(), '/v1/referrals', {
      body: referral('2008-05-01'),
      idempotencyKey: 'm',
    });
    assert.equal(elsewhere.status, 422);
    assert.equal(await problemName(elsewhere), 'idempotency-mismatch');
  });

  it('keeps keys per partner key: another partner may use the same Idempotency-Key', async () => {
    const booking = appointment(await freeSlot(target()));
    const mine = await call(target(), '/v1/appointments', {
      body: booking,
      idempotencyKey: 'shared',
    });
    assert.equal(mine.status, 201);
    const theirs = await call(target(), '/v1/appointments', {
      body: booking,
      idempotencyKey: 'shared',
      key: 'pk_demo_gemeente_voorbeeld',
      headers: { Origin: 'https://gemeente.example.nl' },
    });
    assert.equal(theirs.status, 409, 'a new request: the slot is taken');
    assert.equal(await problemName(theirs), 'slot-taken');
  });

  it('frees the key after a failure, so the corrected request may reuse it', async () => {
    const broken = { ...callback, phone: 'geen nummer' };
    assert.equal(
      (await call(target(), '/v1/callback-requests', { body: broken, idempotencyKey: 'fix' }))
        .status,
      422,
    );
    assert.equal(
      (await call(target(), '/v1/callback-requests', { body: callback, idempotencyKey: 'fix' }))
        .status,
      201,
    );
  });

  it('frees the key after a 409 slot-taken, so the same key may book another slot', async () => {
    const slotId = await freeSlot(target());
    await call(target(), '/v1/appointments', { body: appointment(slotId) });
    const taken = await call(target(), '/v1/appointments', {
      body: appointment(slotId),
      idempotencyKey: 'retry',
    });
    assert.equal(taken.status, 409);
    const other = await freeSlot(target());
    const booked = await call(target(), '/v1/appointments', {
      body: appointment(other),
      idempotencyKey: 'retry',
    });
    assert.equal(booked.status, 201, 'a failure keeps no record, so no mismatch either');
  });

  it('replays a cancel: the second cancel with the same key is the first answer', async () => {
    const created = AppointmentCreatedSchema.parse(
      await (
        await call(target(), '/v1/appointments', { body: appointment(await freeSlot(target())) })
      ).json(),
    );
    const options = {
      body: {},
      idempotencyKey: 'cancel-once',
      headers: { 'Vangnet-Token': created.token },
    };
    const path = `/v1/appointments/${created.reference}/cancel`;
    const first = await call(target(), path, options);
    const again = await call(target(), path, options);
    assert.equal(first.status, 200);
    assert.equal(again.status, 200);
    assert.equal(await again.text(), await first.text());
    assert.equal(
      (await target().outbox()).filter((message) => message.kind === 'appointment-cancelled')
        .length,
      1,
    );
  });
};
