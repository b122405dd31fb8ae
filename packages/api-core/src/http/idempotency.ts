import type { IdempotencyRecord, StoreTransaction } from '../store.ts';
import { ProblemError } from './problem.ts';

/** A stable text of a JSON value, keys sorted, so `{"a":1,"b":2}` and `{"b":2,"a":1}` are the same body. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Claims `key` for a request with `fingerprint`, as the IETF Idempotency-Key draft describes,
 * inside the transaction that will hold the request's writes: a finished request with the same
 * fingerprint is replayed, another fingerprint is a 422, one still running a 409. Returns the
 * response to replay, or undefined when the caller goes ahead (and holds the key until its
 * transaction ends).
 */
export async function claimIdempotencyKey(
  tx: StoreTransaction,
  scope: string,
  key: string,
  fingerprint: string,
): Promise<Response | undefined> {
  if (!(await tx.lockIdempotencyKey(scope, key))) {
    throw new ProblemError('idempotency-in-progress', {
      detail:
        'The first request with this Idempotency-Key is still running. Retry later with the same key.',
    });
  }
  const record = await tx.idempotencyRecord(scope, key);
  if (!record) return undefined;
  if (record.fingerprint !== fingerprint) {
    throw new ProblemError('idempotency-mismatch', {
      detail: 'This Idempotency-Key was used for a request with another body. Use a new key.',
    });
  }
  const { status, headers, body } = record.response;
  return new Response(body, { status, headers });
}

/** The record that replays `response` (a success: failures throw and keep no record). */
export async function recordOf(
  response: Response,
  fingerprint: string,
): Promise<IdempotencyRecord> {
  return {
    fingerprint,
    response: {
      status: response.status,
      headers: [...response.headers],
      body: await response.clone().text(),
    },
  };
}
