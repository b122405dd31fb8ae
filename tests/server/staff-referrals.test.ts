// The review queue and one referral: scoped per coordinator in SQL, every read audited, status
// changes that reach the referrer's status endpoint, illegal transitions 409, export, erasure
// and the monitoring counts.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demoPartnerKey } from '@vangnet/api-core';
import { referral } from '../conformance/support/calls.ts';
import { onEveryDatabase, sendReferral, type StaffTarget } from './support/staff-server.ts';

interface Sent {
  id: string;
  token: string;
}

const absenteeism = (municipality: string) =>
  referral('2012-09-01', {
    service: 'absenteeism',
    municipality,
    supportNeed: { reasons: ['verzuim'], description: 'Is vaak afwezig.' },
  });

async function statusOf(target: StaffTarget, sent: Sent): Promise<string> {
  const answer = await target.fetch(`/v1/referrals/${sent.id}`, {
    headers: { Authorization: `Bearer ${demoPartnerKey}`, 'Vangnet-Token': sent.token },
  });
  assert.equal(answer.status, 200);
  return ((await answer.json()) as { status: string }).status;
}

async function queue(target: StaffTarget, user: string, query = ''): Promise<string[]> {
  const answer = await target.staff(await target.tokenOf(user), `/v1/staff/referrals${query}`);
  assert.equal(answer.status, 200, `${user} ${query}`);
  const body = (await answer.json()) as { items: { id: string }[]; total: number };
  assert.equal(body.total, body.items.length);
  return body.items.map((item) => item.id);
}

async function auditRows(target: StaffTarget, referralId?: string) {
  const { rows } = await target.db.query<{
    actor: string;
    actor_role: string;
    action: string;
    referral_id: string;
  }>(
    `select actor, actor_role, action, referral_id from staff_audit
     where $1::text is null or referral_id = $1 order by id`,
    [referralId ?? null],
  );
  return rows;
}

const change = (target: StaffTarget, token: string, id: string, body: unknown) =>
  target.staff(token, `/v1/staff/referrals/${id}/status`, { body });

onEveryDatabase((target) => {
  let delft: Sent;
  let denHaag: Sent;
  let westland: Sent;
  let leidschendam: Sent;

  beforeEach(async () => {
    const t = target();
    await t.reset();
    t.setNow('2026-03-02T09:00:00+01:00');
    delft = await sendReferral(t, referral('2010-05-01'));
    t.setNow('2026-03-02T10:00:00+01:00');
    westland = await sendReferral(t, absenteeism('westland'));
    t.setNow('2026-03-03T10:00:00+01:00');
    leidschendam = await sendReferral(t, absenteeism('leidschendam-voorburg'));
    t.setNow('2026-04-01T10:00:00+02:00');
    denHaag = await sendReferral(t, referral('2010-05-01', { municipality: 'den-haag' }));
  });

  describe('scope', () => {
    it('each coordinator sees their own service and municipalities, oldest first', async () => {
      assert.deepEqual(await queue(target(), 'coordinator-pluscoaching'), [delft.id, denHaag.id]);
      assert.deepEqual(await queue(target(), 'coordinator-westland'), [westland.id]);
      assert.deepEqual(await queue(target(), 'coordinator-leidschendam-voorburg'), [
        leidschendam.id,
      ]);
    });

    it('a filter never widens the scope', async () => {
      assert.deepEqual(await queue(target(), 'coordinator-westland', '?service=pluscoaching'), []);
      assert.deepEqual(
        await queue(target(), 'coordinator-westland', '?municipality=leidschendam-voorburg'),
        [],
      );
      assert.deepEqual(
        await queue(target(), 'coordinator-pluscoaching', '?municipality=den-haag'),
        [denHaag.id],
      );
      assert.deepEqual(await queue(target(), 'coordinator-pluscoaching', '?from=2026-03-15'), [
        denHaag.id,
      ]);
      assert.deepEqual(await queue(target(), 'coordinator-pluscoaching', '?to=2026-03-02'), [
        delft.id,
      ]);
      assert.deepEqual(await queue(target(), 'coordinator-pluscoaching', '?status=matched'), []);
    });

    it("another coordinator's referral is 404 to read, change, export or erase, and not audited", async () => {
      const westlandToken = await target().tokenOf('coordinator-westland');
      for (const id of [leidschendam.id, delft.id]) {
        for (const [path, body] of [
          [`/v1/staff/referrals/${id}`, undefined],
          [`/v1/staff/referrals/${id}/export`, undefined],
          [`/v1/staff/referrals/${id}/status`, { status: 'closed', reason: 'moved' }],
          [`/v1/staff/referrals/${id}/erasure`, {}],
        ] as const) {
          const answer = await target().staff(
            westlandToken,
            path,
            body === undefined ? {} : { body },
          );
          assert.equal(answer.status, 404, path);
          assert.doesNotMatch(await answer.text(), /Sam|Voorbeeld|leidschendam|delft/);
        }
      }
      assert.deepEqual(await auditRows(target()), []);
      assert.equal(await statusOf(target(), leidschendam), 'received');
    });

    it('a Pluscoaching coordinator of one municipality sees only it', async () => {
      const token = await target().provider.sign({
        sub: 'delft-coordinator',
        roles: ['coordinator:pluscoaching:municipality:delft'],
      });
      const answer = await target().staff(token, '/v1/staff/referrals');
      const { items } = (await answer.json()) as { items: { id: string }[] };
      assert.deepEqual(
        items.map((item) => item.id),
        [delft.id],
      );
    });
  });

  describe('one referral in full, audited', () => {
    it('has the input and writes one audit row per read', async () => {
      const token = await target().tokenOf('coordinator-pluscoaching');
      for (let read = 0; read < 3; read++) {
        const answer = await target().staff(token, `/v1/staff/referrals/${delft.id}`);
        assert.equal(answer.status, 200);
        assert.equal(answer.headers.get('Cache-Control'), 'no-store');
        const body = (await answer.json()) as {
          input: { youngPerson: { givenName: string } };
          erased: boolean;
        };
        assert.equal(body.input.youngPerson.givenName, 'Sam');
        assert.equal(body.erased, false);
      }
      await queue(target(), 'coordinator-pluscoaching');
      const rows = await auditRows(target());
      assert.equal(rows.length, 3, 'three reads, three rows; the queue has no personal data');
      for (const row of rows)
        assert.deepEqual(row, {
          actor: 'dev:coordinator-pluscoaching',
          actor_role: 'coordinator',
          action: 'read-referral',
          referral_id: delft.id,
        });
    });
  });

  describe('status changes', () => {
    it('received → matched → in-coaching → closed with the outcome, seen by the referrer', async () => {
      const token = await target().tokenOf('coordinator-pluscoaching');
      assert.equal(await statusOf(target(), delft), 'received');
      const matched = await change(target(), token, delft.id, {
        status: 'matched',
        match: { organisationId: 'impegno', coachingForm: 'pluscoach' },
      });
      assert.equal(matched.status, 200);
      assert.deepEqual(((await matched.json()) as { match: unknown }).match, {
        organisationId: 'impegno',
        coachingForm: 'pluscoach',
      });
      assert.equal(await statusOf(target(), delft), 'matched');
      assert.equal(
        (await change(target(), token, delft.id, { status: 'in-coaching' })).status,
        200,
      );
      assert.equal(await statusOf(target(), delft), 'in-coaching');
      const outcome = { goalReached: true, schoolCareer: 'next-level', startkwalificatie: true };
      const closed = await change(target(), token, delft.id, { status: 'closed', outcome });
      assert.equal(closed.status, 200);
      const body = (await closed.json()) as {
        outcome: unknown;
        history: { from: string; to: string }[];
        input?: unknown;
      };
      assert.deepEqual(body.outcome, outcome);
      assert.equal(body.input, undefined, 'the answer to a change carries no personal data');
      assert.deepEqual(
        body.history.map((event) => `${event.from}→${event.to}`),
        ['received→matched', 'matched→in-coaching', 'in-coaching→closed'],
      );
      assert.equal(await statusOf(target(), delft), 'closed');
      const status = (await (
        await target().fetch(`/v1/referrals/${delft.id}`, {
          headers: { Authorization: `Bearer ${demoPartnerKey}`, 'Vangnet-Token': delft.token },
        })
      ).json()) as Record<string, unknown>;
      // The status, and who coaches: the organisation, never a person, form or outcome.
      assert.deepEqual(Object.keys(status).sort(), [
        'createdAt',
        'id',
        'organisation',
        'reference',
        'service',
        'status',
        'updatedAt',
      ]);
      assert.deepEqual(Object.keys(status['organisation'] as object).sort(), ['id', 'name']);
      assert.equal((status['organisation'] as { id: string }).id, 'impegno');
    });

    it('illegal transitions are 409 status-conflict and change nothing', async () => {
      const token = await target().tokenOf('coordinator-westland');
      const illegal = [
        { status: 'in-coaching' },
        {
          status: 'closed',
          outcome: { goalReached: false, schoolCareer: 'same-school', startkwalificatie: false },
        },
      ];
      for (const body of illegal) {
        const answer = await change(target(), token, westland.id, body);
        assert.equal(answer.status, 409, JSON.stringify(body));
        assert.match(
          String(((await answer.json()) as { type: string }).type),
          /\/status-conflict$/,
        );
      }
      assert.equal(
        (
          await change(target(), token, westland.id, {
            status: 'closed',
            reason: 'specialist-help',
          })
        ).status,
        200,
      );
      for (const body of [
        { status: 'matched', match: { organisationId: 'schoolformaat' } },
        { status: 'closed', reason: 'moved' },
      ])
        assert.equal((await change(target(), token, westland.id, body)).status, 409);
      assert.equal(await statusOf(target(), westland), 'closed');
    });

    it('a match names an organisation of the network and, for Pluscoaching, a coaching form', async () => {
      const token = await target().tokenOf('coordinator-pluscoaching');
      const unknown = await change(target(), token, delft.id, {
        status: 'matched',
        match: { organisationId: 'nobody-here', coachingForm: 'plusmaatje' },
      });
      assert.equal(unknown.status, 422);
      const noForm = await change(target(), token, delft.id, {
        status: 'matched',
        match: { organisationId: 'impegno' },
      });
      assert.equal(noForm.status, 422);
      const wrong = await change(target(), token, delft.id, { status: 'finished' });
      assert.equal(wrong.status, 422);
      assert.equal(await statusOf(target(), delft), 'received');
    });

    it('a status change with a field the contract does not have is 422, naming it, and changes nothing', async () => {
      const token = await target().tokenOf('coordinator-pluscoaching');
      const answer = await change(target(), token, delft.id, {
        status: 'matched',
        match: { organisationId: 'impegno', coachingForm: 'pluscoach', coach: 'Jan de Vries' },
      });
      assert.equal(answer.status, 422);
      const problem = (await answer.json()) as { errors: { pointer: string; code: string }[] };
      assert.deepEqual(
        problem.errors.map((error) => [error.pointer, error.code]),
        [['/match/coach', 'unrecognized_keys']],
      );
      assert.equal(await statusOf(target(), delft), 'received');
    });
  });

  describe('privacy: export and erasure', () => {
    it('the export holds the referral, its history and who read it; it is audited itself', async () => {
      const token = await target().tokenOf('coordinator-leidschendam-voorburg');
      await target().staff(token, `/v1/staff/referrals/${leidschendam.id}`);
      const answer = await target().staff(token, `/v1/staff/referrals/${leidschendam.id}/export`);
      assert.equal(answer.status, 200);
      const body = (await answer.json()) as {
        referral: { input: { municipality: string } };
        audit: { action: string }[];
      };
      assert.equal(body.referral.input.municipality, 'leidschendam-voorburg');
      assert.deepEqual(
        body.audit.map((entry) => entry.action),
        ['read-referral', 'export-referral'],
      );
    });

    it('erasure removes the personal data, keeps the status for the referrer and the counts', async () => {
      const admin = await target().tokenOf('admin');
      const erased = await target().staff(admin, `/v1/staff/referrals/${westland.id}/erasure`, {
        body: {},
      });
      assert.equal(erased.status, 200);
      const { rows } = await target().db.query<{ input: unknown }>(
        'select input from referrals where id = $1',
        [westland.id],
      );
      assert.deepEqual(rows[0]?.input, {});
      const token = await target().tokenOf('coordinator-westland');
      const read = (await (
        await target().staff(token, `/v1/staff/referrals/${westland.id}`)
      ).json()) as Record<string, unknown>;
      assert.equal(read['erased'], true);
      assert.equal(read['input'], undefined);
      assert.equal(await statusOf(target(), westland), 'received');
      assert.equal(
        (await auditRows(target(), westland.id)).map((row) => row.action).join(),
        'erase-referral,read-referral',
      );
    });
  });

  describe('monitoring', () => {
    it('counts per month, service, municipality and outcome, as JSON and CSV, without people', async () => {
      const token = await target().tokenOf('coordinator-pluscoaching');
      await change(target(), token, delft.id, { status: 'closed', reason: 'declined' });
      const answer = await target().staff(token, '/v1/staff/monitoring');
      assert.equal(answer.status, 200);
      const { rows } = (await answer.json()) as { rows: Record<string, unknown>[] };
      assert.deepEqual(
        rows.map((row) => [
          row['month'],
          row['service'],
          row['municipality'],
          row['received'],
          row['closed'],
          row['declined'],
        ]),
        [
          ['2026-03', 'pluscoaching', 'delft', 1, 1, 1],
          ['2026-04', 'pluscoaching', 'den-haag', 1, 0, 0],
        ],
      );
      const csv = await target().staff(token, '/v1/staff/monitoring.csv?from=2026-04');
      assert.match(csv.headers.get('Content-Type') ?? '', /^text\/csv/);
      assert.equal(
        await csv.text(),
        'month,service,municipality,received,matched,inCoaching,closed,goalReached,startkwalificatie,declined,moved,specialistHelp\r\n' +
          '2026-04,pluscoaching,den-haag,1,0,0,0,0,0,0,0,0\r\n',
      );
      const admin = await target().tokenOf('admin');
      const all = (await (await target().staff(admin, '/v1/staff/monitoring')).json()) as {
        rows: unknown[];
      };
      assert.equal(all.rows.length, 4, 'an admin counts the whole region');
      assert.doesNotMatch(JSON.stringify(all), /Sam|Voorbeeld|mentor/);
    });
  });
});
