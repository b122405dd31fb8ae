import assert from 'node:assert/strict';
import { it } from 'node:test';
import { AppointmentCreatedSchema, AppointmentSchema, SlotListSchema } from '@vangnet/sdk';
import { appointment, call, freeSlot, problemName } from './support/calls.ts';
import type { ApiTarget, Suite } from './support/targets.ts';

async function freeSlots(
  target: ApiTarget,
  location = 'jongerenpunt070',
  from = '2026-03-02',
  to = '2026-03-13',
) {
  const response = await call(target, `/v1/slots?location=${location}&from=${from}&to=${to}`);
  assert.equal(response.status, 200);
  return SlotListSchema.parse(await response.json()).items;
}

async function book(target: ApiTarget, body: ReturnType<typeof appointment>) {
  const response = await call(target, '/v1/appointments', { body });
  assert.equal(response.status, 201);
  return AppointmentCreatedSchema.parse(await response.json());
}

export const appointments: Suite = (target) => {
  it('books a free slot: 201 with reference, token and Location, and queues a confirmation', async () => {
    const slotId = await freeSlot(target());
    const response = await call(target(), '/v1/appointments', { body: appointment(slotId) });
    assert.equal(response.status, 201);
    const booked = AppointmentCreatedSchema.parse(await response.json());
    assert.match(booked.reference, /^VN-A-/);
    assert.ok(booked.token.length >= 20);
    assert.equal(booked.slot.id, slotId);
    assert.equal(booked.location.id, 'laak');
    assert.match(
      response.headers.get('Location') ?? '',
      new RegExp(`/v1/appointments/${booked.reference}$`),
    );
    const outbox = await target().outbox();
    assert.equal(outbox.length, 1);
    const [message] = outbox;
    assert.equal(message?.kind, 'appointment-booked');
    assert.equal(message?.channel, 'email');
    assert.equal(message?.to, 'sam@example.org');
    assert.ok(message?.text.includes(booked.reference));
    assert.ok(message?.manageLink?.endsWith(`#beheer=${booked.reference}.${booked.token}`));
  });

  it('books a slot once: a second booking is 409 slot-taken and the slot is no longer offered', async () => {
    const slotId = await freeSlot(target());
    assert.equal(
      (await call(target(), '/v1/appointments', { body: appointment(slotId) })).status,
      201,
    );
    const second = await call(target(), '/v1/appointments', { body: appointment(slotId) });
    assert.equal(second.status, 409);
    assert.equal(second.headers.get('Content-Type'), 'application/problem+json');
    assert.equal(await problemName(second), 'slot-taken');
    const slots = await freeSlots(target(), 'laak', '2026-03-05', '2026-03-05');
    assert.ok(!slots.some((slot) => slot.id === slotId));
  });

  it('books one slot at most once: 20 racing requests give one 201 and 19 409 slot-taken', async () => {
    const [slot] = await freeSlots(target());
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        call(target(), '/v1/appointments', { body: appointment(slot!.id) }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    assert.equal(statuses.filter((status) => status === 201).length, 1);
    assert.equal(statuses.filter((status) => status === 409).length, 19);
    const names = await Promise.all(responses.filter((r) => r.status === 409).map(problemName));
    assert.ok(names.every((name) => name === 'slot-taken'));
    assert.equal((await target().outbox()).length, 1, 'one booking, one confirmation');
  });

  it('sends the confirmation by SMS to a mobile number, and refuses SMS to a landline', async () => {
    const [first, second] = await freeSlots(target());
    const sms = { name: 'Jongere', phone: '06 00000000', preferred: 'sms' as const };
    await book(target(), appointment(first!.id, { contact: sms }));
    const [message] = await target().outbox();
    assert.equal(message?.channel, 'sms');
    const landline = await call(target(), '/v1/appointments', {
      body: appointment(second!.id, { contact: { ...sms, phone: '070 000 0000' } }),
    });
    assert.equal(landline.status, 422);
    assert.equal(await problemName(landline), 'validation');
  });

  it('checks the age on the day of the slot: 26 today but 27 on the slot day is 422 age-out-of-bounds', async () => {
    const slots = await freeSlots(target(), 'jongerenpunt070', '2026-03-02', '2026-03-20');
    const early = slots.find((slot) => slot.start < '2026-03-10');
    const late = slots.find((slot) => slot.start > '2026-03-11');
    // Born 10 March 1999: 26 until 9 March 2026, 27 from 10 March.
    const dateOfBirth = '1999-03-10';
    const refused = await call(target(), '/v1/appointments', {
      body: appointment(late!.id, { dateOfBirth }),
    });
    assert.equal(refused.status, 422);
    assert.equal(await problemName(refused), 'age-out-of-bounds');
    await book(target(), appointment(early!.id, { dateOfBirth }));
    const tooYoung = await call(target(), '/v1/appointments', {
      body: appointment(late!.id, { dateOfBirth: '2008-12-31' }),
    });
    assert.equal(tooYoung.status, 422);
    assert.equal(await problemName(tooYoung), 'age-out-of-bounds');
  });

  it('refuses a topic the location does not offer and an unknown slot with 422 validation', async () => {
    const [slot] = await freeSlots(target(), 'escamp');
    const topic = await call(target(), '/v1/appointments', {
      body: appointment(slot!.id, { topic: 'geld-en-schulden' }),
    });
    assert.equal(topic.status, 422);
    assert.equal(await problemName(topic), 'validation');
    const unknown = await call(target(), '/v1/appointments', {
      body: appointment('jongerenpunt070-20260307-0900'),
    });
    assert.equal(unknown.status, 422, 'a Saturday has no slots');
    const problem = (await unknown.json()) as { errors: { pointer: string; code: string }[] };
    assert.ok(problem.errors.some((error) => error.pointer === '/slotId'));
  });

  it('answers 422 validation with pointers for a booking without contact or date of birth', async () => {
    const slotId = await freeSlot(target());
    const { contact: _contact, dateOfBirth: _dateOfBirth, ...rest } = appointment(slotId);
    const response = await call(target(), '/v1/appointments', { body: rest });
    assert.equal(response.status, 422);
    const problem = (await response.json()) as {
      type: string;
      status: number;
      errors: { pointer: string; code: string; message: string }[];
    };
    assert.equal(problem.status, 422);
    assert.match(problem.type, /\/validation$/);
    const pointers = problem.errors.map((error) => error.pointer);
    assert.ok(pointers.includes('/contact'), pointers.join());
    assert.ok(pointers.includes('/dateOfBirth'), pointers.join());
    assert.ok(problem.errors.every((error) => error.code && error.message));
  });

  it('refuses a booking, or a move, with a field the contract does not have: 422 naming it', async () => {
    const [first, second] = await freeSlots(target());
    const body = appointment(first!.id);
    const extra = await call(target(), '/v1/appointments', {
      body: { ...body, contact: { ...body.contact, bsn: '123456782' } },
    });
    assert.equal(extra.status, 422);
    assert.equal(await problemName(extra.clone()), 'validation');
    const problem = (await extra.json()) as { errors: { pointer: string; code: string }[] };
    assert.deepEqual(
      problem.errors.map((error) => [error.pointer, error.code]),
      [['/contact/bsn', 'unrecognized_keys']],
    );
    const created = await book(target(), body);
    const moved = await call(target(), `/v1/appointments/${created.reference}/reschedule`, {
      body: { slotId: second!.id, reason: 'ziek' },
      headers: { 'Vangnet-Token': created.token },
    });
    assert.equal(moved.status, 422);
    const movedProblem = (await moved.json()) as { errors: { pointer: string }[] };
    assert.deepEqual(
      movedProblem.errors.map((error) => error.pointer),
      ['/reason'],
    );
  });

  it('shows a booking only with its manage token: 401 without or with a wrong one, 404 for an unknown reference', async () => {
    const [slot] = await freeSlots(target());
    const created = await book(target(), appointment(slot!.id));
    const path = `/v1/appointments/${created.reference}`;
    for (const headers of [{}, { 'Vangnet-Token': 'nope' }]) {
      const denied = await call(target(), path, { headers });
      assert.equal(denied.status, 401);
      assert.equal(await problemName(denied), 'unauthorised');
    }
    const unknown = await call(target(), '/v1/appointments/VN-A-XXXXXX', {
      headers: { 'Vangnet-Token': created.token },
    });
    assert.equal(unknown.status, 404);
    assert.equal(await problemName(unknown), 'not-found');
    const shown = await call(target(), path, { headers: { 'Vangnet-Token': created.token } });
    assert.equal(shown.status, 200);
    const booking = AppointmentSchema.parse(await shown.json());
    assert.equal(booking.status, 'booked');
    assert.equal(booking.reference, created.reference);
    assert.equal(booking.slot.id, slot!.id);
  });

  it('does not take the token from the query string', async () => {
    const [slot] = await freeSlots(target());
    const created = await book(target(), appointment(slot!.id));
    const response = await call(
      target(),
      `/v1/appointments/${created.reference}?token=${created.token}`,
    );
    assert.equal(response.status, 401);
  });

  it('reschedules to another free slot with the token: the old slot is free again, a message is queued', async () => {
    const [first, second] = await freeSlots(target());
    const created = await book(target(), appointment(first!.id));
    const path = `/v1/appointments/${created.reference}`;
    const token = { 'Vangnet-Token': created.token };
    const denied = await call(target(), `${path}/reschedule`, { body: { slotId: second!.id } });
    assert.equal(denied.status, 401);
    const moved = await call(target(), `${path}/reschedule`, {
      body: { slotId: second!.id },
      headers: token,
    });
    assert.equal(moved.status, 200);
    assert.equal(AppointmentSchema.parse(await moved.json()).slot.id, second!.id);
    const free = (await freeSlots(target())).map((slot) => slot.id);
    assert.ok(free.includes(first!.id) && !free.includes(second!.id));
    const kinds = (await target().outbox()).map((message) => message.kind).sort();
    assert.deepEqual(kinds, ['appointment-booked', 'appointment-rescheduled']);
    const shown = await call(target(), path, { headers: token });
    assert.equal(AppointmentSchema.parse(await shown.json()).slot.id, second!.id);
  });

  it('cancels with the token: the slot is free again and can be booked by someone else', async () => {
    const [first] = await freeSlots(target());
    const created = await book(target(), appointment(first!.id));
    const path = `/v1/appointments/${created.reference}`;
    assert.equal((await call(target(), `${path}/cancel`, { body: {} })).status, 401);
    const cancelled = await call(target(), `${path}/cancel`, {
      body: {},
      headers: { 'Vangnet-Token': created.token },
    });
    assert.equal(cancelled.status, 200);
    assert.equal(AppointmentSchema.parse(await cancelled.json()).status, 'cancelled');
    assert.ok((await freeSlots(target())).some((slot) => slot.id === first!.id));
    const kinds = (await target().outbox()).map((message) => message.kind).sort();
    assert.deepEqual(kinds, ['appointment-booked', 'appointment-cancelled']);
    await book(target(), appointment(first!.id));
  });

  it('moves to a taken slot only with a 409 slot-taken, and keeps the booking where it was', async () => {
    const [first, second] = await freeSlots(target());
    const mine = await book(target(), appointment(first!.id));
    await book(target(), appointment(second!.id));
    const token = { 'Vangnet-Token': mine.token };
    const response = await call(target(), `/v1/appointments/${mine.reference}/reschedule`, {
      body: { slotId: second!.id },
      headers: token,
    });
    assert.equal(response.status, 409);
    assert.equal(await problemName(response), 'slot-taken');
    const shown = await call(target(), `/v1/appointments/${mine.reference}`, { headers: token });
    assert.equal(AppointmentSchema.parse(await shown.json()).slot.id, first!.id);
  });

  it('answers 404 not-found for cancelling an unknown reference', async () => {
    const response = await call(target(), '/v1/appointments/VN-A-XXXXXX/cancel', {
      body: {},
      headers: { 'Vangnet-Token': 'x'.repeat(32) },
    });
    assert.equal(response.status, 404);
    assert.equal(await problemName(response), 'not-found');
  });
};

export const callbackRequests: Suite = (target) => {
  const body = {
    location: 'jongerenpunt070',
    name: 'Jongere',
    phone: '06 00000000',
    preferredTimes: 'na 15:00',
  };

  it('takes a call-back request for a location that calls back: 201 with a reference', async () => {
    const response = await call(target(), '/v1/callback-requests', { body });
    assert.equal(response.status, 201);
    assert.match(((await response.json()) as { reference: string }).reference, /^VN-C-/);
  });

  it('answers 422 for a location that does not call back, or a phone that is not one', async () => {
    const laak = await call(target(), '/v1/callback-requests', {
      body: { ...body, location: 'laak' },
    });
    assert.equal(laak.status, 422);
    assert.equal(await problemName(laak), 'validation');
    const phone = await call(target(), '/v1/callback-requests', {
      body: { ...body, phone: 'geen nummer' },
    });
    assert.equal(phone.status, 422);
    const problem = (await phone.json()) as { errors: { pointer: string }[] };
    assert.deepEqual(
      problem.errors.map((error) => error.pointer),
      ['/phone'],
    );
  });

  it('refuses a field the contract does not have with 422 naming it', async () => {
    const response = await call(target(), '/v1/callback-requests', {
      body: { ...body, dateOfBirth: '2006-01-15', bsn: '123456782' },
    });
    assert.equal(response.status, 422);
    const problem = (await response.json()) as { errors: { pointer: string; code: string }[] };
    assert.deepEqual(
      problem.errors.map((error) => [error.pointer, error.code]),
      [['/bsn', 'unrecognized_keys']],
    );
  });
};
