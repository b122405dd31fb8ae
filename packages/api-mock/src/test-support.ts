// Helpers for this package's own tests (not shipped).
import type { ReferralInput } from '@vangnet/sdk';
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

/** A referral for someone born on `dateOfBirth`, referred on 2 March 2026. */
export function referral(
  dateOfBirth: string,
  overrides: Partial<ReferralInput> = {},
): ReferralInput {
  return {
    service: 'pluscoaching',
    municipality: 'delft',
    referrer: {
      organisation: 'Voorbeeldcollege',
      name: 'Mentor Test',
      role: 'mentor',
      email: 'mentor@example.org',
    },
    youngPerson: {
      givenName: 'Sam',
      familyName: 'Voorbeeld',
      dateOfBirth,
      schoolType: 'vo',
      schoolLevel: 'havo',
    },
    parent: { name: 'Ouder Voorbeeld', relationship: 'parent', phone: '06 00000000' },
    supportNeed: { reasons: ['motivatie'], description: 'Komt vaak te laat en haakt af.' },
    consents: [
      { party: 'young-person', method: 'in-person', date: '2026-02-27' },
      { party: 'parent', method: 'phone', date: '2026-02-27' },
    ],
    ...overrides,
  };
}
