import type { z } from 'zod/mini';

/**
 * A JSON response whose body is first checked against the contract: a mock that answers outside
 * its own schemas would let the SDK and the widget pass tests the real API would fail.
 */
export function json<Schema extends z.ZodMiniType>(
  schema: Schema,
  data: z.output<Schema>,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  const result = schema.safeParse(data);
  if (!result.success) {
    const paths = result.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
    throw new Error(`The mock's response breaks the contract at: ${paths}`);
  }
  return new Response(JSON.stringify(result.data), {
    status: init.status ?? 200,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}
