// Staff cancel and move an appointment: each in one transaction with the young person's message
// and an audit row; a move follows the core's slot rules (409 slot-taken, 422 outside the
// calendar or at another location); 409 status-conflict once cancelled; 404 outside the scope.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demoPartnerKey } from '@vangnet/api-core';
import { onEveryDatabase, publicPost, type StaffTarget } from './support/staff-server.ts';

async function publicSlots(target: StaffTarget, location: string, date: string) {
  const answer = await target.fetch(`/v1/slots?location=${location}&from=${date}&to=${date}`, {
    headers: { Authorization: `Bearer ${demoPartnerKey}` },
  });
  assert.equal(answer.status, 200);
  return ((await answer.json()) as { items: { id: string; start: string }[] }).items;
}

async function book(target: StaffTarget, slotId: string, dateOfBirth = '2006-01-15') {
  const answer = await publicPost(target, '/v1/appointments', {
    slotId,
    topic: 'terug-naar-school',
    dateOfBirth,
    contact: { name: 'Sam', email: 'sam@example.org', preferred: 'email' },
  });
  assert.equal(answer.status, 201, await answer.clone().text());
  return (await answer.json()) as { reference: string; token: string };
}

async function problemType(answer: Response): Promise<string | undefined> {
  const body = (await answer.json()) as { type?: string };
  return body.type?.split('/').pop();
}

const kindsOf = async (target: StaffTarget, reference: string) =>
  (
    await target.db.query<{ kind: string }>(
      "select kind from outbox where reference = $1 and state = 'pending' order by seq",
      [reference],
    )
  ).rows.map((row) => row.kind);

onEveryDatabase((target) => {
  beforeEach(() => target().reset());

  describe('cancel', () => {
    it('cancels for the organisation: the slot is free again, the message queued, the reminder gone, audited', async () => {
      const laak = await target().tokenOf('casemanager-laak');
      const [slot] = await publicSlots(target(), 'laak', '2026-03-05');
      const booked = await book(target(), slot!.id);
      assert.deepEqual(await kindsOf(target(), booked.reference), [
        'appointment-booked',
        'appointment-reminder',
      ]);
      const answer = await target().staff(
        laak,
        `/v1/staff/appointments/${booked.reference}/cancel`,
        { body: { reason: 'location-closed' } },
      );
      assert.equal(answer.status, 200);
      const cancelled = (await answer.json()) as { status: string; reference: string };
      assert.deepEqual([cancelled.status, cancelled.reference], ['cancelled', booked.reference]);
      assert.deepEqual(await kindsOf(target(), booked.reference), [
        'appointment-booked',
        'appointment-cancelled-by-organisation',
      ]);
      const free = await publicSlots(target(), 'laak', '2026-03-05');
      assert.ok(
        free.some((candidate) => candidate.id === slot!.id),
        'the slot is offered again',
      );
      const { rows } = await target().db.query<{ action: string; resource: string; actor: string }>(
        "select action, resource, actor from staff_audit where action like '%-appointment'",
      );
      assert.deepEqual(rows, [
        {
          action: 'cancel-appointment',
          resource: `appointment:${booked.reference}`,
          actor: 'dev:casemanager-laak',
        },
      ]);
    });

    it('answers 409 status-conflict once cancelled, and takes no free text as a reason', async () => {
      const laak = await target().tokenOf('casemanager-laak');
      const [slot] = await publicSlots(target(), 'laak', '2026-03-05');
      const booked = await book(target(), slot!.id);
      const path = `/v1/staff/appointments/${booked.reference}/cancel`;
      const free = await target().staff(laak, path, { body: { reason: 'De casemanager is ziek' } });
      assert.equal(free.status, 422);
      assert.equal((await target().staff(laak, path, { body: {} })).status, 200);
      const again = await target().staff(laak, path, { body: {} });
      assert.equal(again.status, 409);
      assert.equal(await problemType(again), 'status-conflict');
      assert.equal(
        (await kindsOf(target(), booked.reference)).filter((kind) =>
          kind.startsWith('appointment-cancelled'),
        ).length,
        1,
        'one message',
      );
    });

    it('a casemanager of another location gets 404 and changes nothing; a coordinator 403', async () => {
      const other = await target().tokenOf('casemanager-jongerenpunt070');
      const coordinator = await target().tokenOf('coordinator-pluscoaching');
      const [slot] = await publicSlots(target(), 'laak', '2026-03-05');
      const booked = await book(target(), slot!.id);
      for (const action of ['cancel', 'move']) {
        const path = `/v1/staff/appointments/${booked.reference}/${action}`;
        const body = action === 'cancel' ? {} : { slotId: slot!.id };
        const outside = await target().staff(other, path, { body });
        assert.equal(outside.status, 404, action);
        assert.equal(await problemType(outside), 'not-found');
        assert.equal((await target().staff(coordinator, path, { body })).status, 403, action);
      }
      const unknown = await target().staff(other, '/v1/staff/appointments/A-NOPE1/cancel', {
        body: {},
      });
      assert.equal(unknown.status, 404, 'unknown reads the same as outside the scope');
      assert.deepEqual(await kindsOf(target(), booked.reference), [
        'appointment-booked',
        'appointment-reminder',
      ]);
    });
  });

  describe('move', () => {
    it('moves to a slot the public calendar offers: the old slot is free, the new one taken, rescheduled queued', async () => {
      const laak = await target().tokenOf('casemanager-laak');
      const [first] = await publicSlots(target(), 'laak', '2026-03-05');
      const [later] = await publicSlots(target(), 'laak', '2026-03-06');
      const booked = await book(target(), first!.id);
      const answer = await target().staff(laak, `/v1/staff/appointments/${booked.reference}/move`, {
        body: { slotId: later!.id },
      });
      assert.equal(answer.status, 200, await answer.clone().text());
      const moved = (await answer.json()) as { slotId: string; start: string; status: string };
      assert.deepEqual(
        [moved.slotId, moved.start, moved.status],
        [later!.id, later!.start, 'booked'],
      );
      assert.ok(
        (await publicSlots(target(), 'laak', '2026-03-05')).some((s) => s.id === first!.id),
      );
      assert.ok(
        !(await publicSlots(target(), 'laak', '2026-03-06')).some((s) => s.id === later!.id),
      );
      assert.deepEqual(await kindsOf(target(), booked.reference), [
        'appointment-booked',
        'appointment-rescheduled',
        'appointment-reminder',
      ]);
      const { rows } = await target().db.query<{ appointment_start: Date }>(
        "select appointment_start from outbox where kind = 'appointment-reminder'",
      );
      assert.equal(
        new Date(rows[0]!.appointment_start).getTime(),
        new Date(later!.start).getTime(),
        'the reminder is for the new time',
      );
      const { rows: audited } = await target().db.query<{ action: string }>(
        "select action from staff_audit where action = 'move-appointment'",
      );
      assert.equal(audited.length, 1);
      // The young person's manage token still works after a staff move.
      const read = await target().fetch(`/v1/appointments/${booked.reference}`, {
        headers: { Authorization: `Bearer ${demoPartnerKey}`, 'Vangnet-Token': booked.token },
      });
      assert.equal(((await read.json()) as { slot: { id: string } }).slot.id, later!.id);
    });

    it('409 slot-taken for a held slot, 422 for another location or no slot, 409 once cancelled', async () => {
      const laak = await target().tokenOf('casemanager-laak');
      const [first, second] = await publicSlots(target(), 'laak', '2026-03-05');
      const booked = await book(target(), first!.id);
      await book(target(), second!.id);
      const path = `/v1/staff/appointments/${booked.reference}/move`;
      const taken = await target().staff(laak, path, { body: { slotId: second!.id } });
      assert.equal(taken.status, 409);
      assert.equal(await problemType(taken), 'slot-taken');
      const [elsewhere] = await publicSlots(target(), 'escamp', '2026-03-05');
      const otherLocation = await target().staff(laak, path, { body: { slotId: elsewhere!.id } });
      assert.equal(otherLocation.status, 422);
      const noSlot = await target().staff(laak, path, { body: { slotId: 'laak-20260305-0317' } });
      assert.equal(noSlot.status, 422);
      const past = await target().staff(laak, path, { body: { slotId: 'laak-20260226-1000' } });
      assert.equal(past.status, 422, 'a time in the past is no slot of the calendar');
      assert.deepEqual(await kindsOf(target(), booked.reference), [
        'appointment-booked',
        'appointment-reminder',
      ]);
      await target().staff(laak, `/v1/staff/appointments/${booked.reference}/cancel`, {
        body: {},
      });
      const cancelled = await target().staff(laak, path, { body: { slotId: first!.id } });
      assert.equal(cancelled.status, 409);
      assert.equal(await problemType(cancelled), 'status-conflict');
    });

    it('moves an appointment the new schedule no longer covers (needs-move) and it leaves the list', async () => {
      const laak = await target().tokenOf('casemanager-laak');
      const [first] = await publicSlots(target(), 'laak', '2026-03-05');
      const booked = await book(target(), first!.id);
      const put = await target().staff(laak, '/v1/staff/locations/laak/schedule', {
        method: 'PUT',
        body: {
          slotMinutes: 30,
          weekly: [{ weekday: 5, opens: '10:00', closes: '12:00' }],
          exceptions: [],
        },
      });
      const { needsMove } = (await put.json()) as { needsMove: { reference: string }[] };
      assert.deepEqual(
        needsMove.map((item) => item.reference),
        [booked.reference],
      );
      const [friday] = await publicSlots(target(), 'laak', '2026-03-06');
      const moved = await target().staff(laak, `/v1/staff/appointments/${booked.reference}/move`, {
        body: { slotId: friday!.id },
      });
      assert.equal(moved.status, 200);
      const list = await target().staff(laak, '/v1/staff/locations/laak/needs-move');
      assert.deepEqual(((await list.json()) as { items: unknown[] }).items, []);
    });
  });
});
