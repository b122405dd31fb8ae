// The retention job: the personal data of referrals closed longer ago than their service's
// retention is removed, exactly those; the counts of the monitoring stay the same.
import { beforeEach, it } from 'node:test';
import assert from 'node:assert/strict';
import { demoPartnerKey } from '@vangnet/api-core';
import { monthsBefore } from '@vangnet/server';
import { referral } from '../conformance/support/calls.ts';
import { onEveryDatabase, sendReferral, type StaffTarget } from './support/staff-server.ts';

async function close(target: StaffTarget, user: string, id: string, at: string) {
  target.setNow(at);
  const answer = await target.staff(
    await target.tokenOf(user),
    `/v1/staff/referrals/${id}/status`,
    {
      body: { status: 'closed', reason: 'declined' },
    },
  );
  assert.equal(answer.status, 200);
}

const erasedIds = async (target: StaffTarget) =>
  (
    await target.db.query<{ id: string }>(
      `select id from referrals where erased_at is not null and input = '{}'::jsonb order by id`,
    )
  ).rows.map((row) => row.id);

onEveryDatabase(
  (target) => {
    beforeEach(() => target().reset());

    it('removes exactly what is due, per service, and keeps the counts', async () => {
      const t = target();
      t.setNow('2026-03-02T10:00:00+01:00');
      const old = await sendReferral(t, referral('2010-05-01'));
      const recent = await sendReferral(t, referral('2010-05-01', { municipality: 'den-haag' }));
      const open = await sendReferral(t, referral('2010-05-01', { municipality: 'rijswijk' }));
      const westland = await sendReferral(
        t,
        referral('2012-09-01', {
          service: 'absenteeism',
          municipality: 'westland',
          supportNeed: { reasons: ['verzuim'], description: 'Is vaak afwezig.' },
        }),
      );
      // Pluscoaching keeps 12 months, absenteeism 6 (this file's configuration).
      await close(t, 'coordinator-pluscoaching', old.id, '2026-03-10T10:00:00+01:00');
      await close(t, 'coordinator-pluscoaching', recent.id, '2026-08-01T10:00:00+02:00');
      await close(t, 'coordinator-westland', westland.id, '2026-08-01T10:00:00+02:00');
      const countsBefore = await (
        await t.staff(await t.tokenOf('admin'), '/v1/staff/monitoring')
      ).json();

      t.setNow('2027-02-15T10:00:00+01:00');
      assert.equal(await t.server.staff.runRetention(), 1, 'the absenteeism referral (6 months)');
      assert.deepEqual(await erasedIds(t), [westland.id]);

      t.setNow('2027-03-20T10:00:00+01:00');
      const run = await t.staff(await t.tokenOf('admin'), '/v1/staff/retention/run', { body: {} });
      assert.deepEqual(
        ((await run.json()) as { erased: number }).erased,
        1,
        'the one closed 12 months ago',
      );
      assert.deepEqual(await erasedIds(t), [old.id, westland.id].sort());
      assert.equal(await t.server.staff.runRetention(), 0, 'a second run finds nothing new');

      const { rows } = await t.db.query<{ id: string; status: string; service: string }>(
        'select id, status, service from referrals order by id',
      );
      assert.equal(rows.length, 4, 'no referral row is deleted');
      const still = (
        await t.db.query<{ input: { youngPerson?: unknown } }>(
          'select input from referrals where id = any($1)',
          [[recent.id, open.id]],
        )
      ).rows;
      assert.ok(still.every((row) => row.input.youngPerson !== undefined));
      assert.deepEqual(
        await (await t.staff(await t.tokenOf('admin'), '/v1/staff/monitoring')).json(),
        countsBefore,
      );
      const status = await t.fetch(`/v1/referrals/${old.id}`, {
        headers: { Authorization: `Bearer ${demoPartnerKey}`, 'Vangnet-Token': old.token },
      });
      assert.equal(((await status.json()) as { status: string }).status, 'closed');
    });

    it('counts months on the calendar', () => {
      assert.equal(
        monthsBefore(new Date('2026-03-31T12:00:00Z'), 1).toISOString(),
        '2026-03-03T12:00:00.000Z',
      );
      assert.equal(
        monthsBefore(new Date('2026-02-02T09:00:00Z'), 12).toISOString(),
        '2025-02-02T09:00:00.000Z',
      );
    });
  },
  { VANGNET_RETENTION_MONTHS: 'pluscoaching=12,absenteeism=6' },
);
