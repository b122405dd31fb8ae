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
});
