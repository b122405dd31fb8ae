import type { ServiceId } from '@vangnet/sdk';
import type { Queryable } from '../database/database.ts';

/** The moment `months` calendar months before `now`. */
export function monthsBefore(now: Date, months: number): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/**
 * The retention job: removes the personal data (the input) of every referral closed longer ago
 * than its service's retention, and returns how many. The row stays with service, municipality,
 * dates, status and outcome, so the monitoring counts do not change; the status token keeps
 * working and shows `closed`.
 */
export async function runRetention(
  q: Queryable,
  retentionMonths: Readonly<Record<ServiceId, number>>,
  now: Date,
): Promise<number> {
  let erased = 0;
  for (const [service, months] of Object.entries(retentionMonths)) {
    const { rowCount } = await q.query(
      `update referrals set input = '{}'::jsonb, erased_at = $3
       where service = $1 and status = 'closed' and erased_at is null and closed_at <= $2`,
      [service, monthsBefore(now, months).toISOString(), now.toISOString()],
    );
    erased += rowCount;
  }
  return erased;
}
