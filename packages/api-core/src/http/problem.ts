import {
  ProblemSchema,
  problemTypeBase,
  type FieldError,
  type Problem,
  type ProblemTypeName,
} from '@vangnet/sdk';

const titles: Record<ProblemTypeName, string> = {
  'malformed-request': 'The request could not be read.',
  'idempotency-key-missing': 'An Idempotency-Key header is required.',
  unauthorised: 'The key or token is missing or not valid.',
  'origin-not-allowed': 'This key may not be used from this origin.',
  forbidden: 'This sign-in does not allow this.',
  'not-found': 'Not found.',
  'slot-taken': 'This time is no longer free.',
  'idempotency-in-progress': 'A request with this Idempotency-Key is still being processed.',
  'status-conflict': 'The referral cannot change to this status from where it stands.',
  'precondition-failed': 'It was changed since you read it.',
  validation: 'The request has errors.',
  'age-out-of-bounds': 'The age on the day of the appointment is outside the bounds.',
  'consent-missing': 'Consent declarations are missing.',
  'idempotency-mismatch': 'This Idempotency-Key was used with another request.',
  'rate-limited': 'Too many requests.',
  'server-error': 'Something went wrong on the server.',
  unavailable: 'The service is temporarily unavailable.',
};

/** The status code of each problem type, as `api.md` fixes it. */
export const problemStatus: Record<ProblemTypeName, number> = {
  'malformed-request': 400,
  'idempotency-key-missing': 400,
  unauthorised: 401,
  'origin-not-allowed': 403,
  forbidden: 403,
  'not-found': 404,
  'slot-taken': 409,
  'idempotency-in-progress': 409,
  'status-conflict': 409,
  'precondition-failed': 412,
  validation: 422,
  'age-out-of-bounds': 422,
  'consent-missing': 422,
  'idempotency-mismatch': 422,
  'rate-limited': 429,
  'server-error': 500,
  unavailable: 503,
};

export interface ProblemOptions {
  detail?: string;
  errors?: FieldError[];
  /** Seconds, for 429 and 503. */
  retryAfter?: number;
}

/**
 * A problem a handler throws; the route turns it into an `application/problem+json` response.
 * Throwing keeps each handler a straight line of checks.
 */
export class ProblemError extends Error {
  readonly problemType: ProblemTypeName;
  readonly options: ProblemOptions;

  constructor(problemType: ProblemTypeName, options: ProblemOptions = {}) {
    super(options.detail ?? titles[problemType]);
    this.name = 'ProblemError';
    this.problemType = problemType;
    this.options = options;
  }
}

/** The problem body of a type name. */
export function problemBody(problemType: ProblemTypeName, options: ProblemOptions = {}): Problem {
  const body: Problem = {
    type: `${problemTypeBase}${problemType}`,
    title: titles[problemType],
    status: problemStatus[problemType],
  };
  if (options.detail !== undefined) body.detail = options.detail;
  if (options.errors !== undefined) body.errors = options.errors;
  return ProblemSchema.parse(body);
}

/** An `application/problem+json` response. */
export function problemResponse(
  problemType: ProblemTypeName,
  options: ProblemOptions = {},
): Response {
  const headers = new Headers({ 'Content-Type': 'application/problem+json' });
  if (options.retryAfter !== undefined) headers.set('Retry-After', String(options.retryAfter));
  return new Response(JSON.stringify(problemBody(problemType, options)), {
    status: problemStatus[problemType],
    headers,
  });
}

/** The problem type that best names a bare status code (for scenarios that force a status). */
export function problemTypeForStatus(status: number): ProblemTypeName {
  const match = (Object.keys(problemStatus) as ProblemTypeName[]).find(
    (name) => problemStatus[name] === status,
  );
  if (match) return match;
  return status >= 500 ? 'server-error' : 'malformed-request';
}
