import type { ErrorDetail } from '../core/events.ts';
import { errorCode } from '../core/error-code.ts';
import { classifyFailure } from '../kit/index.ts';

/**
 * What a failure tells the host page in `vangnet-error`: whether the API could not be reached
 * (a retry may help) or answered with a problem, and the one code of {@link errorCode}.
 */
export function errorReport(error: unknown): Pick<ErrorDetail, 'kind' | 'code'> {
  return { kind: classifyFailure(error) ? 'unreachable' : 'api', code: errorCode(error) };
}
