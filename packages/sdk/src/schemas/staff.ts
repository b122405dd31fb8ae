import * as z from 'zod/mini';
import { AppointmentInputSchema, CallbackRequestInputSchema } from './booking.ts';
import { LocationSchema } from './locations.ts';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, lineOf } from './common.ts';
import {
  AppointmentStatusSchema,
  CoachingFormSchema,
  ReferralStatusSchema,
  ServiceIdSchema,
} from './enums.ts';
import { ReferralInputSchema } from './referrals.ts';
import { overlappingPeriods } from '../domain/opening-hours.ts';

// The staff API (`/v1/staff/`): what coordinators, casemanagers and admins read and change.
// Every request carries a staff access token (an OpenID Connect JWT), never a partner key.

/** A time of day in Amsterdam, `09:00`. */
export const TimeOfDaySchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** Opening hours on one weekday (1 = Monday … 7 = Sunday); several per day for a lunch break. */
export const OpeningHoursSchema = z
  .strictObject({
    weekday: z.int().check(z.gte(1), z.lte(7)),
    opens: TimeOfDaySchema,
    closes: TimeOfDaySchema,
  })
  .check(z.refine((hours) => hours.opens < hours.closes, { message: 'Opens before it closes.' }));
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;

/** A day that differs from the week: closed (a holiday, a team day) or extra hours. */
export const ScheduleExceptionSchema = z
  .strictObject({
    date: IsoDateSchema,
    kind: z.enum(['closed', 'extra']),
    opens: z.optional(TimeOfDaySchema),
    closes: z.optional(TimeOfDaySchema),
    note: z.optional(lineOf(200)),
  })
  .check(
    z.refine(
      (exception) =>
        exception.kind === 'closed' ||
        (exception.opens !== undefined &&
          exception.closes !== undefined &&
          exception.opens < exception.closes),
      { message: 'Extra hours need opens before closes.' },
    ),
  );
export type ScheduleException = z.infer<typeof ScheduleExceptionSchema>;

/** `params.rule` of the issue a period gets that overlaps another one of its weekday. */
export const periodsOverlapRule = 'periods-overlap';

/**
 * When a location receives young people: weekly hours cut into slots of `slotMinutes`, minus
 * closed days and Dutch public holidays, plus extra hours. Free slots are these minus bookings.
 */
export const LocationScheduleSchema = z.strictObject({
  slotMinutes: z.int().check(z.gte(10), z.lte(240)),
  /** The periods of one weekday may touch but not overlap: one casemanager, one talk at a time. */
  weekly: z.array(OpeningHoursSchema).check(
    z.maxLength(70),
    z.superRefine((weekly, ctx) => {
      for (const index of overlappingPeriods(weekly))
        ctx.addIssue({
          code: 'custom',
          path: [index, 'opens'],
          message: 'Overlaps another period of the same weekday.',
          params: { rule: periodsOverlapRule },
          input: weekly[index],
        });
    }),
  ),
  exceptions: z.array(ScheduleExceptionSchema).check(z.maxLength(1000)),
});
export type LocationSchedule = z.infer<typeof LocationScheduleSchema>;

/** The staff roles. */
export const StaffRoleSchema = z.enum(['coordinator', 'casemanager', 'admin']);
export type StaffRole = z.infer<typeof StaffRoleSchema>;

/**
 * What one role lets a person do: a coordinator a service in a region or one municipality, a
 * casemanager one location, an admin the region's reference data.
 */
export const StaffGrantSchema = z.union([
  z.object({
    role: z.literal('coordinator'),
    service: ServiceIdSchema,
    region: z.optional(IdSchema),
    municipality: z.optional(IdSchema),
  }),
  z.object({ role: z.literal('casemanager'), location: IdSchema }),
  z.object({ role: z.literal('admin') }),
]);
export type StaffGrant = z.infer<typeof StaffGrantSchema>;

/** `GET /v1/staff/me`: who the token belongs to and what it grants. */
export const StaffMeSchema = z.object({
  subject: lineOf(300),
  name: z.optional(lineOf(300)),
  grants: z.array(StaffGrantSchema).check(z.maxLength(200)),
});
export type StaffMe = z.infer<typeof StaffMeSchema>;

/** The region's OpenID Connect provider, as the workspace signs in with it (code flow, PKCE). */
export const StaffOidcSignInSchema = z.object({
  issuer: z.url().check(z.maxLength(500)),
  /** From the provider's discovery document. */
  authorizationEndpoint: z.url().check(z.maxLength(500)),
  tokenEndpoint: z.url().check(z.maxLength(500)),
  /** The workspace's public client at the provider: no secret. */
  clientId: lineOf(300),
  /** What to ask for: the access token must be one for the staff API's audience. */
  scopes: z.array(lineOf(200)).check(z.maxLength(20)),
});
export type StaffOidcSignIn = z.infer<typeof StaffOidcSignInSchema>;

/**
 * `GET /v1/staff/signin`, no token needed: how the workspace signs in here — with the
 * organisation's provider, the development sign-in, or both — and its partner key for the
 * public API (the catalog, the organisations).
 */
export const StaffSignInSchema = z.object({
  oidc: z.optional(StaffOidcSignInSchema),
  devSignIn: z.boolean(),
  partnerKey: z.optional(z.string().check(z.regex(/^pk_[A-Za-z0-9_]+$/), z.maxLength(200))),
});
export type StaffSignIn = z.infer<typeof StaffSignInSchema>;

/** One demo member of staff of the development sign-in (fictional people). */
export const DevUserSchema = z.object({
  id: IdSchema,
  name: lineOf(200),
  email: z.email(),
  grants: z.array(StaffGrantSchema),
});
export type DevUser = z.infer<typeof DevUserSchema>;
export const DevUserListSchema = z.object({ users: z.array(DevUserSchema) });

/** Body of `POST /v1/staff/dev-signin`. */
export const DevSignInInputSchema = z.strictObject({ user: IdSchema });
export const DevSignInResultSchema = z.object({
  accessToken: z.string().check(z.minLength(20)),
  tokenType: z.literal('Bearer'),
  /** Seconds. */
  expiresIn: z.int(),
  user: DevUserSchema,
});
export type DevSignInResult = z.infer<typeof DevSignInResultSchema>;

/** `GET /v1/staff/referrals`: the review queue, oldest first. Dates are the creation date. */
export const StaffReferralQuerySchema = z.object({
  service: z.optional(ServiceIdSchema),
  municipality: z.optional(IdSchema),
  status: z.optional(ReferralStatusSchema),
  from: z.optional(IsoDateSchema),
  to: z.optional(IsoDateSchema),
  limit: z.optional(z.int().check(z.gte(1), z.lte(200))),
});
export type StaffOutboxQuery = z.infer<typeof StaffOutboxQuerySchema>;

/** One referral in the queue, without personal data. */
export const StaffReferralSummarySchema = z.object({
  id: IdSchema,
  reference: lineOf(40),
  service: ServiceIdSchema,
  municipality: IdSchema,
  status: ReferralStatusSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  /** Whether the personal data was removed (retention or a request). */
  erased: z.boolean(),
});
export type StaffReferralSummary = z.infer<typeof StaffReferralSummarySchema>;
export const StaffReferralListSchema = z.object({
  items: z.array(StaffReferralSummarySchema),
  total: z.int().check(z.gte(0)),
});

/** The match of a referral: an organisation of the network and (for Pluscoaching) a coaching form. */
export const ReferralMatchSchema = z.strictObject({
  organisationId: IdSchema,
  coachingForm: z.optional(CoachingFormSchema),
});

/** How the school career continued after the coaching (seed 002's second level). */
export const SchoolCareerSchema = z.enum([
  'same-school',
  'other-school',
  'next-level',
  'work-or-training',
  'left-school',
]);

/** The outcome on the three levels seed 002 monitors. */
export const ReferralOutcomeSchema = z.strictObject({
  goalReached: z.boolean(),
  schoolCareer: SchoolCareerSchema,
  startkwalificatie: z.boolean(),
});
export type ReferralOutcome = z.infer<typeof ReferralOutcomeSchema>;

/** Why a referral closed without coaching to its end. */
export const CloseReasonSchema = z.enum(['declined', 'moved', 'specialist-help']);
export type CloseReason = z.infer<typeof CloseReasonSchema>;

/** One status change, by whom (the staff member's subject). */
export const ReferralEventSchema = z.object({
  at: IsoDateTimeSchema,
  from: ReferralStatusSchema,
  to: ReferralStatusSchema,
  by: lineOf(300),
});

/** `GET /v1/staff/referrals/{id}`: the referral in full. Every read is audited. */
export const StaffReferralSchema = z.object({
  ...StaffReferralSummarySchema.shape,
  /** What the referrer sent; absent once erased. */
  input: z.optional(ReferralInputSchema),
  match: z.optional(ReferralMatchSchema),
  outcome: z.optional(ReferralOutcomeSchema),
  closeReason: z.optional(CloseReasonSchema),
  closedAt: z.optional(IsoDateTimeSchema),
  history: z.array(ReferralEventSchema),
});
export type StaffReferral = z.infer<typeof StaffReferralSchema>;

/**
 * Body of `POST /v1/staff/referrals/{id}/status`: received → matched → in-coaching → closed (with
 * the outcome); received, matched or in-coaching → closed with a reason. Anything else is `409`.
 */
export const StatusChangeInputSchema = z.union([
  z.strictObject({ status: z.literal('matched'), match: ReferralMatchSchema }),
  z.strictObject({ status: z.literal('in-coaching') }),
  z.strictObject({ status: z.literal('closed'), outcome: ReferralOutcomeSchema }),
  z.strictObject({ status: z.literal('closed'), reason: CloseReasonSchema }),
]);
export type StatusChangeInput = z.infer<typeof StatusChangeInputSchema>;

/** Everything held about one referral, for a request of the person concerned. */
export const ReferralExportSchema = z.object({
  referral: StaffReferralSchema,
  audit: z.array(
    z.object({
      at: IsoDateTimeSchema,
      actor: lineOf(300),
      role: lineOf(100),
      action: lineOf(50),
    }),
  ),
  exportedAt: IsoDateTimeSchema,
});

export const ErasureResultSchema = z.object({ id: IdSchema, erasedAt: IsoDateTimeSchema });

/** An opaque version of a location's schedule (`StaffLocation.version`). */
const scheduleVersionSchema = z.string().check(z.minLength(1), z.maxLength(100));

/** A location with its schedule, for the casemanagers of it and admins. */
export const StaffLocationSchema = z.object({
  location: LocationSchema,
  schedule: LocationScheduleSchema,
  /** `false` while the location runs on the default calendar. */
  custom: z.boolean(),
  /**
   * The schedule's version, also its `ETag`: send it back as `If-Match` when you change the
   * schedule, and a change someone else made meanwhile is answered `412` instead of overwritten.
   */
  version: scheduleVersionSchema,
});
export type StaffLocation = z.infer<typeof StaffLocationSchema>;
export const StaffLocationListSchema = z.object({ items: z.array(StaffLocationSchema) });

/** An appointment as its casemanager sees it, with the young person's contact details. */
export const StaffAppointmentSchema = z.object({
  reference: lineOf(40),
  status: AppointmentStatusSchema,
  attendance: z.optional(z.enum(['attended', 'no-show'])),
  topic: IdSchema,
  locationId: IdSchema,
  slotId: lineOf(200),
  start: IsoDateTimeSchema,
  input: AppointmentInputSchema,
});
export type StaffAppointment = z.infer<typeof StaffAppointmentSchema>;
export const StaffAppointmentListSchema = z.object({ items: z.array(StaffAppointmentSchema) });

/** `PUT …/schedule`: the new schedule and the booked appointments it no longer covers. */
export const ScheduleUpdatedSchema = z.object({
  schedule: LocationScheduleSchema,
  /** The saved schedule's version, for the next change's `If-Match`. */
  version: scheduleVersionSchema,
  /** Still booked, never cancelled by the change: the casemanager moves them with the person. */
  needsMove: z.array(StaffAppointmentSchema),
});
export type ScheduleUpdated = z.infer<typeof ScheduleUpdatedSchema>;

export const StaffAppointmentQuerySchema = z.object({ date: IsoDateSchema });
export const AttendanceInputSchema = z.strictObject({
  attendance: z.enum(['attended', 'no-show']),
});

/**
 * Why the organisation cancels an appointment: a code from a fixed list, never free text, so the
 * young person only ever reads a sentence written (and translated) in advance.
 */
export const StaffCancelReasonSchema = z.enum([
  'location-closed',
  'casemanager-unavailable',
  'requested-by-young-person',
  'other',
]);
export type StaffCancelReason = z.infer<typeof StaffCancelReasonSchema>;

/** Body of `POST /v1/staff/appointments/{reference}/cancel`. */
export const StaffCancelInputSchema = z.strictObject({
  reason: z.optional(StaffCancelReasonSchema),
});
export type StaffCancelInput = z.infer<typeof StaffCancelInputSchema>;

/**
 * Body of `POST /v1/staff/appointments/{reference}/move`: a slot of the same location that the
 * public calendar (`GET /v1/slots`) offers, named as the public reschedule names it.
 */
export const StaffMoveInputSchema = z.strictObject({ slotId: IdSchema });
export type StaffMoveInput = z.infer<typeof StaffMoveInputSchema>;

export const StaffCallbackRequestSchema = z.object({
  reference: lineOf(40),
  createdAt: IsoDateTimeSchema,
  state: z.enum(['open', 'called']),
  calledAt: z.optional(IsoDateTimeSchema),
  input: CallbackRequestInputSchema,
});
export type StaffCallbackRequest = z.infer<typeof StaffCallbackRequestSchema>;
export const StaffCallbackRequestListSchema = z.object({
  items: z.array(StaffCallbackRequestSchema),
});
export const StaffCallbackQuerySchema = z.object({
  location: z.optional(IdSchema),
  state: z.optional(z.enum(['open', 'called'])),
});
export type StaffCallbackQuery = z.infer<typeof StaffCallbackQuerySchema>;

/** A month, `2026-03`. */
export const MonthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

export const MonitoringQuerySchema = z.object({
  from: z.optional(MonthSchema),
  to: z.optional(MonthSchema),
  service: z.optional(ServiceIdSchema),
  municipality: z.optional(IdSchema),
});
export type MonitoringQuery = z.infer<typeof MonitoringQuerySchema>;

/** Counts of the referrals received in one month, per service and municipality: no people in it. */
export const MonitoringRowSchema = z.object({
  month: MonthSchema,
  service: ServiceIdSchema,
  municipality: IdSchema,
  received: z.int(),
  matched: z.int(),
  inCoaching: z.int(),
  closed: z.int(),
  goalReached: z.int(),
  startkwalificatie: z.int(),
  declined: z.int(),
  moved: z.int(),
  specialistHelp: z.int(),
});
export type MonitoringRow = z.infer<typeof MonitoringRowSchema>;
export const MonitoringSchema = z.object({ rows: z.array(MonitoringRowSchema) });

/** `POST /v1/staff/retention/run`: how many referrals lost their personal data. */
export const RetentionResultSchema = z.object({
  erased: z.int().check(z.gte(0)),
  ranAt: IsoDateTimeSchema,
});

/** `GET /v1/staff/outbox?state&limit`: the messages the server sends, newest first. */
export const StaffOutboxQuerySchema = z.object({
  state: z.optional(z.enum(['pending', 'sent', 'dead'])),
  limit: z.optional(z.int().check(z.gte(1), z.lte(200))),
});

/**
 * One message of the outbox. Its recipient and text are shown only while the development sign-in
 * is on (a demo without a mail server); otherwise only what staff need to see that it went out,
 * or did not: kind, state, attempts and the last error, which never holds an address.
 */
export const StaffOutboxMessageSchema = z.object({
  id: z.string(),
  kind: z.string(),
  channel: z.enum(['email', 'sms']),
  state: z.enum(['pending', 'sent', 'dead']),
  reference: z.string(),
  subject: z.string(),
  attempts: z.int().check(z.gte(0)),
  createdAt: IsoDateTimeSchema,
  nextAttemptAt: z.optional(IsoDateTimeSchema),
  deliveredAt: z.optional(IsoDateTimeSchema),
  lastError: z.optional(z.string()),
  to: z.optional(z.string()),
  text: z.optional(z.string()),
});
export type StaffOutboxMessage = z.infer<typeof StaffOutboxMessageSchema>;
export const StaffOutboxListSchema = z.object({ items: z.array(StaffOutboxMessageSchema) });
