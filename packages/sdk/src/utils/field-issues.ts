import type { FieldIssue } from '../errors/field-issue.ts';
import type { FieldError } from '../schemas/problem.ts';
import { pointerToPath } from './json-pointer.ts';
import { issuePerUnknownField } from './unknown-fields.ts';

/** The minimum of a zod issue the SDK reads — never its input, which may be personal data. */
interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly message: string;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
  readonly keys?: readonly string[];
}

/**
 * Field issues from zod issues, one per field a request does not have. A refinement's own
 * `params.code` wins over zod's generic `custom`.
 */
export function issuesFromSchema(issues: readonly SchemaIssue[]): FieldIssue[] {
  return issuePerUnknownField(issues).map((issue) => ({
    path: issue.path.filter((segment) => typeof segment !== 'symbol'),
    code: typeof issue.params?.['code'] === 'string' ? issue.params['code'] : issue.code,
    message: issue.message,
  }));
}

/** Field issues from the field errors of a problem, with JSON pointers turned into paths. */
export function issuesFromProblem(errors: readonly FieldError[] | undefined): FieldIssue[] {
  return (errors ?? []).map((error) => ({
    path: pointerToPath(error.pointer),
    code: error.code,
    message: error.message,
  }));
}
