import { problemContract } from '../checks/generated.ts';
import type { ProblemTypeName } from '../schemas/problem.ts';
import { issuesFromProblem } from '../utils/field-issues.ts';
import { problemTypeName } from '../utils/problem-type-name.ts';
import { parseRetryAfter } from '../utils/retry-after.ts';
import type { ApiError } from './api-error.ts';
import { IdempotencyInProgressError } from './idempotency-in-progress-error.ts';
import { InvalidResponseError } from './invalid-response-error.ts';
import { MalformedRequestError } from './malformed-request-error.ts';
import { NotFoundError } from './not-found-error.ts';
import { OriginNotAllowedError } from './origin-not-allowed-error.ts';
import { RateLimitedError } from './rate-limited-error.ts';
import { ServerError } from './server-error.ts';
import { SlotTakenError } from './slot-taken-error.ts';
import { UnauthorisedError } from './unauthorised-error.ts';
import { ValidationError } from './validation-error.ts';

/** An error answer of the API, its body already read (JSON when it was JSON, else text). */
export interface ErrorAnswer {
  status: number;
  body: unknown;
  headers: Headers;
  operation?: string | undefined;
}

/**
 * The problem name an answer without a (known) problem type stands for. A `409` without a type is
 * left out on purpose: slot taken is final and idempotency in progress is not, and guessing wrong
 * either loses a booking or retries a lost cause.
 */
function nameFromStatus(status: number): ProblemTypeName | undefined {
  if (status === 400) return 'malformed-request';
  if (status === 401) return 'unauthorised';
  if (status === 403) return 'origin-not-allowed';
  if (status === 404) return 'not-found';
  if (status === 422) return 'validation';
  if (status === 429) return 'rate-limited';
  if (status === 503) return 'unavailable';
  if (status >= 500 && status <= 599) return 'server-error';
  return undefined;
}

/**
 * The typed error of an error answer: by the problem `type` name when the body is a valid RFC 9457
 * problem with a known name, otherwise by the status alone (a proxy's HTML page, an empty body).
 */
export function errorFromResponse(answer: ErrorAnswer): ApiError {
  // The generated check accepts exactly what ProblemSchema accepts (a test holds it to that), so
  // an error needs no zod to be named.
  const problem = problemContract.check(answer.body);
  const options = { status: answer.status, problem, operation: answer.operation };
  const retryAfterMs = parseRetryAfter(answer.headers.get('retry-after'));
  const name = problemTypeName(problem?.type) ?? nameFromStatus(answer.status);
  switch (name) {
    case 'malformed-request':
    case 'idempotency-key-missing':
      return new MalformedRequestError(name, options);
    case 'unauthorised':
      return new UnauthorisedError(options);
    case 'origin-not-allowed':
      return new OriginNotAllowedError(options);
    case 'not-found':
      return new NotFoundError(options);
    case 'slot-taken':
      return new SlotTakenError(options);
    case 'idempotency-in-progress':
      return new IdempotencyInProgressError(options);
    case 'validation':
    case 'age-out-of-bounds':
    case 'consent-missing':
    case 'idempotency-mismatch':
      return new ValidationError(name, issuesFromProblem(problem?.errors), options);
    case 'rate-limited':
      return new RateLimitedError({ ...options, retryAfterMs });
    case 'server-error':
    case 'unavailable':
      return new ServerError(name, { ...options, retryAfterMs });
    // Problems of the staff API, which this client does not call: unexpected here.
    case 'forbidden':
    case 'status-conflict':
    case 'precondition-failed':
    case undefined:
      return new InvalidResponseError('unexpected-status', options);
  }
}
