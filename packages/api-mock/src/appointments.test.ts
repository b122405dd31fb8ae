import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AppointmentCreatedSchema,
  AppointmentSchema,
  SlotListSchema,
  type AppointmentInput,
} from '@vangnet/sdk';
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

  it('sends the confirmation by SMS to a mobile number, and refuses SMS to a landline', async () => {
    const mock = testMock();
    const [first, second] = await freeSlots(mock);
    const sms = { name: 'Jongere', phone: '06 00000000', preferred: 'sms' as const };
    await book(mock, booking(first!.id, { contact: sms }));
    assert.equal(mock.outbox[0]?.channel, 'sms');
    const landline = await call(mock, '/v1/appointments', {
      body: booking(second!.id, { contact: { ...sms, phone: '070 000 0000' } }),
    });
    assert.equal(landline.status, 422);
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

  it('checks the age on the day of the slot: 26 today but 27 on the slot day is 422 age-out-of-bounds', async () => {
    const mock = testMock();
    const slots = await freeSlots(mock, 'jongerenpunt070', '2026-03-02', '2026-03-20');
    const early = slots.find((slot) => slot.start < '2026-03-10');
    const late = slots.find((slot) => slot.start > '2026-03-11');
    // Born 10 March 1999: 26 until 9 March 2026, 27 from 10 March.
    const dateOfBirth = '1999-03-10';
    const refused = await call(mock, '/v1/appointments', {
      body: booking(late!.id, { dateOfBirth }),
    });
    assert.equal(refused.status, 422);
    assert.equal(await problemName(refused), 'age-out-of-bounds');
    assert.equal(
      (await call(mock, '/v1/appointments', { body: booking(early!.id, { dateOfBirth }) })).status,
      201,
    );
    const tooYoung = await call(mock, '/v1/appointments', {
      body: booking(late!.id, { dateOfBirth: '2008-12-31' }),
    });
    assert.equal(await problemName(tooYoung), 'age-out-of-bounds');
  });

  it('refuses a topic the location does not offer and an unknown slot', async () => {
    const mock = testMock();
    const [slot] = await freeSlots(mock, 'escamp');
    const topic = await call(mock, '/v1/appointments', {
      body: booking(slot!.id, { topic: 'geld-en-schulden' }),
    });
    assert.equal(topic.status, 422);
    const unknown = await call(mock, '/v1/appointments', {
      body: booking('jongerenpunt070-20260307-0900'),
    });
    assert.equal(unknown.status, 422, 'a Saturday has no slots');
  });

  it('shows, cancels and reschedules only with the manage token; cancel frees the slot', async () => {
    const mock = testMock();
    const [first, second] = await freeSlots(mock);
    const created = await book(mock, booking(first!.id));
    const path = `/v1/appointments/${created.reference}`;
    const token = { 'Vangnet-Token': created.token };
    assert.equal((await call(mock, path, { headers: { 'Vangnet-Token': 'nope' } })).status, 401);
    assert.equal((await call(mock, `${path}/cancel`, { body: {} })).status, 401);
    assert.equal(
      (await call(mock, '/v1/appointments/VN-A-XXXXXX', { headers: token })).status,
      404,
    );
    assert.equal(
      AppointmentSchema.parse(await (await call(mock, path, { headers: token })).json()).status,
      'booked',
    );

    const moved = await call(mock, `${path}/reschedule`, {
      body: { slotId: second!.id },
      headers: token,
    });
    assert.equal(AppointmentSchema.parse(await moved.json()).slot.id, second!.id);
    const freeAfterMove = (await freeSlots(mock)).map((slot) => slot.id);
    assert.ok(freeAfterMove.includes(first!.id) && !freeAfterMove.includes(second!.id));
    assert.equal(mock.outbox.at(-1)?.kind, 'appointment-rescheduled');

    const cancelled = await call(mock, `${path}/cancel`, { body: {}, headers: token });
    assert.equal(AppointmentSchema.parse(await cancelled.json()).status, 'cancelled');
    assert.ok((await freeSlots(mock)).some((slot) => slot.id === second!.id));
    assert.equal(mock.outbox.at(-1)?.kind, 'appointment-cancelled');
    await book(mock, booking(second!.id));
  });

  it('moves to a taken slot only with a 409 slot-taken', async () => {
    const mock = testMock();
    const [first, second] = await freeSlots(mock);
    const mine = await book(mock, booking(first!.id));
    await book(mock, booking(second!.id));
    const response = await call(mock, `/v1/appointments/${mine.reference}/reschedule`, {
      body: { slotId: second!.id },
      headers: { 'Vangnet-Token': mine.token },
    });
    assert.equal(response.status, 409);
    assert.equal(await problemName(response), 'slot-taken');
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
