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
