// Helpers for this package's own tests (not shipped).
import {
  createMockApi,
  demoPartnerKey,
  type MockApi,
  type MockApiOptions,
} from '@vangnet/api-mock';

/** A Monday morning in winter time, before any holiday: the clock of most tests. */
export const testNow = '2026-03-02T09:00:00+01:00';

export const testBase = 'http://127.0.0.1:4010';

export function testMock(options: MockApiOptions = {}): MockApi {
  return createMockApi({ now: testNow, ...options });
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  /** `null` sends no Authorization header. */
  key?: string | null;
  idempotencyKey?: string | null;
  headers?: Record<string, string>;
}

let keyCounter = 0;

/** Calls the mock in-process; POSTs get a fresh Idempotency-Key unless one is given. */
export async function call(
  mock: MockApi,
  path: string,
  options: CallOptions = {},
): Promise<Response> {
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  const headers = new Headers(options.headers);
  const key = options.key === undefined ? demoPartnerKey : options.key;
  if (key !== null) headers.set('Authorization', `Bearer ${key}`);
  if (method === 'POST') {
    const idempotencyKey =
      options.idempotencyKey === undefined ? `test-${++keyCounter}` : options.idempotencyKey;
    if (idempotencyKey !== null) headers.set('Idempotency-Key', idempotencyKey);
  }
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers.set('Content-Type', 'application/json');
  }
  return mock.fetch(`${testBase}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
}

/** The problem `type` name of a problem response. */
export async function problemName(response: Response): Promise<string | undefined> {
  const body = (await response.json()) as { type?: string };
  return body.type?.split('/').pop();
}
