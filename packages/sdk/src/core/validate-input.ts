import type * as z from 'zod/mini';
import type { Contract } from '../checks/contract.ts';
import { InputError } from '../errors/input-error.ts';
import { issuesFromSchema } from '../utils/field-issues.ts';
import { schemaOf } from './parse-response.ts';

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

/**
 * {@link validateInput} by a contract: its check first, its schema for what the check did not
 * accept (decision 0301).
 */
export async function validateBy<Output>(
  contract: Contract<Output>,
  input: unknown,
  operation: string,
): Promise<Output> {
  const checked = contract.check(input);
  return checked !== undefined
    ? checked
    : validateInput(await schemaOf(contract, operation), input, operation);
}
