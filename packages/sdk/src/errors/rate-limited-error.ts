import { ApiError, type ApiErrorOptions } from './api-error.ts';

/** What a rate-limited or unavailable answer says about waiting. */
export interface RetryAfterOptions extends ApiErrorOptions {
  /** From `Retry-After`, in milliseconds; absent when the header was missing or unreadable. */
  retryAfterMs?: number | undefined;
}

/** `429`: too many requests. `retryAfterMs` says how long to wait, when the API said so. */
export class RateLimitedError extends ApiError {
  override name = 'RateLimitedError';
  readonly retryAfterMs: number | undefined;

  constructor(options: RetryAfterOptions) {
    super('Too many requests; try again later.', options);
    this.retryAfterMs = options.retryAfterMs;
  }
}
