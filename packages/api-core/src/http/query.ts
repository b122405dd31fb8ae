import type { z } from 'zod/mini';
import { parseOrProblem } from './field-errors.ts';

/**
 * The query string as an object for a query schema: empty values are absent, and `numeric` names
 * become numbers when they look like one (else they stay text and fail validation with a pointer).
 */
export function parseQuery<Schema extends z.ZodMiniType>(
  schema: Schema,
  url: URL,
  numeric: readonly string[] = [],
): z.output<Schema> {
  const query: Record<string, string | number> = {};
  for (const [name, value] of url.searchParams) {
    if (value === '') continue;
    query[name] = numeric.includes(name) && /^-?\d+$/.test(value) ? Number(value) : value;
  }
  return parseOrProblem(schema, query, 'Some query parameters are not valid.');
}
