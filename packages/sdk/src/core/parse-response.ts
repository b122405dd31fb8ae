import type * as z from 'zod/mini';
import { InvalidResponseError } from '../errors/invalid-response-error.ts';
import { issuesFromSchema } from '../utils/field-issues.ts';

/**
 * The body of a successful answer, parsed with the contract's schema. Anything else — an empty
 * body, HTML from a captive portal, JSON of another shape — becomes an
 * {@link InvalidResponseError}, so callers never hold data of an unchecked shape.
 */
export async function parseResponse<Output>(
  response: Response,
  schema: z.ZodMiniType<Output>,
  operation: string,
): Promise<Output> {
  return parseBody(await response.text(), response.status, schema, operation);
}

/** {@link parseResponse} of a body already read (or kept from an earlier answer). */
export function parseBody<Output>(
  text: string,
  status: number,
  schema: z.ZodMiniType<Output>,
  operation: string,
): Output {
  const options = { status, operation };
  if (text.trim() === '') throw new InvalidResponseError('empty', options);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InvalidResponseError('not-json', { ...options, cause: error });
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new InvalidResponseError('schema', {
    ...options,
    issues: issuesFromSchema(result.error.issues),
  });
}
