import type { Queryable } from '../database/database.ts';
import { rolesOf, type StaffPrincipal } from './grants.ts';

/** What an audit row records a staff member doing with personal data (reads, and changes to it). */
export type AuditAction =
  | 'read-referral'
  | 'export-referral'
  | 'erase-referral'
  | 'read-appointments'
  | 'read-callback-requests'
  | 'cancel-appointment'
  | 'move-appointment';

/**
 * Writes one audit row: who (the token's subject), when, which referral or resource, and in
 * which role. Written before the data is answered, in the same transaction when there is one.
 */
export async function audit(
  q: Queryable,
  principal: StaffPrincipal,
  at: Date,
  action: AuditAction,
  target: { referralId?: string; resource: string },
): Promise<void> {
  await q.query(
    `insert into staff_audit (at, actor, actor_role, action, referral_id, resource)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      at.toISOString(),
      principal.subject,
      rolesOf(principal),
      action,
      target.referralId ?? null,
      target.resource,
    ],
  );
}
