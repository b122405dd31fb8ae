import * as z from 'zod/mini';

export {
  problemTypes,
  staffProblemTypes,
  publicProblemTypes,
  problemTypeBase,
  type ProblemTypeName,
} from './enum-values.ts';

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
