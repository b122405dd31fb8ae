// Requests as a client sends them, for the conformance suite: the demo key, a fresh
// Idempotency-Key per POST unless one is given, JSON bodies.
import { demoPartnerKey } from '@vangnet/api-core';
import type { ReferralInput } from '@vangnet/sdk';

/** A Monday morning in winter time, before any holiday: the clock of most tests. */
export const testNow = '2026-03-02T09:00:00+01:00';
export const testBase = 'http://127.0.0.1:4010';

/** Whatever answers requests in-process: a conformance target, the mock itself. */
export interface Answering {
  fetch(input: string, init?: RequestInit): Promise<Response>;
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

export async function call(
  target: Answering,
  path: string,
  options: CallOptions = {},
): Promise<Response> {
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  const headers = new Headers(options.headers);
  const key = options.key === undefined ? demoPartnerKey : options.key;
  if (key !== null) headers.set('Authorization', `Bearer ${key}`);
  if (method === 'POST') {
    const idempotencyKey =
      options.idempotencyKey === undefined
        ? `test-${process.pid}-${++keyCounter}`
        : options.idempotencyKey;
    if (idempotencyKey !== null) headers.set('Idempotency-Key', idempotencyKey);
  }
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers.set('Content-Type', 'application/json');
  }
  return target.fetch(`${testBase}${path}`, {
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

/** The first free slot at `location` on `date`. */
export async function freeSlot(
  target: Answering,
  location = 'laak',
  date = '2026-03-05',
): Promise<string> {
  const response = await call(target, `/v1/slots?location=${location}&from=${date}&to=${date}`);
  const { items } = (await response.json()) as { items: { id: string }[] };
  if (!items[0]) throw new Error(`No free slot at ${location} on ${date}`);
  return items[0].id;
}

/** A booking of `slotId` for someone of 20 with an email address. */
export function appointment(slotId: string, overrides: Record<string, unknown> = {}) {
  return {
    slotId,
    topic: 'terug-naar-school',
    dateOfBirth: '2006-01-15',
    contact: { name: 'Sam', email: 'sam@example.org', preferred: 'email' },
    ...overrides,
  };
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
