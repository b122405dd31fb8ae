import {
  defaultLocationSchedule,
  json,
  parseOrProblem,
  parseQuery,
  ProblemError,
  slotsOn,
  toAmsterdamIso,
} from '@vangnet/api-core';
import {
  amsterdamDate,
  AttendanceInputSchema,
  LocationScheduleSchema,
  ScheduleUpdatedSchema,
  StaffAppointmentListSchema,
  StaffAppointmentQuerySchema,
  StaffAppointmentSchema,
  StaffCallbackQuerySchema,
  StaffCallbackRequestListSchema,
  StaffCallbackRequestSchema,
  StaffLocationListSchema,
  StaffLocationSchema,
  type CallbackRequestInput,
  type Location,
  type LocationSchedule,
  type StaffAppointment,
  type StaffLocation,
} from '@vangnet/sdk';
import { Hono } from 'hono';
import type { Queryable } from '../database/database.ts';
import { noteSlotsChanged } from '../store/slot-watch.ts';
import { audit } from './audit.ts';
import { jsonBody, urlOf, type StaffDeps, type StaffEnv } from './context.ts';
import { isAdmin, locationsOf, type StaffPrincipal } from './grants.ts';
import { forbidden, requireLocation, requireRole } from './scope.ts';
import { entityTag, ifMatchAllows, scheduleVersion } from './schedule-version.ts';

/** An `appointments` row as the staff routes read it. */
export interface AppointmentRow {
  reference: string;
  status: StaffAppointment['status'];
  attendance: StaffAppointment['attendance'] | null;
  topic: string;
  location_id: string;
  slot_id: string;
  slot_start: Date;
  input: StaffAppointment['input'];
}

/** The appointment as its casemanager sees it. */
export const appointmentOf = (row: AppointmentRow): StaffAppointment => ({
  reference: row.reference,
  status: row.status,
  ...(row.attendance ? { attendance: row.attendance } : {}),
  topic: row.topic,
  locationId: row.location_id,
  slotId: row.slot_id,
  start: toAmsterdamIso(new Date(row.slot_start)),
  input: row.input,
});

/** `404` with nothing of the resource in it: outside the scope reads as not there. */
export const notFound = (what: string) =>
  new ProblemError('not-found', { detail: `There is no ${what} with this id in your scope.` });

async function locationById(q: Queryable, id: string): Promise<Location> {
  const { rows } = await q.query<{ data: Location }>('select data from locations where id = $1', [
    id,
  ]);
  if (!rows[0]) throw notFound('location');
  return rows[0].data;
}

async function scheduleOf(q: Queryable, id: string): Promise<LocationSchedule | undefined> {
  const { rows } = await q.query<{ schedule: LocationSchedule }>(
    'select schedule from location_schedules where location_id = $1',
    [id],
  );
  return rows[0]?.schedule;
}

/**
 * The booked appointments from `now` on whose slot the schedule no longer has: never cancelled
 * by a change of hours, they are listed for the casemanager to move together with the person.
 */
export async function appointmentsNeedingMove(
  q: Queryable,
  location: Location,
  schedule: LocationSchedule,
  now: Date,
): Promise<StaffAppointment[]> {
  const { rows } = await q.query<AppointmentRow>(
    `select * from appointments where location_id = $1 and status = 'booked' and slot_start >= $2
     order by slot_start`,
    [location.id, now.toISOString()],
  );
  return rows
    .filter((row) => {
      const date = amsterdamDate(new Date(row.slot_start));
      return !slotsOn(location, date, schedule).some((slot) => slot.id === row.slot_id);
    })
    .map(appointmentOf);
}

/** A location as the staff API answers it: its schedule (or the default), and that one's version. */
function staffLocationOf(location: Location, stored: LocationSchedule | undefined): StaffLocation {
  const schedule = stored ?? defaultLocationSchedule;
  return { location, schedule, custom: stored !== undefined, version: scheduleVersion(schedule) };
}

/** Opening hours and exceptions, the day's appointments, attendance, call-back requests. */
export function agendaRoutes({ db, clock }: StaffDeps): Hono<StaffEnv> {
  const routes = new Hono<StaffEnv>();

  const visibleLocations = (principal: StaffPrincipal): string[] | 'all' =>
    isAdmin(principal) ? 'all' : locationsOf(principal);

  routes.get('/locations', async (c) => {
    const principal = c.get('principal');
    requireRole(principal, 'casemanager', 'admin');
    const visible = visibleLocations(principal);
    const { rows } = await db.query<{ data: Location; schedule: LocationSchedule | null }>(
      `select l.data, s.schedule from locations l
       left join location_schedules s on s.location_id = l.id
       where $1::boolean or l.id = any($2::text[]) order by l.id`,
      [visible === 'all', visible === 'all' ? [] : visible],
    );
    return json(StaffLocationListSchema, {
      items: rows.map((row) => staffLocationOf(row.data, row.schedule ?? undefined)),
    });
  });

  routes.get('/locations/:id/schedule', async (c) => {
    const principal = c.get('principal');
    requireLocation(principal, c.req.param('id'), { admins: true });
    const location = await locationById(db, c.req.param('id'));
    const answer = staffLocationOf(location, await scheduleOf(db, location.id));
    return json(StaffLocationSchema, answer, { headers: { ETag: entityTag(answer.version) } });
  });

  routes.put('/locations/:id/schedule', async (c) => {
    const principal = c.get('principal');
    requireLocation(principal, c.req.param('id'), { admins: true });
    const schedule = parseOrProblem(LocationScheduleSchema, await jsonBody(c));
    const ifMatch = c.req.header('If-Match');
    const result = await db.transaction(async (tx) => {
      const location = await locationById(tx, c.req.param('id'));
      // One change of a location's schedule at a time, also while it has no row yet: the
      // version compared below is then the one this change replaces.
      await tx.query('select pg_advisory_xact_lock(hashtext($1), hashtext($2))', [
        'location-schedule',
        location.id,
      ]);
      const current = (await scheduleOf(tx, location.id)) ?? defaultLocationSchedule;
      if (!ifMatchAllows(ifMatch, scheduleVersion(current)))
        throw new ProblemError('precondition-failed', {
          detail: 'The schedule was changed after the version in If-Match: read it again.',
        });
      const now = clock.now();
      await tx.query(
        `insert into location_schedules (location_id, schedule, updated_at) values ($1, $2::jsonb, $3)
         on conflict (location_id) do update set schedule = excluded.schedule, updated_at = excluded.updated_at`,
        [location.id, JSON.stringify(schedule), now.toISOString()],
      );
      noteSlotsChanged(tx, location.id);
      return {
        schedule,
        version: scheduleVersion(schedule),
        needsMove: await appointmentsNeedingMove(tx, location, schedule, now),
      };
    });
    return json(ScheduleUpdatedSchema, result, { headers: { ETag: entityTag(result.version) } });
  });

  routes.get('/locations/:id/needs-move', async (c) => {
    const principal = c.get('principal');
    requireLocation(principal, c.req.param('id'));
    const location = await locationById(db, c.req.param('id'));
    const schedule = (await scheduleOf(db, location.id)) ?? defaultLocationSchedule;
    const items = await db.transaction(async (tx) => {
      await audit(tx, principal, clock.now(), 'read-appointments', {
        resource: `location:${location.id}:needs-move`,
      });
      return appointmentsNeedingMove(tx, location, schedule, clock.now());
    });
    return json(StaffAppointmentListSchema, { items });
  });

  routes.get('/locations/:id/appointments', async (c) => {
    const principal = c.get('principal');
    requireLocation(principal, c.req.param('id'));
    const { date } = parseQuery(StaffAppointmentQuerySchema, urlOf(c));
    const items = await db.transaction(async (tx) => {
      const location = await locationById(tx, c.req.param('id'));
      await audit(tx, principal, clock.now(), 'read-appointments', {
        resource: `location:${location.id}:${date}`,
      });
      const { rows } = await tx.query<AppointmentRow>(
        `select * from appointments where location_id = $1
           and (slot_start at time zone 'Europe/Amsterdam')::date = $2::date
         order by slot_start, reference`,
        [location.id, date],
      );
      return rows.map(appointmentOf);
    });
    return json(StaffAppointmentListSchema, { items });
  });

  routes.post('/appointments/:reference/attendance', async (c) => {
    const principal = c.get('principal');
    requireRole(principal, 'casemanager');
    const { attendance } = parseOrProblem(AttendanceInputSchema, await jsonBody(c));
    const { rows } = await db.query<AppointmentRow>(
      `update appointments set attendance = $2, attendance_at = $3
       where reference = $1 and status = 'booked' and location_id = any($4::text[]) returning *`,
      [c.req.param('reference'), attendance, clock.now().toISOString(), locationsOf(principal)],
    );
    if (!rows[0]) throw notFound('booked appointment');
    return json(StaffAppointmentSchema, appointmentOf(rows[0]));
  });

  interface CallbackRow {
    reference: string;
    created_at: Date;
    called_at: Date | null;
    input: CallbackRequestInput;
  }
  const callbackOf = (row: CallbackRow) => ({
    reference: row.reference,
    createdAt: toAmsterdamIso(new Date(row.created_at)),
    state: row.called_at === null ? ('open' as const) : ('called' as const),
    ...(row.called_at === null ? {} : { calledAt: toAmsterdamIso(new Date(row.called_at)) }),
    input: row.input,
  });

  routes.get('/callback-requests', async (c) => {
    const principal = c.get('principal');
    requireRole(principal, 'casemanager');
    const query = parseQuery(StaffCallbackQuerySchema, urlOf(c));
    const locations = locationsOf(principal);
    if (query.location !== undefined && !locations.includes(query.location)) throw forbidden();
    const items = await db.transaction(async (tx) => {
      await audit(tx, principal, clock.now(), 'read-callback-requests', {
        resource: `callback-requests:${query.location ?? locations.join(',')}`,
      });
      const { rows } = await tx.query<CallbackRow>(
        `select reference, created_at, called_at, input from callback_requests
         where input ->> 'location' = any($1::text[])
           and ($2::text is null or (called_at is null) = ($2 = 'open'))
         order by created_at, reference`,
        [query.location ? [query.location] : locations, query.state ?? null],
      );
      return rows.map(callbackOf);
    });
    return json(StaffCallbackRequestListSchema, { items });
  });

  routes.post('/callback-requests/:reference/called', async (c) => {
    const principal = c.get('principal');
    requireRole(principal, 'casemanager');
    const { rows } = await db.query<CallbackRow>(
      `update callback_requests set called_at = coalesce(called_at, $2), called_by = coalesce(called_by, $3)
       where reference = $1 and input ->> 'location' = any($4::text[])
       returning reference, created_at, called_at, input`,
      [
        c.req.param('reference'),
        clock.now().toISOString(),
        principal.subject,
        locationsOf(principal),
      ],
    );
    if (!rows[0]) throw notFound('call-back request');
    return json(StaffCallbackRequestSchema, callbackOf(rows[0]));
  });

  return routes;
}
