import {
  appointmentMessage,
  fieldError,
  heldPlace,
  json,
  moveAppointment,
  parseOrProblem,
  ProblemError,
  requireInCalendar,
  slotIdParts,
  toAmsterdamIso,
  type MessagePlace,
  type StoredAppointment,
} from '@vangnet/api-core';
import {
  StaffAppointmentSchema,
  StaffCancelInputSchema,
  StaffMoveInputSchema,
  type Catalog,
} from '@vangnet/sdk';
import { Hono } from 'hono';
import type { Queryable } from '../database/database.ts';
import {
  appointmentFrom,
  transactionOn,
  type StoredAppointmentRow,
} from '../store/postgres-store.ts';
import { appointmentOf, notFound, type AppointmentRow } from './agenda.ts';
import { audit } from './audit.ts';
import { jsonBody, type StaffDeps, type StaffEnv } from './context.ts';
import { locationsOf, type StaffPrincipal } from './grants.ts';
import { requireRole } from './scope.ts';

/**
 * The appointment at one of the casemanager's locations, locked: `404` when there is none in
 * the scope, `409 status-conflict` when it is no longer booked.
 */
async function lockedAppointment(
  tx: Queryable,
  principal: StaffPrincipal,
  reference: string,
): Promise<StoredAppointment> {
  const { rows } = await tx.query<StoredAppointmentRow>(
    'select * from appointments where reference = $1 and location_id = any($2::text[]) for update',
    [reference, locationsOf(principal)],
  );
  const row = rows[0];
  if (!row) throw notFound('appointment');
  if (row.status !== 'booked')
    throw new ProblemError('status-conflict', {
      detail: 'This appointment is cancelled already; it cannot be changed.',
    });
  return appointmentFrom(row);
}

/** The catalog whose region holds the municipality: the rules (age bounds, topics) of a move. */
async function regionCatalogOf(tx: Queryable, municipality: string): Promise<Catalog> {
  const { rows } = await tx.query<{ data: Catalog }>(
    `select data from catalogs c where exists (
       select 1 from jsonb_array_elements(c.data -> 'municipalities') m where m ->> 'id' = $1)
     order by region limit 1`,
    [municipality],
  );
  if (!rows[0]) throw new Error(`No catalog for municipality ${municipality}`);
  return rows[0].data;
}

async function appointmentAfter(tx: Queryable, reference: string) {
  const { rows } = await tx.query<AppointmentRow>(
    'select * from appointments where reference = $1',
    [reference],
  );
  return appointmentOf(rows[0] as AppointmentRow);
}

/**
 * Cancelling and moving an appointment for the organisation: each in one transaction with its
 * message to the young person and its audit row. The rules of a move are the core's, the same
 * as when the young person reschedules.
 */
export function appointmentChangeRoutes({
  db,
  clock,
  outbox,
  onMessageQueued,
}: StaffDeps): Hono<StaffEnv> {
  const routes = new Hono<StaffEnv>();
  // The token is kept hashed only, so staff messages carry no manage link (and need no URL).
  const messages = { clock, manageUrl: '' };

  routes.post('/appointments/:reference/cancel', async (c) => {
    const principal = c.get('principal');
    requireRole(principal, 'casemanager');
    const { reason } = parseOrProblem(StaffCancelInputSchema, await jsonBody(c));
    const reference = c.req.param('reference');
    const answer = await db.transaction(async (tx) => {
      const appointment = await lockedAppointment(tx, principal, reference);
      const store = transactionOn(tx, outbox);
      const now = clock.now();
      const place: MessagePlace | undefined = heldPlace(
        await store.locations(),
        await store.locationSchedule(appointment.locationId),
        appointment,
      );
      if (!place) throw notFound('appointment');
      const cancelled: StoredAppointment = {
        ...appointment,
        status: 'cancelled',
        updatedAt: toAmsterdamIso(now),
      };
      await store.updateAppointment(reference, cancelled);
      await audit(tx, principal, now, 'cancel-appointment', {
        resource: `appointment:${reference}`,
      });
      await outbox.appointmentChangedByStaff(
        tx,
        appointmentMessage(messages, 'appointment-cancelled', cancelled, undefined, place),
        reason,
        { ...place, appointment: cancelled },
      );
      return appointmentAfter(tx, reference);
    });
    onMessageQueued?.();
    return json(StaffAppointmentSchema, answer);
  });

  routes.post('/appointments/:reference/move', async (c) => {
    const principal = c.get('principal');
    requireRole(principal, 'casemanager');
    const { slotId } = parseOrProblem(StaffMoveInputSchema, await jsonBody(c));
    const reference = c.req.param('reference');
    const answer = await db.transaction(async (tx) => {
      const appointment = await lockedAppointment(tx, principal, reference);
      if (slotIdParts(slotId)?.locationId !== appointment.locationId)
        throw new ProblemError('validation', {
          detail: 'Choose a time at the same location.',
          errors: [fieldError(['slotId'], 'other-location', 'This slot is at another location.')],
        });
      const store = transactionOn(tx, outbox);
      const location = (await store.locations()).find(
        (candidate) => candidate.id === appointment.locationId,
      );
      if (!location) throw notFound('appointment');
      const now = clock.now();
      const { moved, place } = await moveAppointment(
        store,
        await regionCatalogOf(tx, location.municipality),
        appointment,
        slotId,
        { now, checkBookable: (slot) => requireInCalendar(now, slot) },
      );
      await audit(tx, principal, now, 'move-appointment', { resource: `appointment:${reference}` });
      await outbox.appointmentChangedByStaff(
        tx,
        appointmentMessage(messages, 'appointment-rescheduled', moved, undefined, place),
        undefined,
        { ...place, appointment: moved },
      );
      return appointmentAfter(tx, reference);
    });
    onMessageQueued?.();
    return json(StaffAppointmentSchema, answer);
  });

  return routes;
}
