import { ApiError, type ApiErrorOptions } from './api-error.ts';
import type { FieldIssue } from './field-issue.ts';

/** What was wrong with the answer. */
export type InvalidResponseReason =
  'empty' | 'not-json' | 'schema' | 'unexpected-status' | 'pagination';

const messages: Record<InvalidResponseReason, string> = {
  empty: 'The API answered with an empty body where the contract promises JSON.',
  'not-json': 'The API answered with a body that is not JSON.',
  schema: 'The API answered with JSON that does not match the contract.',
  'unexpected-status': 'The API answered with a status the contract does not have.',
  pagination: 'The API handed out the same page cursor twice.',
};

/**
 * The API answered, but not as the contract says: the API and the SDK have drifted apart, or
 * something in between (a proxy, a captive portal) answered instead. `issues` name the paths in the
 * body that did not match — never the values, which could be personal data.
 */
export class InvalidResponseError extends ApiError {
  override name = 'InvalidResponseError';
  readonly reason: InvalidResponseReason;
  readonly issues: readonly FieldIssue[];

  constructor(
    reason: InvalidResponseReason,
    options: ApiErrorOptions & { issues?: readonly FieldIssue[] },
  ) {
    super(messages[reason], options);
    this.reason = reason;
    this.issues = options.issues ?? [];
  }
}
