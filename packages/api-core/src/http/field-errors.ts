import { issuePerUnknownField, type FieldError } from '@vangnet/sdk';
import type { z } from 'zod/mini';
import { ProblemError } from './problem.ts';

/** A JSON pointer (RFC 6901) to a path in the request body. */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path
    .map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/**
 * Field errors from zod issues: a pointer into the body, a stable code (the schema's
 * `params.code` where it names one, `required` for an absent value, else zod's issue code:
 * `unrecognized_keys` for a field the request does not have, one error per field) and a message.
 */
export function fieldErrorsFrom(issues: readonly z.core.$ZodIssue[], input: unknown): FieldError[] {
  return issuePerUnknownField(issues).map((issue) => {
    const params = 'params' in issue ? (issue.params as { code?: unknown } | undefined) : undefined;
    const code =
      typeof params?.code === 'string'
        ? params.code
        : issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined
          ? 'required'
          : issue.code;
    return { pointer: jsonPointer(issue.path), code, message: messageFor(issue, code) };
  });
}

/**
 * A readable message: zod/mini carries no locale, so its own messages are a bare "Invalid input";
 * the schema's own message (a refinement's) is kept.
 */
function messageFor(issue: z.core.$ZodIssue, code: string): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  if (code === 'required') return 'This field is required.';
  const details = issue as {
    minimum?: unknown;
    maximum?: unknown;
    format?: unknown;
    values?: unknown;
    origin?: unknown;
  };
  const unit =
    details.origin === 'string' ? ' characters' : details.origin === 'array' ? ' items' : '';
  switch (issue.code) {
    case 'too_small':
      return `Must be at least ${String(details.minimum)}${unit}.`;
    case 'too_big':
      return `Must be at most ${String(details.maximum)}${unit}.`;
    case 'invalid_format':
      return `Not a valid ${String(details.format)}.`;
    case 'invalid_value':
      return `Must be one of: ${(details.values as unknown[]).map(String).join(', ')}.`;
    case 'invalid_type':
      return 'This value has the wrong type.';
    default:
      return 'This value is not valid.';
  }
}

/** One field error, for the rules the mock checks beyond the schema. */
export function fieldError(
  path: readonly PropertyKey[],
  code: string,
  message: string,
): FieldError {
  return { pointer: jsonPointer(path), code, message };
}

/** Parses `input` with `schema`, or throws a 422 `validation` problem listing every field error. */
export function parseOrProblem<Schema extends z.core.$ZodType>(
  schema: Schema,
  input: unknown,
  detail = 'Some fields are missing or not valid.',
): z.core.output<Schema> {
  const result = (schema as unknown as z.ZodMiniType).safeParse(input);
  if (result.success) return result.data as z.core.output<Schema>;
  throw new ProblemError('validation', {
    detail,
    errors: fieldErrorsFrom(result.error.issues, input),
  });
}
