import type { FieldIssue } from './field-issue.ts';
import { VangnetError, type VangnetErrorOptions } from './vangnet-error.ts';

/**
 * The input given to an SDK method does not match the contract, so no request was sent. Its
 * `fieldIssues` have the same shape as a {@link ValidationError}'s, so a form can show both alike.
 */
export class InputError extends VangnetError {
  override name = 'InputError';
  readonly fieldIssues: readonly FieldIssue[];

  constructor(fieldIssues: readonly FieldIssue[], options: VangnetErrorOptions = {}) {
    super('The input does not match the API contract; no request was sent.', options);
    this.fieldIssues = fieldIssues;
  }
}
