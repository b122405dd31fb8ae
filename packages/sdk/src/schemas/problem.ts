import * as z from 'zod/mini';

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

/** One field error of a 422: where (a JSON pointer into the request body), a stable code, a message. */
export const FieldErrorSchema = z.object({
  pointer: z.string().check(z.maxLength(500)),
  code: z.string().check(z.minLength(1), z.maxLength(100)),
  message: z.string().check(z.maxLength(1000)),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** RFC 9457 problem details, as `application/problem+json`. */
export const ProblemSchema = z.object({
  type: z.string().check(z.maxLength(500)),
  title: z.string().check(z.maxLength(500)),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string().check(z.maxLength(2000))),
  instance: z.optional(z.string().check(z.maxLength(500))),
  errors: z.optional(z.array(FieldErrorSchema).check(z.maxLength(200))),
});
export type Problem = z.infer<typeof ProblemSchema>;
