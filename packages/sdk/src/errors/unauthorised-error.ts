import { ApiError, type ApiErrorOptions } from './api-error.ts';

/** `401`: the partner key is missing or unknown, or the `Vangnet-Token` does not fit. */
export class UnauthorisedError extends ApiError {
  override name = 'UnauthorisedError';

  constructor(options: ApiErrorOptions) {
    super('The partner key or the token was not accepted.', options);
  }
}
