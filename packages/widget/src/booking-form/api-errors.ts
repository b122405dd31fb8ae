import type { ValidationError } from '@vangnet/sdk';
import type { ServerFieldError } from '../kit/index.ts';

/** Whether the API said the booking is not there for this token: a wrong or expired link. */
export function isMissing(error: unknown): boolean {
  const status = (error as { status?: unknown } | undefined)?.status;
  return status === 401 || status === 404;
}

/** The API's field errors (422) in the form controller's terms, so each lands on its field. */
export function serverErrors(error: ValidationError): ServerFieldError[] {
  return error.fieldIssues.map((issue) => ({ path: issue.path, code: issue.code }));
}
