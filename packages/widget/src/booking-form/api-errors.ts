import type { ValidationError } from '@vangnet/sdk';
import type { ServerFieldError } from '../kit/index.ts';

/** Whether the API said the booking is not there for this token: a wrong or expired link. */
export function isMissing(error: unknown): boolean {
  const status = (error as { status?: unknown } | undefined)?.status;
  return status === 401 || status === 404;
}

/** The API problem type or the error's name: never its message, which might quote input. */
export function errorCode(error: unknown): string {
  const shape = error as { problem?: { type?: unknown }; name?: unknown } | undefined;
  const type = shape?.problem?.type;
  if (typeof type === 'string') return type.split('/').pop() ?? type;
  return typeof shape?.name === 'string' ? shape.name : 'unknown';
}

/** The API's field errors (422) in the form controller's terms, so each lands on its field. */
export function serverErrors(error: ValidationError): ServerFieldError[] {
  return error.fieldIssues.map((issue) => ({ path: issue.path, code: issue.code }));
}
