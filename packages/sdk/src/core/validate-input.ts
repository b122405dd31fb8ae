import type * as z from 'zod/mini';
import { InputError } from '../errors/input-error.ts';
import { issuesFromSchema } from '../utils/field-issues.ts';

/**
 * The input as the schema outputs it (trimmed texts), or an {@link InputError} — thrown before any
 * request is made, so bad input never reaches the network.
 */
export function validateInput<Output>(
  schema: z.ZodMiniType<Output>,
  input: unknown,
  operation: string,
): Output {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new InputError(issuesFromSchema(result.error.issues), { operation });
}
