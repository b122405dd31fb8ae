import { isHTTPError, type RetryOptions as KyRetryOptions } from 'ky';
import { problemTypeName } from '../utils/problem-type-name.ts';
import { parseRetryAfter } from '../utils/retry-after.ts';
import type { ResolvedRetryOptions } from './retry-options.ts';

/** The statuses worth another attempt. A `409` is retried only as `idempotency-in-progress`. */
const retriedStatuses = [408, 409, 429, 500, 502, 503, 504];

/** ky's retry options for the SDK's policy. */
export function kyRetryOptions(retry: ResolvedRetryOptions): KyRetryOptions {
  return {
    limit: retry.limit,
    // Every POST carries an idempotency key, which makes it as safe to repeat as a GET.
    methods: ['get', 'post'],
    statusCodes: retriedStatuses,
    afterStatusCodes: [409, 429, 503],
    maxRetryAfter: retry.maxRetryAfter,
    backoffLimit: retry.maxDelay,
    delay: (attempt) => retry.baseDelay * 2 ** (attempt - 1),
    jitter: true,
    retryOnTimeout: true,
    shouldRetry: ({ error }) => {
      if (!isHTTPError(error)) return undefined;
      const { status, headers } = error.response;
      if (status === 409) {
        const type: unknown = (error.data as { type?: unknown } | undefined)?.type;
        return problemTypeName(typeof type === 'string' ? type : undefined) ===
          'idempotency-in-progress'
          ? undefined
          : false;
      }
      // A wait longer than we are willing to hold the user for: give up now and say how long.
      const retryAfter = parseRetryAfter(headers.get('retry-after'));
      if ((status === 429 || status === 503) && retryAfter !== undefined)
        return retryAfter > retry.maxRetryAfter ? false : undefined;
      return undefined;
    },
  };
}
