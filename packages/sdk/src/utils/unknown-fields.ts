/** What {@link issuePerUnknownField} reads of a zod issue. */
export interface UnknownFieldsIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** The keys the object does not have, on an `unrecognized_keys` issue. */
  readonly keys?: readonly string[];
}

/** The message of a field the request does not have. */
export const unknownFieldMessage = 'This request has no such field: leave it out.';

/**
 * The issues with every `unrecognized_keys` one split into one per key, each with the key in its
 * path. zod reports the fields an object of a request does not know as one issue on the object
 * (`/youngPerson`, keys `bsn`); a field error names one field (`/youngPerson/bsn`), so a client
 * that sends a BSN hears which field to leave out.
 *
 * @example
 * issuePerUnknownField(ReferralInputSchema.safeParse(body).error?.issues ?? []);
 */
export function issuePerUnknownField<Issue extends UnknownFieldsIssue>(
  issues: readonly Issue[],
): Issue[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.keys
      ? issue.keys.map((key) => ({
          ...issue,
          path: [...issue.path, key],
          keys: [key],
          message: unknownFieldMessage,
        }))
      : [issue],
  );
}
