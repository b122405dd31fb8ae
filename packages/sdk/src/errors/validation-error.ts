import { ApiError, type ApiErrorOptions } from './api-error.ts';
import type { FieldIssue } from './field-issue.ts';

/** Which 422 it is: plain field errors, or a rule the server enforces. */
export type ValidationErrorKind =
  'validation' | 'age-out-of-bounds' | 'consent-missing' | 'idempotency-mismatch';

const messages: Record<ValidationErrorKind, string> = {
  validation: 'The API rejected some fields of the request.',
  'age-out-of-bounds': 'The age on the appointment date is outside the booking age bounds.',
  'consent-missing': 'The consent declarations the service requires are missing.',
  'idempotency-mismatch': 'The idempotency key was used before with a different request body.',
};

/**
 * `422`: the API understood the request but rejected it. `kind` tells the age rule, the consent
 * rule and a reused idempotency key apart from plain field errors; `fieldIssues` maps the problem's
 * JSON pointers to form paths (`/youngPerson/dateOfBirth` → `['youngPerson', 'dateOfBirth']`).
 */
export class ValidationError extends ApiError {
  override name = 'ValidationError';
  readonly kind: ValidationErrorKind;
  readonly fieldIssues: readonly FieldIssue[];

  constructor(
    kind: ValidationErrorKind,
    fieldIssues: readonly FieldIssue[],
    options: ApiErrorOptions,
  ) {
    super(messages[kind], options);
    this.kind = kind;
    this.fieldIssues = fieldIssues;
  }
}
