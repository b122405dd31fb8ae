import type { IdempotencyRecord } from '../store/store.ts';
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
 * Claims `storeKey` for a request with `fingerprint`, as the IETF Idempotency-Key draft describes:
 * a finished request with the same fingerprint is replayed, another fingerprint is a 422, an
 * unfinished one a 409. Returns the response to replay, or undefined when the caller goes ahead.
 */
export function claimIdempotencyKey(
  records: Map<string, IdempotencyRecord>,
  storeKey: string,
  fingerprint: string,
): Response | undefined {
  const record = records.get(storeKey);
  if (!record) {
    records.set(storeKey, { fingerprint, state: 'in-progress' });
    return undefined;
  }
  if (record.fingerprint !== fingerprint) {
    throw new ProblemError('idempotency-mismatch', {
      detail: 'This Idempotency-Key was used for a request with another body. Use a new key.',
    });
  }
  if (record.state === 'in-progress' || !record.response) {
    throw new ProblemError('idempotency-in-progress', {
      detail:
        'The first request with this Idempotency-Key is still running. Retry later with the same key.',
    });
  }
  const { status, headers, body } = record.response;
  return new Response(body, { status, headers });
}

/**
 * Ends the claim: a success is kept for replays; a failure frees the key, so the client can
 * correct the request or retry after a fault without minting a new key.
 */
export async function settleIdempotencyKey(
  records: Map<string, IdempotencyRecord>,
  storeKey: string,
  response: Response,
): Promise<void> {
  const record = records.get(storeKey);
  if (!record) return;
  if (response.status >= 200 && response.status < 300) {
    record.state = 'done';
    record.response = {
      status: response.status,
      headers: [...response.headers],
      body: await response.clone().text(),
    };
  } else {
    records.delete(storeKey);
  }
}
