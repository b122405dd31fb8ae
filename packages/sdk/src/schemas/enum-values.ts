// The values of the contract's enums, without zod: a page's first view can check an attribute
// against them without loading the schemas, which enums.ts builds from these lists.

/** Every `ServiceId`. */
export const serviceIdValues = ['pluscoaching', 'absenteeism'] as const;

/** Every `CoachingForm`. */
export const coachingFormValues = [
  'pluscoach',
  'plusstudent',
  'plusmaatje',
  'no-preference',
] as const;

/** Every `SchoolType`. */
export const schoolTypeValues = ['po', 'vo', 'mbo'] as const;

/** Every `Audience`. */
export const audienceValues = ['po', 'vo', 'mbo', '18-27'] as const;

/** Every `Channel`. */
export const channelValues = ['in-person', 'phone', 'video'] as const;

/** Every `ConsentParty`. */
export const consentPartyValues = ['young-person', 'parent'] as const;

/** Every `ConsentMethod`. */
export const consentMethodValues = ['in-person', 'phone', 'letter'] as const;

/** Every `ReferralStatus`. */
export const referralStatusValues = ['received', 'matched', 'in-coaching', 'closed'] as const;

/** Every `AppointmentStatus`. */
export const appointmentStatusValues = ['booked', 'cancelled'] as const;

/** Every `ContactPreference`. */
export const contactPreferenceValues = ['email', 'sms'] as const;

/** Every `OrganisationKind`. */
export const organisationKindValues = [
  'plusvoorziening',
  'kernpartner',
  'opdc',
  'school-social-work',
  'municipality',
] as const;

/** The problem `type` names of the API; a problem's `type` URI ends in one of them. */
export const problemTypes = [
  'malformed-request',
  'idempotency-key-missing',
  'unauthorised',
  'origin-not-allowed',
  'forbidden',
  'not-found',
  'slot-taken',
  'idempotency-in-progress',
  'status-conflict',
  'precondition-failed',
  'validation',
  'age-out-of-bounds',
  'consent-missing',
  'idempotency-mismatch',
  'rate-limited',
  'server-error',
  'unavailable',
] as const;
export type ProblemTypeName = (typeof problemTypes)[number];

/** Problems only the staff API answers (`/v1/staff/`): a partner site's client never meets them. */
export const staffProblemTypes = [
  'forbidden',
  'status-conflict',
  'precondition-failed',
] as const satisfies readonly ProblemTypeName[];

/** The problem types of the public API, the ones api.md lists. */
export const publicProblemTypes = problemTypes.filter(
  (name): name is Exclude<ProblemTypeName, (typeof staffProblemTypes)[number]> =>
    !(staffProblemTypes as readonly string[]).includes(name),
);

/** The base of the problem `type` URIs the API uses. */
export const problemTypeBase = 'https://vangnet.example.org/problems/';
