import {
  ApiError,
  IdempotencyInProgressError,
  InputError,
  InvalidResponseError,
  MalformedRequestError,
  NetworkError,
  NotFoundError,
  OriginNotAllowedError,
  RateLimitedError,
  ServerError,
  SlotTakenError,
  TimeoutError,
  UnauthorisedError,
  ValidationError,
  errorFromResponse,
  publicProblemTypes,
} from '@vangnet/sdk';

/**
 * Every `code` a `vangnet-error` can carry: the public API's problem type names
 * (docs/guides/api-contract.md; the staff API's own are never met by a component),
 * then three for failures without an answer the API meant:
 * - `network`: the API could not be reached, or its answer did not arrive whole;
 * - `timeout`: the API did not answer in time;
 * - `invalid-response`: something answered, but not as the contract says (a proxy's page, a drift).
 *
 * The list only grows; a code is never renamed, because host pages count and alert on them.
 */
export const ERROR_CODES = [
  ...publicProblemTypes,
  'network',
  'timeout',
  'invalid-response',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The SDK classes whose class alone says the code; the others carry it as their `kind`. */
const byClass: readonly (readonly [abstract new (...args: never[]) => Error, ErrorCode])[] = [
  [UnauthorisedError, 'unauthorised'],
  [OriginNotAllowedError, 'origin-not-allowed'],
  [NotFoundError, 'not-found'],
  [SlotTakenError, 'slot-taken'],
  [IdempotencyInProgressError, 'idempotency-in-progress'],
  [RateLimitedError, 'rate-limited'],
  [InvalidResponseError, 'invalid-response'],
  [NetworkError, 'network'],
  [TimeoutError, 'timeout'],
  // The SDK checks input with the server's own schemas, so it is the 422 the API would give.
  [InputError, 'validation'],
];

/**
 * The one code for a failure, for `vangnet-error` and the console: the same API answer gives the
 * same code in every component. Never the error's message, which may quote what was typed.
 *
 * Errors that are not the SDK's: a `fetch` `TypeError` is `network` and an `AbortSignal.timeout`
 * is `timeout`, as the form kit treats them; anything else (a client of the page's own that threw
 * something else) is `invalid-response`, since no answer the contract knows came back.
 *
 * @example
 * ```ts
 * dispatch(this, 'vangnet-error', { component: 'booking-form', kind: 'api', code: errorCode(error) });
 * ```
 */
export function errorCode(error: unknown): ErrorCode {
  if (
    error instanceof ValidationError ||
    error instanceof MalformedRequestError ||
    error instanceof ServerError
  ) {
    return error.kind;
  }
  const known = byClass.find(([errorClass]) => error instanceof errorClass);
  if (known) return known[1];
  // A bare ApiError (made by hand, not by the SDK's factory): the factory's own reading of it.
  if (error instanceof ApiError) {
    return errorCode(
      errorFromResponse({ status: error.status, body: error.problem, headers: new Headers() }),
    );
  }
  if (error instanceof TypeError) return 'network';
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'timeout';
  return 'invalid-response';
}
