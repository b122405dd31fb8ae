import { ApiError } from './api-error.ts';
import type { RetryAfterOptions } from './rate-limited-error.ts';

/** Which 5xx it is: a failure, or the API being down for a while (`503`). */
export type ServerErrorKind = 'server-error' | 'unavailable';

/** `5xx`: the API failed or is unavailable (also a gateway's HTML error page). */
export class ServerError extends ApiError {
  override name = 'ServerError';
  readonly kind: ServerErrorKind;
  /** From `Retry-After` of a `503`, in milliseconds, when the API said so. */
  readonly retryAfterMs: number | undefined;

  constructor(kind: ServerErrorKind, options: RetryAfterOptions) {
    super(
      kind === 'unavailable' ? 'The API is unavailable for now.' : 'The API failed to answer.',
      options,
    );
    this.kind = kind;
    this.retryAfterMs = options.retryAfterMs;
  }
}
