// The workspace's client of the staff API: the token in memory only, sent as a bearer token,
// forgotten on sign-out and on a 401; the development sign-in's absence is not an error.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { demoLocations } from '@vangnet/api-core';
import { StaffClient, StaffRequestError } from '@vangnet/staff/client';

const user = {
  id: 'coordinator-pluscoaching',
  name: 'Coördinator Voorbeeld',
  email: 'coordinator@example.org',
  grants: [{ role: 'coordinator', service: 'pluscoaching', region: 'haaglanden' }],
};
const signedIn = {
  accessToken: 'eyJ.test-token.signature',
  tokenType: 'Bearer',
  expiresIn: 3600,
  user,
};
const me = { subject: 'coordinator-pluscoaching', name: user.name, grants: user.grants };

const realFetch = globalThis.fetch;
const sent: Request[] = [];

/** Answers each request with the next of `answers`, and keeps what was sent. */
function answer(...answers: Response[]): void {
  globalThis.fetch = async (input, init) => {
    sent.push(new Request(input, init));
    const next = answers.shift();
    if (!next) throw new Error('No answer left');
    return next;
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('StaffClient', () => {
  afterEach(() => {
    globalThis.fetch = realFetch;
    sent.length = 0;
  });

  it('signs in, then sends the token as a bearer token', async () => {
    answer(json(signedIn), json(me));
    const client = new StaffClient('http://127.0.0.1:4020/');
    assert.equal(client.signedIn, false);
    await client.devSignIn('coordinator-pluscoaching');
    assert.equal(client.signedIn, true);
    assert.deepEqual(await client.me(), me);
    assert.equal(sent[0]?.url, 'http://127.0.0.1:4020/v1/staff/dev-signin');
    assert.equal(sent[0]?.headers.get('Authorization'), null);
    assert.equal(sent[1]?.headers.get('Authorization'), `Bearer ${signedIn.accessToken}`);
  });

  it('forgets the token on sign-out and on a 401, and sends nothing without one', async () => {
    answer(
      json(signedIn),
      json({ type: 'https://vangnet.example/problems/unauthorised', status: 401 }, 401),
    );
    const client = new StaffClient('http://127.0.0.1:4020');
    await client.devSignIn('coordinator-pluscoaching');
    await assert.rejects(client.me(), (error: unknown) => {
      assert.ok(error instanceof StaffRequestError);
      assert.equal(error.status, 401);
      assert.equal(error.type, 'unauthorised');
      return true;
    });
    assert.equal(client.signedIn, false);
    await assert.rejects(client.queue(), StaffRequestError);
    assert.equal(sent.length, 2, 'no request without a token');
  });

  it('answers undefined for the demo users when the development sign-in is off', async () => {
    answer(json({ status: 404 }, 404));
    assert.equal(await new StaffClient('http://127.0.0.1:4020').devUsers(), undefined);
  });

  it("asks how to sign in without a token, and signs in with the provider's token", async () => {
    const options = { devSignIn: false, partnerKey: 'pk_demo_haaglanden' };
    answer(json(options), json(me));
    const client = new StaffClient('http://127.0.0.1:4020');
    assert.deepEqual(await client.signInOptions(), options);
    assert.equal(sent[0]?.url, 'http://127.0.0.1:4020/v1/staff/signin');
    assert.equal(sent[0]?.headers.get('Authorization'), null);
    client.useToken('eyJ.provider-token.signature');
    assert.equal(client.signedIn, true);
    await client.me();
    assert.equal(sent[1]?.headers.get('Authorization'), 'Bearer eyJ.provider-token.signature');
  });

  it('asks the queue with the filters given, and at most 200', async () => {
    answer(json(signedIn), json({ items: [], total: 0 }));
    const client = new StaffClient('http://127.0.0.1:4020');
    await client.devSignIn('coordinator-pluscoaching');
    await client.queue({ service: 'pluscoaching', municipality: '', status: 'received' });
    const url = new URL(sent[1]!.url);
    assert.equal(url.pathname, '/v1/staff/referrals');
    assert.deepEqual(Object.fromEntries(url.searchParams), {
      service: 'pluscoaching',
      status: 'received',
      limit: '200',
    });
  });

  describe('the agenda, call-backs, monitoring and outbox', () => {
    const location = demoLocations[0]!;
    const schedule = {
      slotMinutes: 30,
      weekly: [{ weekday: 1, opens: '09:00', closes: '12:00' }],
      exceptions: [{ date: '2026-03-09', kind: 'closed' as const }],
    };
    const appointment = {
      reference: 'A-7KQ2M',
      status: 'booked',
      topic: 'terug-naar-school',
      locationId: location.id,
      slotId: `${location.id}-20260309-0900`,
      start: '2026-03-09T09:00:00+01:00',
      input: {
        slotId: `${location.id}-20260309-0900`,
        topic: 'terug-naar-school',
        dateOfBirth: '2005-07-19',
        contact: { name: 'Sam', email: 'sam@example.org', preferred: 'email' },
      },
    };
    const callback = {
      reference: 'C-4RT8P',
      createdAt: '2026-03-02T09:00:00+01:00',
      state: 'called',
      calledAt: '2026-03-02T10:00:00+01:00',
      input: { location: location.id, name: 'Sam', phone: '0612345678' },
    };
    const row = {
      month: '2026-03',
      service: 'pluscoaching',
      municipality: 'delft',
      ...Object.fromEntries(
        [
          'received',
          'matched',
          'inCoaching',
          'closed',
          'goalReached',
          'startkwalificatie',
          'declined',
          'moved',
          'specialistHelp',
        ].map((name) => [name, 1]),
      ),
    };
    const message = {
      id: 'b3c1f7a2-0000-4000-8000-000000000001',
      kind: 'appointment-cancelled-by-organisation',
      channel: 'email',
      state: 'pending',
      reference: 'A-7KQ2M',
      subject: 'Je afspraak gaat niet door (A-7KQ2M)',
      attempts: 0,
      createdAt: '2026-03-02T09:00:00+01:00',
    };
    const signedInClient = async (...answers: Response[]) => {
      answer(json(signedIn), ...answers);
      const client = new StaffClient('http://127.0.0.1:4020');
      await client.devSignIn('casemanager-laak');
      return client;
    };
    /** What the client sent after signing in: method, path with query, and JSON body. */
    const request = async (index: number) => {
      const sentRequest = sent[index + 1]!;
      const url = new URL(sentRequest.url);
      const text = await sentRequest.text();
      return {
        method: sentRequest.method,
        path: `${url.pathname}${url.search}`,
        body: text ? (JSON.parse(text) as unknown) : undefined,
        authorised: sentRequest.headers.get('Authorization') === `Bearer ${signedIn.accessToken}`,
      };
    };
    const located = { location, schedule, custom: true, version: 'v1' };

    it('reads locations and a schedule, and PUTs a new one, answering what needs moving', async () => {
      const client = await signedInClient(
        json({ items: [located] }),
        json(located),
        json({ schedule, version: 'v2', needsMove: [appointment] }),
        json({ items: [appointment] }),
      );
      assert.deepEqual(await client.locations(), [located]);
      assert.deepEqual(await client.schedule('laak/west'), located);
      const updated = await client.putSchedule(location.id, schedule, located.version);
      assert.equal(updated.version, 'v2');
      assert.deepEqual(
        updated.needsMove.map((item) => item.reference),
        ['A-7KQ2M'],
      );
      assert.deepEqual(await client.needsMove(location.id), [appointment]);
      assert.deepEqual(await request(0), {
        method: 'GET',
        path: '/v1/staff/locations',
        body: undefined,
        authorised: true,
      });
      assert.equal((await request(1)).path, '/v1/staff/locations/laak%2Fwest/schedule', 'encoded');
      assert.deepEqual(await request(2), {
        method: 'PUT',
        path: `/v1/staff/locations/${location.id}/schedule`,
        body: schedule,
        authorised: true,
      });
      assert.equal(sent[3]!.headers.get('Content-Type'), 'application/json');
      assert.equal(sent[3]!.headers.get('If-Match'), '"v1"', 'the version it was changed on');
      assert.equal((await request(3)).path, `/v1/staff/locations/${location.id}/needs-move`);
    });

    it("reads a day's appointments, marks attendance, cancels and moves", async () => {
      const cancelled = { ...appointment, status: 'cancelled' };
      const moved = { ...appointment, slotId: `${location.id}-20260310-1000` };
      const client = await signedInClient(
        json({ items: [appointment] }),
        json({ ...appointment, attendance: 'attended' }),
        json(cancelled),
        json(moved),
      );
      assert.deepEqual(await client.appointments(location.id, '2026-03-09'), [appointment]);
      assert.equal((await client.attendance('A-7KQ2M', 'attended')).attendance, 'attended');
      assert.equal(
        (await client.cancelAppointment('A-7KQ2M', { reason: 'location-closed' })).status,
        'cancelled',
      );
      assert.equal(
        (await client.moveAppointment('A-7KQ2M', { slotId: moved.slotId })).slotId,
        moved.slotId,
      );
      assert.deepEqual(
        await Promise.all([0, 1, 2, 3].map(request)),
        [
          {
            method: 'GET',
            path: `/v1/staff/locations/${location.id}/appointments?date=2026-03-09`,
            body: undefined,
          },
          {
            method: 'POST',
            path: '/v1/staff/appointments/A-7KQ2M/attendance',
            body: { attendance: 'attended' },
          },
          {
            method: 'POST',
            path: '/v1/staff/appointments/A-7KQ2M/cancel',
            body: { reason: 'location-closed' },
          },
          {
            method: 'POST',
            path: '/v1/staff/appointments/A-7KQ2M/move',
            body: { slotId: moved.slotId },
          },
        ].map((expected) => ({ ...expected, authorised: true })),
      );
    });

    it('cancels without a reason with an empty body, and reads a 409 as its problem type', async () => {
      const client = await signedInClient(
        json(
          { type: 'https://vangnet.example/problems/slot-taken', status: 409, title: 'Taken' },
          409,
        ),
        json({ ...appointment, status: 'cancelled' }),
      );
      await assert.rejects(
        client.moveAppointment('A-7KQ2M', { slotId: appointment.slotId }),
        (error: unknown) =>
          error instanceof StaffRequestError && error.status === 409 && error.type === 'slot-taken',
      );
      await client.cancelAppointment('A-7KQ2M');
      assert.deepEqual((await request(1)).body, {});
      assert.equal(client.signedIn, true, 'a 409 keeps the sign-in');
    });

    it('lists call-backs with their filter, marks one called, reads monitoring and the outbox', async () => {
      const client = await signedInClient(
        json({ items: [callback] }),
        json(callback),
        json({ rows: [row] }),
        json({ items: [message] }),
      );
      assert.deepEqual(await client.callbacks({ location: location.id, state: 'open' }), [
        callback,
      ]);
      assert.equal((await client.called('C-4RT8P')).state, 'called');
      assert.deepEqual(await client.monitoring({ from: '2026-01', service: 'pluscoaching' }), [
        row,
      ]);
      assert.deepEqual(await client.outbox({ state: 'pending', limit: 20 }), [message]);
      assert.deepEqual(
        (await Promise.all([0, 1, 2, 3].map(request))).map(({ method, path }) => [method, path]),
        [
          ['GET', `/v1/staff/callback-requests?location=${location.id}&state=open`],
          ['POST', '/v1/staff/callback-requests/C-4RT8P/called'],
          ['GET', '/v1/staff/monitoring?from=2026-01&service=pluscoaching'],
          ['GET', '/v1/staff/outbox?state=pending&limit=20'],
        ],
      );
    });

    it('fetches the monitoring CSV with the token in its header, as a Blob', async () => {
      const csv = 'month,service,municipality,received\r\n2026-03,pluscoaching,delft,2\r\n';
      const client = await signedInClient(
        new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } }),
      );
      const blob = await client.monitoringCsv({ from: '2026-01', to: '2026-12' });
      assert.equal(await blob.text(), csv);
      const last = sent.at(-1)!;
      assert.equal(
        new URL(last.url).pathname + new URL(last.url).search,
        '/v1/staff/monitoring.csv?from=2026-01&to=2026-12',
      );
      assert.equal(last.headers.get('Accept'), 'text/csv');
      assert.equal(last.headers.get('Authorization'), `Bearer ${signedIn.accessToken}`);
      assert.ok(!last.url.includes(signedIn.accessToken));
    });

    it('refuses an answer that does not match the contract', async () => {
      const client = await signedInClient(json({ items: [{ reference: 'A-1' }] }));
      await assert.rejects(client.needsMove(location.id));
    });
  });
});
