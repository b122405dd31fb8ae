import { ApiError, type ApiErrorOptions } from './api-error.ts';

/**
 * `409 idempotency-in-progress`: a request with the same idempotency key is still being handled.
 * The SDK retries it; this is thrown when the retries ran out. Retry later with the same key.
 */
export class IdempotencyInProgressError extends ApiError {
  override name = 'IdempotencyInProgressError';

  constructor(options: ApiErrorOptions) {
    super('A request with the same idempotency key is still in progress.', options);
  }
}
