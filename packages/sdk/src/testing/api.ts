// The msw server every client test shares, a client wired to it with tiny retry delays, and a
// log of the requests the SDK sent.
import { after, afterEach, before } from 'node:test';
import { setupServer } from 'msw/node';
import { createClient, type ClientOptions } from '@vangnet/sdk';

/** A base URL with a path, so every test also proves the path is kept. */
export const baseUrl = 'https://api.example.org/vangnet-api';
export const partnerKey = 'pk_test_demo';

export const server = setupServer();

/** Every request the SDK sent in the current test, cloned before a handler read it. */
export const sent: Request[] = [];

/** Starts msw for the test file; unhandled requests fail the test. */
export function useApi(): void {
  before(() => {
    server.listen({ onUnhandledFrame: 'error' });
    server.events.on('request:start', ({ request }) => {
      sent.push(request.clone());
    });
  });
  afterEach(() => {
    server.resetHandlers();
    sent.length = 0;
  });
  after(() => {
    server.close();
  });
}

/** A client of the test API that retries without noticeable waits. */
export function testClient(options: Partial<ClientOptions> = {}) {
  return createClient({
    baseUrl,
    partnerKey,
    locale: 'nl',
    retry: { limit: 2, baseDelay: 1, maxDelay: 5 },
    ...options,
  });
}

/** The URL of a path under the test base URL. */
export const url = (path: string) => `${baseUrl}/${path}`;

/** The one request the SDK sent in this test. */
export function onlyRequest(): Request {
  if (sent.length !== 1) throw new Error(`Expected one request, the SDK sent ${sent.length}.`);
  return sent[0] as Request;
}

/** The headers every request carries: the key, the language, JSON wanted. */
export function assertCommonHeaders(request: Request): void {
  const expect = (name: string, value: string) => {
    if (request.headers.get(name) !== value)
      throw new Error(`${name} was ${String(request.headers.get(name))}, expected ${value}.`);
  };
  expect('authorization', `Bearer ${partnerKey}`);
  expect('accept-language', 'nl');
  if (!request.headers.get('accept')?.includes('application/json'))
    throw new Error('Accept does not ask for JSON.');
}

/** The idempotency key of a POST, which must be a UUID unless the caller gave one. */
export function idempotencyKeyOf(request: Request): string {
  const key = request.headers.get('idempotency-key');
  if (key === null) throw new Error('No Idempotency-Key header.');
  return key;
}
