export * from './schemas/index.ts';
export {
  isPhoneNumber,
  isDutchMobileNumber,
  isDutchPostcode,
  normalisePhoneNumber,
} from './domain/phone.ts';
export * from './search/index.ts';
export { ageOn } from './domain/age.ts';
export { amsterdamDate, amsterdamOffsetMinutes, toAmsterdamIso } from './domain/amsterdam-date.ts';
export { compareText, type CompareTextOptions } from './domain/compare-text.ts';
export { bookingEligibility, firstEligibleDate, lastEligibleDate } from './domain/eligibility.ts';
export type { BookingEligibility, BookingRules } from './domain/eligibility.ts';
export { consentParties } from './domain/consent.ts';
export { overlappingPeriods } from './domain/opening-hours.ts';
export { appointmentToIcs, escapeIcsText, foldIcsLine } from './domain/ics.ts';
export type { IcsOptions } from './domain/ics.ts';

export {
  appointmentInputForm,
  callbackRequestInputForm,
  referralInputForm,
} from './checks/generated-forms.ts';
export type { FormContract } from './checks/contract.ts';
export { shapeOf, type FieldShape } from './checks/field-shape.ts';
export { isId } from './checks/is-id.ts';

export { createClient } from './core/client.ts';
export type { VangnetClient } from './core/client.ts';
export { createFirstViewClient, prepareLater } from './core/first-view-client.ts';
export type { ClientOptions, RequestOptions, RetryOptions, WriteOptions } from './core/options.ts';
export type { CatalogResource } from './resources/catalog.ts';
export type { OrganisationsResource } from './resources/organisations.ts';
export type { ReferralsResource } from './resources/referrals.ts';
export type { LocationsResource } from './resources/locations.ts';
export type { SlotsResource } from './resources/slots.ts';
export type { AppointmentsResource } from './resources/appointments.ts';
export type { CallbackRequestsResource } from './resources/callback-requests.ts';

export { VangnetError, isVangnetError } from './errors/vangnet-error.ts';
export type { VangnetErrorOptions } from './errors/vangnet-error.ts';
export { ApiError } from './errors/api-error.ts';
export type { ApiErrorOptions } from './errors/api-error.ts';
export type { FieldIssue } from './errors/field-issue.ts';
export { InputError } from './errors/input-error.ts';
export { NetworkError } from './errors/network-error.ts';
export { TimeoutError } from './errors/timeout-error.ts';
export { ValidationError } from './errors/validation-error.ts';
export type { ValidationErrorKind } from './errors/validation-error.ts';
export { MalformedRequestError } from './errors/malformed-request-error.ts';
export type { MalformedRequestErrorKind } from './errors/malformed-request-error.ts';
export { UnauthorisedError } from './errors/unauthorised-error.ts';
export { OriginNotAllowedError } from './errors/origin-not-allowed-error.ts';
export { NotFoundError } from './errors/not-found-error.ts';
export { SlotTakenError } from './errors/slot-taken-error.ts';
export { IdempotencyInProgressError } from './errors/idempotency-in-progress-error.ts';
export { RateLimitedError } from './errors/rate-limited-error.ts';
export type { RetryAfterOptions } from './errors/rate-limited-error.ts';
export { ServerError } from './errors/server-error.ts';
export type { ServerErrorKind } from './errors/server-error.ts';
export { InvalidResponseError } from './errors/invalid-response-error.ts';
export type { InvalidResponseReason } from './errors/invalid-response-error.ts';
export { errorFromResponse } from './errors/error-from-response.ts';
export type { ErrorAnswer } from './errors/error-from-response.ts';
export { pointerToPath, pathToPointer } from './utils/json-pointer.ts';
export { issuePerUnknownField, unknownFieldMessage } from './utils/unknown-fields.ts';
export type { UnknownFieldsIssue } from './utils/unknown-fields.ts';
