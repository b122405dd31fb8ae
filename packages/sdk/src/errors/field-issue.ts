/**
 * One thing wrong with one field, wherever it was found: by the API (a 422's field errors) or by
 * the SDK before sending (an {@link InputError}). `path` is the field's place in the input object,
 * as a form names it: `['youngPerson', 'dateOfBirth']`, `['consents', 0, 'date']`.
 */
export interface FieldIssue {
  readonly path: readonly (string | number)[];
  /** A stable code, such as `too_small`, `invalid_format` or `age-out-of-bounds`. */
  readonly code: string;
  /** A message for developers; forms show their own translated text per code. */
  readonly message: string;
}
