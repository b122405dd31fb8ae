import { isHTTPError, type RetryOptions as KyRetryOptions } from 'ky';
import { problemTypeName } from '../utils/problem-type-name.ts';
import { parseRetryAfter } from '../utils/retry-after.ts';
import type { RetryOptions } from './options.ts';

/** The retry options with every default filled in. */
export type ResolvedRetryOptions = Required<RetryOptions>;

/** Fills in the defaults of the `retry` option and checks it. */
export function resolveRetryOptions(
  retry: number | RetryOptions | undefined,
): ResolvedRetryOptions {
  const options = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  const resolved: ResolvedRetryOptions = {
    limit: options.limit ?? 2,
    baseDelay: options.baseDelay ?? 300,
    maxDelay: options.maxDelay ?? 5000,
    maxRetryAfter: options.maxRetryAfter ?? 10_000,
    totalTimeout: options.totalTimeout ?? 30_000,
  };
  if (!Number.isInteger(resolved.limit) || resolved.limit < 0)
    throw new TypeError('retry limit must be a whole number, 0 or more.');
  for (const key of ['baseDelay', 'maxDelay', 'maxRetryAfter'] as const)
    if (!(resolved[key] >= 0)) throw new TypeError(`retry.${key} must be 0 or more.`);
  return resolved;
}

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
