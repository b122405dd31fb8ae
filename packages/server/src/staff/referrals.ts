import { json, parseOrProblem, parseQuery, ProblemError, toAmsterdamIso } from '@vangnet/api-core';
import {
  ErasureResultSchema,
  ReferralExportSchema,
  StaffReferralListSchema,
  StaffReferralQuerySchema,
  StaffReferralSchema,
  StatusChangeInputSchema,
  type ReferralInput,
  type ReferralStatus,
  type StaffReferral,
  type StaffReferralSummary,
  type StatusChangeInput,
} from '@vangnet/sdk';
import { Hono } from 'hono';
import type { Queryable } from '../database/database.ts';
import type { OutboxWriter } from '../messages/outbox-writer.ts';
import { audit } from './audit.ts';
import { jsonBody, urlOf, type StaffDeps, type StaffEnv } from './context.ts';
import type { StaffPrincipal } from './grants.ts';
import { Params, referralScope, requireRole } from './scope.ts';

interface ReferralRow {
  id: string;
  reference: string;
  service: StaffReferral['service'];
  municipality: string;
  status: ReferralStatus;
  created_at: Date;
  updated_at: Date;
  input: ReferralInput | Record<string, never>;
  matched_organisation: string | null;
  coaching_form: string | null;
  outcome: StaffReferral['outcome'] | null;
  close_reason: StaffReferral['closeReason'] | null;
  closed_at: Date | null;
  erased_at: Date | null;
  /** The language the referral was sent in (migration 0004). */
  language: 'nl' | 'en';
}

const iso = (value: Date | string): string => toAmsterdamIso(new Date(value));

const summaryOf = (row: ReferralRow): StaffReferralSummary => ({
  id: row.id,
  reference: row.reference,
  service: row.service,
  municipality: row.municipality,
  status: row.status,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
  erased: row.erased_at !== null,
});

const notFound = () =>
  new ProblemError('not-found', { detail: 'There is no referral with this id in your scope.' });

/** The referral with this id if the principal's scope holds it. */
export async function scopedReferral(
  q: Queryable,
  principal: StaffPrincipal,
  id: string,
  options: { admins?: boolean; lock?: boolean } = {},
): Promise<ReferralRow> {
  const params = new Params();
  const idParam = params.add(id);
  const scope = referralScope(principal, params, options);
  const { rows } = await q.query<ReferralRow>(
    `select * from referrals r where r.id = ${idParam} and ${scope}${options.lock ? ' for update' : ''}`,
    params.values,
  );
  if (!rows[0]) throw notFound();
  return rows[0];
}

/** The referral in full: its input (unless erased), match, outcome and history. */
export async function fullReferral(q: Queryable, row: ReferralRow): Promise<StaffReferral> {
  const { rows: events } = await q.query<{
    at: Date;
    from_status: ReferralStatus;
    to_status: ReferralStatus;
    actor: string;
  }>(
    'select at, from_status, to_status, actor from referral_events where referral_id = $1 order by id',
    [row.id],
  );
  const referral: StaffReferral = {
    ...summaryOf(row),
    history: events.map((event) => ({
      at: iso(event.at),
      from: event.from_status,
      to: event.to_status,
      by: event.actor,
    })),
  };
  if (row.erased_at === null) referral.input = row.input as ReferralInput;
  if (row.matched_organisation !== null)
    referral.match = {
      organisationId: row.matched_organisation,
      ...(row.coaching_form !== null
        ? { coachingForm: row.coaching_form as NonNullable<StaffReferral['match']>['coachingForm'] }
        : {}),
    };
  if (row.outcome !== null) referral.outcome = row.outcome;
  if (row.close_reason !== null) referral.closeReason = row.close_reason;
  if (row.closed_at !== null) referral.closedAt = iso(row.closed_at);
  return referral;
}

/** Where each status may come from; anything else is `409 status-conflict`. */
function allowedFrom(change: StatusChangeInput): ReferralStatus[] {
  switch (change.status) {
    case 'matched':
      return ['received'];
    case 'in-coaching':
      return ['matched'];
    case 'closed':
      return 'outcome' in change ? ['in-coaching'] : ['received', 'matched', 'in-coaching'];
  }
}

async function checkMatch(
  q: Queryable,
  row: ReferralRow,
  change: StatusChangeInput,
): Promise<void> {
  if (change.status !== 'matched') return;
  const { rows } = await q.query('select 1 from organisations where id = $1', [
    change.match.organisationId,
  ]);
  const errors = [];
  if (rows.length === 0)
    errors.push({
      pointer: '/match/organisationId',
      code: 'unknown',
      message: 'There is no organisation with this id.',
    });
  if (row.service === 'pluscoaching' && change.match.coachingForm === undefined)
    errors.push({
      pointer: '/match/coachingForm',
      code: 'required',
      message: 'Pluscoaching is matched to a coaching form.',
    });
  if (errors.length > 0)
    throw new ProblemError('validation', { detail: 'The match is not valid.', errors });
}

/**
 * Queues the referrer's notice of the new status (when the operator turned it on): to the
 * referrer's address, in the referral's language, with the reference and the matched
 * organisation's name only. An erased referral has no address left, so it gets none.
 */
async function tellReferrer(q: Queryable, outbox: OutboxWriter, row: ReferralRow): Promise<void> {
  if (row.erased_at !== null || !('referrer' in row.input)) return;
  const { rows } = await q.query<{ name: string }>(
    "select data ->> 'name' as name from organisations where id = $1",
    [row.matched_organisation],
  );
  await outbox.referralStatusChanged(q, {
    reference: row.reference,
    status: row.status,
    recipient: row.input.referrer.email,
    language: row.language,
    organisationName: rows[0]?.name,
  });
}

/** The review queue, one referral in full, status changes, the export and erasure. */
export function referralRoutes({ db, clock, outbox, onMessageQueued }: StaffDeps): Hono<StaffEnv> {
  const routes = new Hono<StaffEnv>();

  routes.get('/referrals', async (c) => {
    const principal = c.get('principal');
    requireRole(principal, 'coordinator');
    const query = parseQuery(StaffReferralQuerySchema, urlOf(c), ['limit']);
    const params = new Params();
    const conditions = [referralScope(principal, params)];
    if (query.service) conditions.push(`r.service = ${params.add(query.service)}`);
    if (query.municipality) conditions.push(`r.municipality = ${params.add(query.municipality)}`);
    if (query.status) conditions.push(`r.status = ${params.add(query.status)}`);
    if (query.from)
      conditions.push(
        `(r.created_at at time zone 'Europe/Amsterdam')::date >= ${params.add(query.from)}::date`,
      );
    if (query.to)
      conditions.push(
        `(r.created_at at time zone 'Europe/Amsterdam')::date <= ${params.add(query.to)}::date`,
      );
    const where = conditions.join(' and ');
    const { rows } = await db.query<ReferralRow & { total: string }>(
      `select r.*, count(*) over () as total from referrals r where ${where}
       order by r.created_at, r.id limit ${params.add(query.limit ?? 50)}`,
      params.values,
    );
    let total = Number(rows[0]?.total ?? 0);
    if (rows.length === 0) {
      const counted = await db.query<{ total: string }>(
        `select count(*) as total from referrals r where ${where}`,
        params.values.slice(0, -1),
      );
      total = Number(counted.rows[0]?.total ?? 0);
    }
    return json(StaffReferralListSchema, { items: rows.map(summaryOf), total });
  });

  routes.get('/referrals/:id', async (c) => {
    const principal = c.get('principal');
    requireRole(principal, 'coordinator');
    const referral = await db.transaction(async (tx) => {
      const row = await scopedReferral(tx, principal, c.req.param('id'));
      await audit(tx, principal, clock.now(), 'read-referral', {
        referralId: row.id,
        resource: `referral:${row.id}`,
      });
      return fullReferral(tx, row);
    });
    return json(StaffReferralSchema, referral);
  });

  routes.post('/referrals/:id/status', async (c) => {
    const principal = c.get('principal');
    requireRole(principal, 'coordinator');
    const change = parseOrProblem(StatusChangeInputSchema, await jsonBody(c));
    const referral = await db.transaction(async (tx) => {
      const row = await scopedReferral(tx, principal, c.req.param('id'), { lock: true });
      if (!allowedFrom(change).includes(row.status))
        throw new ProblemError('status-conflict', {
          detail: `A referral that is ${row.status} cannot become ${change.status} this way.`,
        });
      await checkMatch(tx, row, change);
      const now = clock.now().toISOString();
      const { rows } = await tx.query<ReferralRow>(
        `update referrals set status = $2, updated_at = $3,
           matched_organisation = coalesce($4, matched_organisation),
           coaching_form = coalesce($5, coaching_form),
           outcome = coalesce($6::jsonb, outcome),
           close_reason = coalesce($7, close_reason),
           closed_at = case when $2 = 'closed' then $3::timestamptz else closed_at end
         where id = $1 returning *`,
        [
          row.id,
          change.status,
          now,
          change.status === 'matched' ? change.match.organisationId : null,
          change.status === 'matched' ? (change.match.coachingForm ?? null) : null,
          change.status === 'closed' && 'outcome' in change ? JSON.stringify(change.outcome) : null,
          change.status === 'closed' && 'reason' in change ? change.reason : null,
        ],
      );
      await tx.query(
        `insert into referral_events (referral_id, at, actor, from_status, to_status)
         values ($1, $2, $3, $4, $5)`,
        [row.id, now, principal.subject, row.status, change.status],
      );
      const changed = rows[0] as ReferralRow;
      await tellReferrer(tx, outbox, changed);
      return fullReferral(tx, changed);
    });
    onMessageQueued?.();
    // The answer repeats the referral's data, so a status change is not a read to audit: the
    // staff member sent it. The input is left out all the same; GET reads it (audited).
    const { input: _input, ...withoutInput } = referral;
    return json(StaffReferralSchema, withoutInput);
  });

  routes.get('/referrals/:id/export', async (c) => {
    const principal = c.get('principal');
    requireRole(principal, 'coordinator', 'admin');
    const exported = await db.transaction(async (tx) => {
      const row = await scopedReferral(tx, principal, c.req.param('id'), { admins: true });
      const now = clock.now();
      await audit(tx, principal, now, 'export-referral', {
        referralId: row.id,
        resource: `referral:${row.id}`,
      });
      const { rows } = await tx.query<{
        at: Date;
        actor: string;
        actor_role: string;
        action: string;
      }>(
        'select at, actor, actor_role, action from staff_audit where referral_id = $1 order by id',
        [row.id],
      );
      return {
        referral: await fullReferral(tx, row),
        audit: rows.map((entry) => ({
          at: iso(entry.at),
          actor: entry.actor,
          role: entry.actor_role,
          action: entry.action,
        })),
        exportedAt: toAmsterdamIso(now),
      };
    });
    return json(ReferralExportSchema, exported, {
      headers: {
        'Content-Disposition': `attachment; filename="referral-${exported.referral.id}.json"`,
      },
    });
  });

  routes.post('/referrals/:id/erasure', async (c) => {
    const principal = c.get('principal');
    requireRole(principal, 'coordinator', 'admin');
    const erased = await db.transaction(async (tx) => {
      const row = await scopedReferral(tx, principal, c.req.param('id'), {
        admins: true,
        lock: true,
      });
      const now = clock.now();
      await audit(tx, principal, now, 'erase-referral', {
        referralId: row.id,
        resource: `referral:${row.id}`,
      });
      const { rows } = await tx.query<{ erased_at: Date }>(
        `update referrals set input = '{}'::jsonb, erased_at = coalesce(erased_at, $2)
         where id = $1 returning erased_at`,
        [row.id, now.toISOString()],
      );
      return { id: row.id, erasedAt: iso((rows[0] as { erased_at: Date }).erased_at) };
    });
    return json(ErasureResultSchema, erased);
  });

  return routes;
}
