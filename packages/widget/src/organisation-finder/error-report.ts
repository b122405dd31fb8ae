import { ValidationError } from '@vangnet/sdk';
import type { ErrorDetail } from '../core/events.ts';
import { classifyFailure } from '../kit/index.ts';

/**
 * What a failure tells the host page in `vangnet-error`: whether the API could not be reached or
 * answered with a problem, and a stable code (the SDK error's kind or name) — never its message,
 * which may quote a request.
 */
export function errorReport(error: unknown): Pick<ErrorDetail, 'kind' | 'code'> {
  const failure = classifyFailure(error);
  if (failure) return { kind: 'unreachable', code: failure.kind };
  if (error instanceof ValidationError) return { kind: 'api', code: error.kind };
  if (error instanceof Error) return { kind: 'api', code: error.name };
  return { kind: 'api', code: 'unknown' };
}
