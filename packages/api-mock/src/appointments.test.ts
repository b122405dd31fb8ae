import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppointmentCreatedSchema, SlotListSchema, type AppointmentInput } from '@vangnet/sdk';
import type { MockApi } from '@vangnet/api-mock';
import { call, problemName, testMock } from './test-support.ts';

async function freeSlots(
  mock: MockApi,
  location = 'jongerenpunt070',
  from = '2026-03-02',
  to = '2026-03-13',
) {
  const response = await call(mock, `/v1/slots?location=${location}&from=${from}&to=${to}`);
  return SlotListSchema.parse(await response.json()).items;
}

function booking(slotId: string, overrides: Partial<AppointmentInput> = {}): AppointmentInput {
  return {
    slotId,
    topic: 'terug-naar-school',
    dateOfBirth: '2005-06-15',
    contact: { name: 'Jongere Voorbeeld', email: 'jongere@example.org', preferred: 'email' },
    ...overrides,
  };
}

async function book(mock: MockApi, input: AppointmentInput) {
  const response = await call(mock, '/v1/appointments', { body: input });
  assert.equal(response.status, 201);
  return AppointmentCreatedSchema.parse(await response.json());
}

describe('appointments', () => {
  it('books a free slot: 201 with reference, slot, location, token, and a confirmation with the manage link', async () => {
    const mock = testMock();
    const [slot] = await freeSlots(mock);
    assert.ok(slot);
    const created = await book(mock, booking(slot.id));
    assert.equal(created.slot.id, slot.id);
    assert.equal(created.location.id, 'jongerenpunt070');
    assert.equal(mock.outbox.length, 1);
    const message = mock.outbox[0];
    assert.equal(message?.channel, 'email');
    assert.equal(message?.to, 'jongere@example.org');
    assert.ok(message?.manageLink?.endsWith(`#beheer=${created.reference}.${created.token}`));
    assert.ok(message?.text.includes(created.reference));
    assert.ok(!(await freeSlots(mock)).some((free) => free.id === slot.id), 'no longer free');
  });

  it('books one slot at most once: 50 racing requests give one 201 and 49 409 slot-taken', async () => {
    const mock = testMock();
    const [slot] = await freeSlots(mock);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => call(mock, '/v1/appointments', { body: booking(slot!.id) })),
    );
    const statuses = responses.map((response) => response.status);
    assert.equal(statuses.filter((status) => status === 201).length, 1);
    assert.equal(statuses.filter((status) => status === 409).length, 49);
    const names = await Promise.all(responses.filter((r) => r.status === 409).map(problemName));
    assert.ok(names.every((name) => name === 'slot-taken'));
    assert.equal(mock.store.appointments.length, 1);
  });
});

describe('callback requests', () => {
  it('stores a call-back request for a location that calls back', async () => {
    const mock = testMock();
    const body = {
      location: 'jongerenpunt070',
      name: 'Jongere',
      phone: '06 00000000',
      preferredTimes: 'na 15:00',
    };
    const response = await call(mock, '/v1/callback-requests', { body });
    assert.equal(response.status, 201);
    assert.match(((await response.json()) as { reference: string }).reference, /^VN-C-/);
    assert.equal(mock.store.callbackRequests.length, 1);
    const laak = await call(mock, '/v1/callback-requests', { body: { ...body, location: 'laak' } });
    assert.equal(laak.status, 422);
  });
});
