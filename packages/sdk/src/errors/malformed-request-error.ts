import { ApiError, type ApiErrorOptions } from './api-error.ts';

/** Which 400 it is. */
export type MalformedRequestErrorKind = 'malformed-request' | 'idempotency-key-missing';

/** `400`: the API could not read the request. A bug on the client's side, not the user's. */
export class MalformedRequestError extends ApiError {
  override name = 'MalformedRequestError';
  readonly kind: MalformedRequestErrorKind;

  constructor(kind: MalformedRequestErrorKind, options: ApiErrorOptions) {
    super(
      kind === 'idempotency-key-missing'
        ? 'The API requires an Idempotency-Key header on this request.'
        : 'The API could not read the request.',
      options,
    );
    this.kind = kind;
  }
}
