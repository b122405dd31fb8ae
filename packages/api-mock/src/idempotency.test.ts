import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SlotListSchema } from '@vangnet/sdk';
import type { MockApi } from '@vangnet/api-mock';
import { call, problemName, testMock } from './test-support.ts';

async function firstFreeSlot(mock: MockApi, index = 0): Promise<string> {
  const response = await call(
    mock,
    '/v1/slots?location=jongerenpunt070&from=2026-03-02&to=2026-03-06',
  );
  return SlotListSchema.parse(await response.json()).items[index]!.id;
}

async function bookingOfFirstFreeSlot(mock: MockApi) {
  const contact = { name: 'Jongere', email: 'jongere@example.org', preferred: 'email' };
  return {
    slotId: await firstFreeSlot(mock),
    topic: 'opleiding-kiezen',
    dateOfBirth: '2004-01-01',
    contact,
  };
}

describe('Idempotency-Key', () => {
  it('answers 400 idempotency-key-missing for a POST without one', async () => {
    const mock = testMock();
    const response = await call(mock, '/v1/callback-requests', { body: {}, idempotencyKey: null });
    assert.equal(response.status, 400);
    assert.equal(await problemName(response), 'idempotency-key-missing');
  });

  it('replays the first result, status included, for 20 repeats: one record, one confirmation', async () => {
    const mock = testMock();
    const body = await bookingOfFirstFreeSlot(mock);
    const responses: Response[] = [];
    for (let attempt = 0; attempt < 20; attempt++) {
      responses.push(await call(mock, '/v1/appointments', { body, idempotencyKey: 'one-key' }));
    }
    const texts = await Promise.all(responses.map((response) => response.text()));
    assert.ok(responses.every((response) => response.status === 201));
    assert.equal(new Set(texts).size, 1);
    assert.ok(
      responses.every(
        (response) => response.headers.get('Location') === responses[0]?.headers.get('Location'),
      ),
    );
    assert.equal(mock.store.appointments.length, 1);
    assert.equal(mock.outbox.length, 1);
  });

  it('keeps one record when the repeats race', async () => {
    const mock = testMock();
    const body = await bookingOfFirstFreeSlot(mock);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        call(mock, '/v1/appointments', { body, idempotencyKey: 'raced' }),
      ),
    );
    assert.ok(responses.every((response) => response.status === 201 || response.status === 409));
    assert.equal(mock.store.appointments.length, 1);
  });

  it('answers 422 idempotency-mismatch for the same key with another body', async () => {
    const mock = testMock();
    const body = { location: 'jongerenpunt070', name: 'Jongere', phone: '06 00000000' };
    assert.equal(
      (await call(mock, '/v1/callback-requests', { body, idempotencyKey: 'k' })).status,
      201,
    );
    const reordered = { phone: '06 00000000', name: 'Jongere', location: 'jongerenpunt070' };
    assert.equal(
      (await call(mock, '/v1/callback-requests', { body: reordered, idempotencyKey: 'k' })).status,
      201,
    );
    const other = await call(mock, '/v1/callback-requests', {
      body: { ...body, name: 'Ander' },
      idempotencyKey: 'k',
    });
    assert.equal(other.status, 422);
    assert.equal(await problemName(other), 'idempotency-mismatch');
    assert.equal(mock.store.callbackRequests.length, 1);
  });

  it('answers 409 idempotency-in-progress while the first request with the key runs', async () => {
    const mock = testMock();
    mock.scenarios.latency(100);
    const body = { location: 'jongerenpunt070', name: 'Jongere', phone: '06 00000000' };
    const first = call(mock, '/v1/callback-requests', { body, idempotencyKey: 'slow' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await call(mock, '/v1/callback-requests', { body, idempotencyKey: 'slow' });
    assert.equal(second.status, 409);
    assert.equal(await problemName(second), 'idempotency-in-progress');
    assert.equal((await first).status, 201);
  });

  it('frees the key after a failure, so the corrected request may reuse it', async () => {
    const mock = testMock();
    const body = { location: 'jongerenpunt070', name: 'Jongere', phone: 'geen nummer' };
    assert.equal(
      (await call(mock, '/v1/callback-requests', { body, idempotencyKey: 'fix' })).status,
      422,
    );
    const fixed = { ...body, phone: '06 00000000' };
    assert.equal(
      (await call(mock, '/v1/callback-requests', { body: fixed, idempotencyKey: 'fix' })).status,
      201,
    );
  });

  it('answers 400 malformed-request for a body that is not JSON', async () => {
    const mock = testMock();
    const response = await call(mock, '/v1/referrals', { body: '{"service":' });
    assert.equal(response.status, 400);
    assert.equal(await problemName(response), 'malformed-request');
  });
});
