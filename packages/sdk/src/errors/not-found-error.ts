import { ApiError, type ApiErrorOptions } from './api-error.ts';

/** `404`: no such organisation, referral or appointment. */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';

  constructor(options: ApiErrorOptions) {
    super('The API does not know the requested item.', options);
  }
}
