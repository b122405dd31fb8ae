import type { MessageParams } from '../i18n/types.ts';
import type { SchemaIssue } from './schema.ts';

/** An error on a field: a message key of the catalogs and its params. */
export interface FieldError {
  /** A key in the component's catalogs, e.g. `validation.required`. */
  readonly message: string;
  readonly params?: MessageParams;
  /** Where the error came from; server errors stay until the field changes. */
  readonly source: 'schema' | 'parse' | 'rule' | 'server';
}

/**
 * Which message tells a person what to do about a zod issue. `value` is the model value at the
 * issue's path: a missing value is "fill this in", whatever zod's code.
 */
export function messageForIssue(issue: SchemaIssue, value: unknown): Omit<FieldError, 'source'> {
  const missing = value === undefined || value === null || value === '';
  const custom = issue.params?.['code'];
  if (issue.code === 'custom' && typeof custom === 'string') {
    return { message: `validation.${custom}` };
  }
  if (missing) {
    return {
      message: issue.code === 'invalid_value' ? 'validation.choose' : 'validation.required',
    };
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') {
        return { message: 'validation.chooseAtLeast', params: { minimum: Number(issue.minimum) } };
      }
      if (Number(issue.minimum) <= 1) return { message: 'validation.required' };
      return { message: 'validation.tooShort', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'array') {
        return { message: 'validation.chooseAtMost', params: { maximum: Number(issue.maximum) } };
      }
      return { message: 'validation.tooLong', params: { maximum: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'email') return { message: 'validation.email' };
      if (issue.format === 'date') return { message: 'validation.date' };
      if (issue.format === 'url') return { message: 'validation.url' };
      return { message: 'validation.format' };
    case 'invalid_value':
      return { message: 'validation.choose' };
    default:
      return { message: 'validation.invalid' };
  }
}

/** A field error from the server (a 422 problem's `errors`): a JSON pointer or a path, and a code. */
export interface ServerFieldError {
  /** JSON pointer into the request body, `/youngPerson/dateOfBirth`. */
  readonly pointer?: string;
  /** Or the path as segments, `['youngPerson', 'dateOfBirth']`. */
  readonly path?: readonly PropertyKey[];
  /** The stable code; `validation.<code>` is shown when the catalogs have it. */
  readonly code: string;
}

/** The segments of a JSON pointer (RFC 6901), `~1` and `~0` decoded. */
export function pointerToPath(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^#/, '')
    .replace(/^\//, '')
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
