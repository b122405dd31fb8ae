// The agenda: schedules per location that the public slots are cut from, a change of hours that
// lists (never cancels) the bookings it no longer covers, a day's appointments, attendance and
// call-back requests, each casemanager seeing their own locations only.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demoPartnerKey } from '@vangnet/api-core';
import { onEveryDatabase, publicPost, type StaffTarget } from './support/staff-server.ts';

async function publicSlots(target: StaffTarget, location: string, from: string, to: string) {
  const answer = await target.fetch(`/v1/slots?location=${location}&from=${from}&to=${to}`, {
    headers: { Authorization: `Bearer ${demoPartnerKey}` },
  });
  assert.equal(answer.status, 200);
  return ((await answer.json()) as { items: { id: string; start: string; end: string }[] }).items;
}

const booking = (slotId: string) => ({
  slotId,
  topic: 'terug-naar-school',
  dateOfBirth: '2006-01-15',
  contact: { name: 'Sam', email: 'sam@example.org', preferred: 'email' },
});

async function book(target: StaffTarget, slotId: string) {
  const answer = await publicPost(target, '/v1/appointments', booking(slotId));
  assert.equal(answer.status, 201, await answer.clone().text());
  return (await answer.json()) as { reference: string; token: string };
}

const thursdayMornings = {
  slotMinutes: 30,
  weekly: [{ weekday: 4, opens: '10:00', closes: '12:00' }],
  exceptions: [
    { date: '2026-03-12', kind: 'closed', note: 'Teamdag' },
    { date: '2026-03-14', kind: 'extra', opens: '13:00', closes: '14:00' },
  ],
};

onEveryDatabase((target) => {
  beforeEach(() => target().reset());

  describe('schedules', () => {
    it('without a schedule the default calendar applies; a schedule sets the public slots', async () => {
      const jp = await target().tokenOf('casemanager-jongerenpunt070');
      const before = await target().staff(jp, '/v1/staff/locations/jongerenpunt070/schedule');
      assert.equal(((await before.json()) as { custom: boolean }).custom, false);
      assert.equal(
        (await publicSlots(target(), 'jongerenpunt070', '2026-03-05', '2026-03-05')).length,
        9,
      );

      const put = await target().staff(jp, '/v1/staff/locations/jongerenpunt070/schedule', {
        method: 'PUT',
        body: thursdayMornings,
      });
      assert.equal(put.status, 200);
      assert.deepEqual(((await put.json()) as { needsMove: unknown[] }).needsMove, []);
      const slots = await publicSlots(target(), 'jongerenpunt070', '2026-03-02', '2026-03-15');
      assert.deepEqual(
        slots.map((slot) => slot.id),
        [
          'jongerenpunt070-20260305-1000',
          'jongerenpunt070-20260305-1030',
          'jongerenpunt070-20260305-1100',
          'jongerenpunt070-20260305-1130',
          'jongerenpunt070-20260314-1300',
          'jongerenpunt070-20260314-1330',
        ],
      );
      assert.equal(slots[0]?.end, '2026-03-05T10:30:00+01:00');
      const booked = await book(target(), 'jongerenpunt070-20260314-1330');
      assert.ok(booked.reference);
      const other = await publicPost(
        target(),
        '/v1/appointments',
        booking('jongerenpunt070-20260309-0900'),
      );
      assert.equal(other.status, 422, 'a time outside the schedule is no slot');
    });

    it('a change that drops a booked time lists it to move and never cancels it', async () => {
      const [slot] = await publicSlots(target(), 'laak', '2026-03-05', '2026-03-05');
      const booked = await book(target(), slot?.id as string);
      const laak = await target().tokenOf('casemanager-laak');
      const put = await target().staff(laak, '/v1/staff/locations/laak/schedule', {
        method: 'PUT',
        body: {
          slotMinutes: 60,
          weekly: [{ weekday: 1, opens: '09:00', closes: '17:00' }],
          exceptions: [],
        },
      });
      assert.equal(put.status, 200);
      const { needsMove } = (await put.json()) as {
        needsMove: { reference: string; status: string }[];
      };
      assert.deepEqual(
        needsMove.map((item) => [item.reference, item.status]),
        [[booked.reference, 'booked']],
      );
      const listed = (await (
        await target().staff(laak, '/v1/staff/locations/laak/needs-move')
      ).json()) as {
        items: { reference: string }[];
      };
      assert.deepEqual(
        listed.items.map((item) => item.reference),
        [booked.reference],
      );
      const manage = await target().fetch(`/v1/appointments/${booked.reference}`, {
        headers: { Authorization: `Bearer ${demoPartnerKey}`, 'Vangnet-Token': booked.token },
      });
      assert.equal(((await manage.json()) as { status: string }).status, 'booked');
    });

    it('refuses a schedule that is not one (422)', async () => {
      const laak = await target().tokenOf('casemanager-laak');
      for (const body of [
        { slotMinutes: 5, weekly: [], exceptions: [] },
        {
          slotMinutes: 30,
          weekly: [{ weekday: 8, opens: '09:00', closes: '10:00' }],
          exceptions: [],
        },
        {
          slotMinutes: 30,
          weekly: [{ weekday: 1, opens: '12:00', closes: '10:00' }],
          exceptions: [],
        },
        { slotMinutes: 30, weekly: [], exceptions: [{ date: '2026-03-05', kind: 'extra' }] },
      ])
        assert.equal(
          (await target().staff(laak, '/v1/staff/locations/laak/schedule', { method: 'PUT', body }))
            .status,
          422,
          JSON.stringify(body),
        );
    });

    it('refuses periods of one weekday that overlap, pointing at the later one, and keeps the old hours', async () => {
      const laak = await target().tokenOf('casemanager-laak');
      const before = await (await target().staff(laak, '/v1/staff/locations/laak/schedule')).json();
      const put = await target().staff(laak, '/v1/staff/locations/laak/schedule', {
        method: 'PUT',
        body: {
          slotMinutes: 45,
          weekly: [
            { weekday: 3, opens: '09:00', closes: '12:00' },
            { weekday: 3, opens: '11:30', closes: '14:00' },
            { weekday: 4, opens: '12:00', closes: '14:00' },
          ],
          exceptions: [],
        },
      });
      assert.equal(put.status, 422);
      const problem = (await put.json()) as { errors: { pointer: string; code: string }[] };
      assert.deepEqual(
        problem.errors.map(({ pointer, code }) => ({ pointer, code })),
        [{ pointer: '/weekly/1/opens', code: 'custom' }],
      );
      const after = await (await target().staff(laak, '/v1/staff/locations/laak/schedule')).json();
      assert.deepEqual(after, before);
    });
  });

  describe('two people changing one schedule', () => {
    const path = '/v1/staff/locations/laak/schedule';
    const put = (token: string, body: unknown, ifMatch?: string) =>
      target().staff(token, path, {
        method: 'PUT',
        body,
        ...(ifMatch === undefined ? {} : { headers: { 'If-Match': ifMatch } }),
      });

    it('the version read is the ETag; a change on an old version is 412 and saves nothing', async () => {
      const laak = await target().tokenOf('casemanager-laak');
      const read = await target().staff(laak, path);
      const { version } = (await read.json()) as { version: string };
      assert.equal(read.headers.get('ETag'), `"${version}"`);

      // The first person saves on the version they read: answered with the new version.
      const first = await put(laak, thursdayMornings, `"${version}"`);
      assert.equal(first.status, 200);
      const saved = (await first.json()) as { version: string };
      assert.notEqual(saved.version, version);
      assert.equal(first.headers.get('ETag'), `"${saved.version}"`);

      // The second person read the same old version: refused, and the first change stays.
      const second = await put(
        laak,
        { ...thursdayMornings, slotMinutes: 60, exceptions: [] },
        `"${version}"`,
      );
      assert.equal(second.status, 412);
      assert.equal(second.headers.get('Content-Type'), 'application/problem+json');
      assert.match(((await second.json()) as { type: string }).type, /precondition-failed$/);
      const now = (await (await target().staff(laak, path)).json()) as {
        schedule: unknown;
        version: string;
      };
      assert.deepEqual(now.schedule, thursdayMornings);
      assert.equal(now.version, saved.version);

      // Read again, the second change goes through; so does one without If-Match.
      assert.equal(
        (await put(laak, { ...thursdayMornings, slotMinutes: 60 }, `"${now.version}"`)).status,
        200,
      );
      assert.equal((await put(laak, thursdayMornings)).status, 200);
    });

    it('the locations list carries the same versions as each schedule', async () => {
      const laak = await target().tokenOf('casemanager-laak');
      const list = (await (await target().staff(laak, '/v1/staff/locations')).json()) as {
        items: { location: { id: string }; version: string }[];
      };
      const one = (await (await target().staff(laak, path)).json()) as { version: string };
      assert.equal(list.items.find((item) => item.location.id === 'laak')?.version, one.version);
    });
  });

  describe('scope between two casemanagers', () => {
    it('each sees and changes only their own location', async () => {
      const jp = await target().tokenOf('casemanager-jongerenpunt070');
      const laak = await target().tokenOf('casemanager-laak');
      const list = (await (await target().staff(laak, '/v1/staff/locations')).json()) as {
        items: { location: { id: string } }[];
      };
      assert.deepEqual(
        list.items.map((item) => item.location.id),
        ['laak'],
      );
      for (const [method, path, body] of [
        ['GET', '/v1/staff/locations/laak/schedule', undefined],
        ['PUT', '/v1/staff/locations/laak/schedule', thursdayMornings],
        ['GET', '/v1/staff/locations/laak/appointments?date=2026-03-05', undefined],
        ['GET', '/v1/staff/locations/laak/needs-move', undefined],
        ['GET', '/v1/staff/callback-requests?location=laak', undefined],
      ] as const) {
        const answer = await target().staff(jp, path, { method, ...(body ? { body } : {}) });
        assert.equal(answer.status, 403, `${method} ${path}`);
      }
      const admin = await target().tokenOf('admin');
      const all = (await (await target().staff(admin, '/v1/staff/locations')).json()) as {
        items: unknown[];
      };
      assert.equal(all.items.length, 5, 'an admin keeps every location');
    });

    it("the day's appointments, attendance and call-backs of a location stay with its casemanager", async () => {
      const [slot] = await publicSlots(target(), 'laak', '2026-03-05', '2026-03-05');
      const booked = await book(target(), slot?.id as string);
      const callback = await publicPost(target(), '/v1/callback-requests', {
        location: 'jongerenpunt070',
        name: 'Sam',
        phone: '06 12345678',
        preferredTimes: 'na 15:00',
      });
      assert.equal(callback.status, 201, await callback.clone().text());
      const { reference: callbackReference } = (await callback.json()) as { reference: string };
      const jp = await target().tokenOf('casemanager-jongerenpunt070');
      const laak = await target().tokenOf('casemanager-laak');

      const day = (await (
        await target().staff(laak, '/v1/staff/locations/laak/appointments?date=2026-03-05')
      ).json()) as {
        items: { reference: string; input: { contact: { name: string } } }[];
      };
      assert.deepEqual(
        day.items.map((item) => item.reference),
        [booked.reference],
      );
      assert.equal(day.items[0]?.input.contact.name, 'Sam');

      const attendance = { body: { attendance: 'no-show' } };
      const path = `/v1/staff/appointments/${booked.reference}/attendance`;
      assert.equal((await target().staff(jp, path, attendance)).status, 404, 'not in their scope');
      const marked = await target().staff(laak, path, attendance);
      assert.equal(marked.status, 200);
      assert.equal(((await marked.json()) as { attendance: string }).attendance, 'no-show');

      // The call-back was asked of Jongerenpunt070: Laak's casemanager neither sees nor marks it.
      const theirs = (await (await target().staff(laak, '/v1/staff/callback-requests')).json()) as {
        items: unknown[];
      };
      assert.deepEqual(theirs.items, []);
      const called = `/v1/staff/callback-requests/${callbackReference}/called`;
      assert.equal((await target().staff(laak, called, { body: {} })).status, 404);
      assert.equal((await target().staff(jp, called, { body: {} })).status, 200);
      const open = (await (
        await target().staff(jp, '/v1/staff/callback-requests?state=open')
      ).json()) as { items: unknown[] };
      assert.deepEqual(open.items, []);
      const done = (await (
        await target().staff(jp, '/v1/staff/callback-requests?state=called')
      ).json()) as {
        items: { reference: string; state: string }[];
      };
      assert.deepEqual(
        done.items.map((item) => [item.reference, item.state]),
        [[callbackReference, 'called']],
      );
      const { rows } = await target().db.query<{ action: string }>(
        'select action from staff_audit order by id',
      );
      assert.deepEqual(
        rows.map((row) => row.action),
        [
          'read-appointments',
          'read-callback-requests',
          'read-callback-requests',
          'read-callback-requests',
        ],
      );
    });
  });
});
