import type { Contract } from '../checks/contract.ts';
import { InvalidResponseError } from '../errors/invalid-response-error.ts';
import { NetworkError } from '../errors/network-error.ts';
import { issuesFromSchema } from '../utils/field-issues.ts';

/**
 * The body of a successful answer, parsed as the contract says. Anything else — an empty body,
 * HTML from a captive portal, JSON of another shape — becomes an {@link InvalidResponseError}, so
 * callers never hold data of an unchecked shape. The contract's check decides first; what it does
 * not accept goes to its zod schema, which names what is wrong (or accepts what the check left
 * open).
 */
export async function parseBody<Output>(
  text: string,
  status: number,
  contract: Contract<Output>,
  operation: string,
): Promise<Output> {
  const options = { status, operation };
  if (text.trim() === '') throw new InvalidResponseError('empty', options);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InvalidResponseError('not-json', { ...options, cause: error });
  }
  const checked = contract.check(data);
  if (checked !== undefined) return checked;
  const result = (await schemaOf(contract, operation)).safeParse(data);
  if (result.success) return result.data;
  throw new InvalidResponseError('schema', {
    ...options,
    issues: issuesFromSchema(result.error.issues),
  });
}

/** The contract's schema; one that did not arrive (a chunk lost on the way) is the network's fault. */
export async function schemaOf<Output>(contract: Contract<Output>, operation: string) {
  try {
    return await contract.schema();
  } catch (error) {
    throw new NetworkError({ operation, cause: error });
  }
}
