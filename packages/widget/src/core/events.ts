/**
 * Every event the Vangnet components send to the host page. They bubble and are composed, so a
 * listener on `document` hears them; their `detail` carries references and step names only — never
 * names, dates of birth, contact details or tokens (see {@link FORBIDDEN_DETAIL_KEYS}), because host
 * pages forward events to analytics tools.
 */

import type { ErrorCode } from './error-code.ts';

/** The component that sent an event, by element name without the `vangnet-` prefix. */
export type ComponentName =
  'referral-form' | 'booking-form' | 'organisation-finder' | 'referral-status' | 'provider';

/** `vangnet-step`: a multi-step form showed a step. */
export interface StepDetail {
  readonly component: ComponentName;
  /** The step's stable name, e.g. `referrer`, `review`, `confirmation`. */
  readonly step: string;
  /** Zero-based position of the step. */
  readonly index: number;
  /** How many steps the flow has now (it can change, e.g. with the service chosen). */
  readonly total: number;
}

/** `vangnet-submitted`: a referral was received by the API. */
export interface SubmittedDetail {
  /** The referral's reference, `VN-R-7K3M9Q`. */
  readonly reference: string;
  /** The service referred to, `pluscoaching` or `absenteeism`. */
  readonly service: string;
}

/** `vangnet-booked`, `vangnet-rescheduled`, `vangnet-cancelled`: an appointment changed. */
export interface AppointmentDetail {
  /** The appointment's reference. */
  readonly reference: string;
}

/** `vangnet-callback-requested`: a call-back request was received by the API. */
export interface CallbackRequestedDetail {
  /** The call-back request's reference. */
  readonly reference: string;
}

/**
 * What kind of failure a `vangnet-error` reports: a wrong attribute (`configuration`, with
 * `attribute`), a failure a retry may fix (`unreachable`: offline, timeout, 429, 5xx), or an
 * answer a retry will not change (`api`).
 */
export type ErrorKind = 'configuration' | 'unreachable' | 'api';

/** `vangnet-error`: something went wrong that the page may want to know about (or log). */
export interface ErrorDetail {
  readonly component: ComponentName;
  readonly kind: ErrorKind;
  /**
   * What failed, for `unreachable` and `api`: one of `ERROR_CODES` — the API's problem type
   * name (`slot-taken`, `rate-limited`…), or `network`, `timeout`, `invalid-response`. The same
   * failure gives the same code in every component.
   */
  readonly code?: ErrorCode;
  /** The attribute at fault, for `configuration`. */
  readonly attribute?: string;
  /** The step the form was on, if any. */
  readonly step?: string;
}

/** `vangnet-organisation-selected`: "refer to this organisation" was chosen in the finder. */
export interface OrganisationSelectedDetail {
  readonly organisationId: string;
}

/** Every Vangnet event by name, with its detail. */
export interface VangnetEventDetails {
  'vangnet-step': StepDetail;
  'vangnet-submitted': SubmittedDetail;
  'vangnet-booked': AppointmentDetail;
  'vangnet-rescheduled': AppointmentDetail;
  'vangnet-cancelled': AppointmentDetail;
  'vangnet-callback-requested': CallbackRequestedDetail;
  'vangnet-error': ErrorDetail;
  'vangnet-organisation-selected': OrganisationSelectedDetail;
}

/** A Vangnet event's name. */
export type VangnetEventName = keyof VangnetEventDetails;

/** The names of all Vangnet events, for tests and for pages that forward them all. */
export const VANGNET_EVENTS = [
  'vangnet-step',
  'vangnet-submitted',
  'vangnet-booked',
  'vangnet-rescheduled',
  'vangnet-cancelled',
  'vangnet-callback-requested',
  'vangnet-error',
  'vangnet-organisation-selected',
] as const satisfies readonly VangnetEventName[];

/**
 * Keys that must never appear in an event's `detail`, at any depth. Tests check every event a
 * component fires against this list with {@link forbiddenKeysIn}; `dispatch` checks in
 * development builds too.
 */
export const FORBIDDEN_DETAIL_KEYS: readonly string[] = [
  'name',
  'firstName',
  'lastName',
  'givenName',
  'familyName',
  'fullName',
  'dateOfBirth',
  'birthDate',
  'dob',
  'age',
  'email',
  'phone',
  'mobile',
  'telephone',
  'address',
  'postcode',
  'street',
  'contact',
  'token',
  'partnerKey',
  'bsn',
  'note',
  'notes',
  'message',
];

const forbidden = new Set(FORBIDDEN_DETAIL_KEYS.map((key) => key.toLowerCase()));

/** The forbidden keys found in `detail`, as dotted paths (`young.name`); empty when it is clean. */
export function forbiddenKeysIn(detail: unknown, path = ''): string[] {
  if (detail === null || typeof detail !== 'object') return [];
  return Object.entries(detail).flatMap(([key, value]) => {
    const here = path ? `${path}.${key}` : key;
    return [...(forbidden.has(key.toLowerCase()) ? [here] : []), ...forbiddenKeysIn(value, here)];
  });
}

/** Creates a Vangnet event: typed, bubbling, composed. */
export function vangnetEvent<N extends VangnetEventName>(
  name: N,
  detail: VangnetEventDetails[N],
): CustomEvent<VangnetEventDetails[N]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

/**
 * Fires a Vangnet event from `target`. A detail with a forbidden key is a programming error: it
 * throws rather than leak personal data into the host page.
 *
 * @example dispatch(this, 'vangnet-booked', { reference: appointment.reference });
 */
export function dispatch<N extends VangnetEventName>(
  target: EventTarget,
  name: N,
  detail: VangnetEventDetails[N],
): boolean {
  const leaks = forbiddenKeysIn(detail);
  if (leaks.length > 0) throw new Error(`${name}: detail must not carry ${leaks.join(', ')}`);
  return target.dispatchEvent(vangnetEvent(name, detail));
}

declare global {
  interface HTMLElementEventMap {
    'vangnet-step': CustomEvent<StepDetail>;
    'vangnet-submitted': CustomEvent<SubmittedDetail>;
    'vangnet-booked': CustomEvent<AppointmentDetail>;
    'vangnet-rescheduled': CustomEvent<AppointmentDetail>;
    'vangnet-cancelled': CustomEvent<AppointmentDetail>;
    'vangnet-callback-requested': CustomEvent<CallbackRequestedDetail>;
    'vangnet-error': CustomEvent<ErrorDetail>;
    'vangnet-organisation-selected': CustomEvent<OrganisationSelectedDetail>;
  }
}
