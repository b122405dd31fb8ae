import assert from 'node:assert/strict';
import { it } from 'node:test';
import { appointment, call, freeSlot, problemName } from './support/calls.ts';
import type { Suite } from './support/targets.ts';

export const appointments: Suite = (target) => {
  it('books a free slot: 201 with reference, token and Location, and queues a confirmation', async () => {
    const slotId = await freeSlot(target());
    const response = await call(target(), '/v1/appointments', { body: appointment(slotId) });
    assert.equal(response.status, 201);
    const booked = (await response.json()) as {
      reference: string;
      token: string;
      slot: { id: string };
    };
    assert.match(booked.reference, /^VN-A-/);
    assert.ok(booked.token.length >= 20);
    assert.equal(booked.slot.id, slotId);
    assert.match(
      response.headers.get('Location') ?? '',
      new RegExp(`/v1/appointments/${booked.reference}$`),
    );
    const [message] = await target().outbox();
    assert.equal(message?.kind, 'appointment-booked');
    assert.equal(message?.to, 'sam@example.org');
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
    assert.equal(await problemName(second), 'slot-taken');
    const slots = (await (
      await call(target(), '/v1/slots?location=laak&from=2026-03-05&to=2026-03-05')
    ).json()) as {
      items: { id: string }[];
    };
    assert.ok(!slots.items.some((slot) => slot.id === slotId));
  });
};
