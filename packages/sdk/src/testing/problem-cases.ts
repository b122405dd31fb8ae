import {
  IdempotencyInProgressError,
  MalformedRequestError,
  NotFoundError,
  OriginNotAllowedError,
  RateLimitedError,
  ServerError,
  SlotTakenError,
  UnauthorisedError,
  ValidationError,
  type ApiError,
} from '@vangnet/sdk';

/** Every problem type name of the contract, its status, and the error class it must become. */
export const problemCases: [string, number, abstract new (...args: never[]) => ApiError][] = [
  ['malformed-request', 400, MalformedRequestError],
  ['idempotency-key-missing', 400, MalformedRequestError],
  ['unauthorised', 401, UnauthorisedError],
  ['origin-not-allowed', 403, OriginNotAllowedError],
  ['not-found', 404, NotFoundError],
  ['slot-taken', 409, SlotTakenError],
  ['idempotency-in-progress', 409, IdempotencyInProgressError],
  ['validation', 422, ValidationError],
  ['age-out-of-bounds', 422, ValidationError],
  ['consent-missing', 422, ValidationError],
  ['idempotency-mismatch', 422, ValidationError],
  ['rate-limited', 429, RateLimitedError],
  ['server-error', 500, ServerError],
  ['unavailable', 503, ServerError],
];
