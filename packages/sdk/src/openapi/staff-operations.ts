import * as z from 'zod/mini';
import {
  AttendanceInputSchema,
  DevSignInInputSchema,
  DevSignInResultSchema,
  DevUserListSchema,
  ErasureResultSchema,
  LocationScheduleSchema,
  MonitoringQuerySchema,
  MonitoringSchema,
  ReferralExportSchema,
  RetentionResultSchema,
  ScheduleUpdatedSchema,
  StaffAppointmentListSchema,
  StaffAppointmentQuerySchema,
  StaffAppointmentSchema,
  StaffCallbackQuerySchema,
  StaffCancelInputSchema,
  StaffMoveInputSchema,
  StaffCallbackRequestListSchema,
  StaffCallbackRequestSchema,
  StaffLocationListSchema,
  StaffLocationSchema,
  StaffMeSchema,
  StaffOutboxListSchema,
  StaffOutboxQuerySchema,
  StaffReferralListSchema,
  StaffReferralQuerySchema,
  StaffReferralSchema,
  StaffSignInSchema,
  StatusChangeInputSchema,
} from '../schemas/staff.ts';

/** One endpoint of the staff API (`/v1/staff/`), for the OpenAPI document. */
export interface StaffOperationSpec {
  operationId: string;
  method: 'get' | 'post' | 'put';
  path: string;
  summary: string;
  /** Who may call it; the token's scope decides which records. */
  roles: string;
  pathParameter?: { name: 'id' | 'reference'; description: string };
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  response: z.ZodMiniType;
  /** The response is CSV, not JSON. */
  csv?: true;
  /** `409 status-conflict` is one of its answers. */
  conflict?: true;
  /** `409 slot-taken` is one too (with `conflict`). */
  slotTaken?: true;
  /** Takes `If-Match` with the version it changes; `412 precondition-failed` when that is old. */
  ifMatch?: true;
  /** The development sign-in: no token needed, and only with `VANGNET_DEV_SIGNIN=1`. */
  devSignIn?: true;
  /** Answers without a token (how to sign in). */
  noToken?: true;
}

const referralId = { name: 'id', description: 'The referral id.' } as const;
const appointmentReference = {
  name: 'reference',
  description: 'The appointment reference.',
} as const;
const locationId = { name: 'id', description: 'The location id, `jongerenpunt070`.' } as const;

/** A CSV body: a header line, then one line per row. */
export const CsvSchema = z.string();

/** Every endpoint of the staff API. */
export const staffOperations: StaffOperationSpec[] = [
  {
    operationId: 'staff.signIn',
    method: 'get',
    path: '/v1/staff/signin',
    summary:
      "How the workspace signs in: the OpenID Connect provider's endpoints (from its discovery document), client id and scopes, whether the development sign-in is on, and the workspace's partner key.",
    roles: 'anyone, no token',
    response: StaffSignInSchema,
    noToken: true,
  },
  {
    operationId: 'staff.devSignIn.users',
    method: 'get',
    path: '/v1/staff/dev-signin',
    summary: 'The demo staff of the development sign-in (only with VANGNET_DEV_SIGNIN=1).',
    roles: 'anyone, in development only',
    response: DevUserListSchema,
    devSignIn: true,
  },
  {
    operationId: 'staff.devSignIn',
    method: 'post',
    path: '/v1/staff/dev-signin',
    summary:
      "A demo user's access token, signed by the server's own start-up key (only with VANGNET_DEV_SIGNIN=1).",
    roles: 'anyone, in development only',
    body: DevSignInInputSchema,
    response: DevSignInResultSchema,
    devSignIn: true,
  },
  {
    operationId: 'staff.me',
    method: 'get',
    path: '/v1/staff/me',
    summary: 'Who the token belongs to and what its roles grant.',
    roles: 'any staff token',
    response: StaffMeSchema,
  },
  {
    operationId: 'staff.referrals.list',
    method: 'get',
    path: '/v1/staff/referrals',
    summary: 'The review queue of your scope, oldest first, without personal data.',
    roles: 'coordinator',
    query: StaffReferralQuerySchema,
    response: StaffReferralListSchema,
  },
  {
    operationId: 'staff.referrals.get',
    method: 'get',
    path: '/v1/staff/referrals/{id}',
    summary: 'One referral in full; every read is written to the audit log.',
    roles: 'coordinator',
    pathParameter: referralId,
    response: StaffReferralSchema,
  },
  {
    operationId: 'staff.referrals.changeStatus',
    method: 'post',
    path: '/v1/staff/referrals/{id}/status',
    summary:
      'Match (organisation and coaching form), start the coaching, or close with the outcome or a reason; other transitions are 409.',
    roles: 'coordinator',
    pathParameter: referralId,
    body: StatusChangeInputSchema,
    response: StaffReferralSchema,
    conflict: true,
  },
  {
    operationId: 'staff.referrals.export',
    method: 'get',
    path: '/v1/staff/referrals/{id}/export',
    summary:
      'Everything held about one referral, with its audit log, for a request of the person concerned.',
    roles: 'coordinator, admin',
    pathParameter: referralId,
    response: ReferralExportSchema,
  },
  {
    operationId: 'staff.referrals.erase',
    method: 'post',
    path: '/v1/staff/referrals/{id}/erasure',
    summary: 'Removes the personal data of one referral on request; status and counts stay.',
    roles: 'coordinator, admin',
    pathParameter: referralId,
    response: ErasureResultSchema,
  },
  {
    operationId: 'staff.locations.list',
    method: 'get',
    path: '/v1/staff/locations',
    summary: 'Your locations with their schedules (an admin: every location).',
    roles: 'casemanager, admin',
    response: StaffLocationListSchema,
  },
  {
    operationId: 'staff.locations.schedule',
    method: 'get',
    path: '/v1/staff/locations/{id}/schedule',
    summary: "A location's weekly hours, slot length and exceptions.",
    roles: 'casemanager of the location, admin',
    pathParameter: locationId,
    response: StaffLocationSchema,
  },
  {
    operationId: 'staff.locations.setSchedule',
    method: 'put',
    path: '/v1/staff/locations/{id}/schedule',
    summary:
      'Sets the schedule the public slots are cut from; booked appointments it no longer covers stay booked and are listed to move.',
    roles: 'casemanager of the location, admin',
    pathParameter: locationId,
    body: LocationScheduleSchema,
    response: ScheduleUpdatedSchema,
    ifMatch: true,
  },
  {
    operationId: 'staff.locations.needsMove',
    method: 'get',
    path: '/v1/staff/locations/{id}/needs-move',
    summary: 'Booked appointments outside the current schedule, to move with the person.',
    roles: 'casemanager of the location',
    pathParameter: locationId,
    response: StaffAppointmentListSchema,
  },
  {
    operationId: 'staff.locations.appointments',
    method: 'get',
    path: '/v1/staff/locations/{id}/appointments',
    summary: 'The appointments of one day at the location (audited).',
    roles: 'casemanager of the location',
    pathParameter: locationId,
    query: StaffAppointmentQuerySchema,
    response: StaffAppointmentListSchema,
  },
  {
    operationId: 'staff.appointments.attendance',
    method: 'post',
    path: '/v1/staff/appointments/{reference}/attendance',
    summary: 'Marks a booked appointment attended or no-show.',
    roles: 'casemanager of its location',
    pathParameter: appointmentReference,
    body: AttendanceInputSchema,
    response: StaffAppointmentSchema,
  },
  {
    operationId: 'staff.appointments.cancel',
    method: 'post',
    path: '/v1/staff/appointments/{reference}/cancel',
    summary:
      'Cancels a booked appointment for the organisation, with an optional reason code; the young person gets a message that says so and how to book again, and the reminder is withdrawn.',
    roles: 'casemanager of its location',
    pathParameter: appointmentReference,
    body: StaffCancelInputSchema,
    response: StaffAppointmentSchema,
    conflict: true,
  },
  {
    operationId: 'staff.appointments.move',
    method: 'post',
    path: '/v1/staff/appointments/{reference}/move',
    summary:
      'Moves a booked appointment to another slot of its location that the public calendar offers (the rules of a reschedule); the young person gets the rescheduled message with a new .ics.',
    roles: 'casemanager of its location',
    pathParameter: appointmentReference,
    body: StaffMoveInputSchema,
    response: StaffAppointmentSchema,
    conflict: true,
    slotTaken: true,
  },
  {
    operationId: 'staff.callbackRequests.list',
    method: 'get',
    path: '/v1/staff/callback-requests',
    summary: 'Call-back requests of your locations, open or called (audited).',
    roles: 'casemanager',
    query: StaffCallbackQuerySchema,
    response: StaffCallbackRequestListSchema,
  },
  {
    operationId: 'staff.callbackRequests.called',
    method: 'post',
    path: '/v1/staff/callback-requests/{reference}/called',
    summary: 'Marks a call-back request called.',
    roles: 'casemanager of its location',
    pathParameter: { name: 'reference', description: 'The call-back request reference.' },
    response: StaffCallbackRequestSchema,
  },
  {
    operationId: 'staff.monitoring',
    method: 'get',
    path: '/v1/staff/monitoring',
    summary: 'Counts per month, service, municipality and outcome; no personal data.',
    roles: 'coordinator (own scope), admin (the region)',
    query: MonitoringQuerySchema,
    response: MonitoringSchema,
  },
  {
    operationId: 'staff.monitoringCsv',
    method: 'get',
    path: '/v1/staff/monitoring.csv',
    summary: 'The same counts as CSV, for a spreadsheet.',
    roles: 'coordinator (own scope), admin (the region)',
    query: MonitoringQuerySchema,
    response: CsvSchema,
    csv: true,
  },
  {
    operationId: 'staff.retention.run',
    method: 'post',
    path: '/v1/staff/retention/run',
    summary:
      'Runs the retention job now (it also runs on a schedule): personal data of referrals closed longer ago than the retention is removed.',
    roles: 'admin',
    response: RetentionResultSchema,
  },
  {
    operationId: 'staff.outbox.list',
    method: 'get',
    path: '/v1/staff/outbox',
    summary:
      'The messages the server sends (confirmations, reminders, notices), newest first, with their delivery state: dead letters are the ones that could not be delivered. Recipient and text only while the development sign-in is on.',
    roles: 'admin',
    query: StaffOutboxQuerySchema,
    response: StaffOutboxListSchema,
  },
];
