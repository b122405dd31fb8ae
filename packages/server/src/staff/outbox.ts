import { json, parseQuery, toAmsterdamIso } from '@vangnet/api-core';
import {
  StaffOutboxListSchema,
  StaffOutboxQuerySchema,
  type StaffOutboxMessage,
} from '@vangnet/sdk';
import { Hono } from 'hono';
import { urlOf, type StaffDeps, type StaffEnv } from './context.ts';
import { Params, requireRole } from './scope.ts';

interface OutboxRow {
  id: string;
  kind: string;
  channel: StaffOutboxMessage['channel'];
  state: StaffOutboxMessage['state'];
  reference: string;
  subject: string;
  attempts: number;
  created_at: Date;
  next_attempt_at: Date | null;
  delivered_at: Date | null;
  last_error: string | null;
  recipient: string | null;
  body: string | null;
}

const iso = (value: Date) => toAmsterdamIso(new Date(value));

/**
 * `GET /v1/staff/outbox`: what the server sends and whether it arrived, for admins. The recipient
 * and text — which hold a manage link until the message is sent — are shown only while the
 * development sign-in is on, so a demo without a mail server can follow its own links.
 */
export function outboxRoutes({ db }: StaffDeps, { showContent }: { showContent: boolean }) {
  const routes = new Hono<StaffEnv>();
  routes.get('/outbox', async (c) => {
    requireRole(c.get('principal'), 'admin');
    const { state, limit = 50 } = parseQuery(StaffOutboxQuerySchema, urlOf(c), ['limit']);
    const params = new Params();
    const where = state ? `where state = ${params.add(state)}` : '';
    const { rows } = await db.query<OutboxRow>(
      `select id, kind, channel, state, reference, subject, attempts, created_at, next_attempt_at,
              delivered_at, last_error, recipient, body
       from outbox ${where} order by created_at desc, seq desc limit ${params.add(limit)}`,
      params.values,
    );
    return json(StaffOutboxListSchema, {
      items: rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        channel: row.channel,
        state: row.state,
        reference: row.reference,
        subject: row.subject,
        attempts: row.attempts,
        createdAt: iso(row.created_at),
        ...(row.state === 'pending' && row.next_attempt_at
          ? { nextAttemptAt: iso(row.next_attempt_at) }
          : {}),
        ...(row.delivered_at ? { deliveredAt: iso(row.delivered_at) } : {}),
        ...(row.last_error ? { lastError: row.last_error } : {}),
        ...(showContent && row.recipient ? { to: row.recipient } : {}),
        ...(showContent && row.body ? { text: row.body } : {}),
      })),
    });
  });
  return routes;
}
