import { ApiError, type ApiErrorOptions } from './api-error.ts';

/** `403`: the partner key does not allow the page's origin. A set-up error of the integration. */
export class OriginNotAllowedError extends ApiError {
  override name = 'OriginNotAllowedError';

  constructor(options: ApiErrorOptions) {
    super('The partner key does not allow requests from this origin.', options);
  }
}
