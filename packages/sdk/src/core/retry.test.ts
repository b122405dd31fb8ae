import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import {
  NetworkError,
  RateLimitedError,
  ServerError,
  SlotTakenError,
  TimeoutError,
  ValidationError,
} from '@vangnet/sdk';
import { idempotencyKeyOf, sent, server, testClient, url, useApi } from '../testing/api.ts';
import {
  appointmentCreated,
  appointmentInput,
  catalog,
  problem,
  referralCreated,
  referralInput,
} from '../testing/fixtures.ts';

useApi();

/** Answers with the given responses in turn, the last one from then on. */
function inTurn(...answers: (() => Response)[]) {
  let count = 0;
  return () => (answers[Math.min(count++, answers.length - 1)] as () => Response)();
}
const problemAnswer =
  (name: string, status: number, headers: Record<string, string> = {}) =>
  () =>
    HttpResponse.json(problem(name, status), { status, headers });

test('a POST is retried after a 503 with the same idempotency key and body', async () => {
  server.use(
    http.post(
      url('v1/referrals'),
      inTurn(problemAnswer('unavailable', 503), problemAnswer('server-error', 500), () =>
        HttpResponse.json(referralCreated, { status: 201 }),
      ),
    ),
  );
  assert.deepEqual(await testClient().referrals.create(referralInput), referralCreated);
  assert.equal(sent.length, 3);
  const keys = new Set(sent.map(idempotencyKeyOf));
  assert.equal(keys.size, 1, 'one key for every attempt');
  for (const request of sent) assert.deepEqual(await request.json(), referralInput);
});

test('409 idempotency-in-progress is retried with the same key until the first result is there', async () => {
  server.use(
    http.post(
      url('v1/appointments'),
      inTurn(problemAnswer('idempotency-in-progress', 409), () =>
        HttpResponse.json(appointmentCreated, { status: 201 }),
      ),
    ),
  );
  const result = await testClient().appointments.book(appointmentInput, { idempotencyKey: 'k-1' });
  assert.equal(result.reference, appointmentCreated.reference);
  assert.deepEqual(sent.map(idempotencyKeyOf), ['k-1', 'k-1']);
});

test('409 slot-taken is final: one request, no retry', async () => {
  server.use(http.post(url('v1/appointments'), problemAnswer('slot-taken', 409)));
  await assert.rejects(testClient().appointments.book(appointmentInput), SlotTakenError);
  assert.equal(sent.length, 1);
});

test('a 422 is not retried', async () => {
  server.use(http.post(url('v1/appointments'), problemAnswer('consent-missing', 422)));
  await assert.rejects(testClient().appointments.book(appointmentInput), ValidationError);
  assert.equal(sent.length, 1);
});

test('a GET is retried after a network failure; when retries run out the last error is thrown', async () => {
  let attempts = 0;
  const offline: typeof fetch = async () => {
    attempts += 1;
    throw new TypeError('Failed to fetch');
  };
  await assert.rejects(
    testClient({ fetch: offline, retry: { limit: 3, baseDelay: 1 } }).catalog.get(),
    NetworkError,
  );
  assert.equal(attempts, 4, 'the first attempt and three retries');
});

test('retry: 0 disables retrying', async () => {
  server.use(http.get(url('v1/catalog'), problemAnswer('server-error', 500)));
  await assert.rejects(testClient({ retry: 0 }).catalog.get(), ServerError);
  assert.equal(sent.length, 1);
});

test('Retry-After of a 429 is honoured: no retry before the 30 s the API asked for, one right after', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  let calls = 0;
  const rateLimitedOnce: typeof fetch = async () =>
    ++calls === 1
      ? Response.json(problem('rate-limited', 429), {
          status: 429,
          headers: { 'Retry-After': '30' },
        })
      : Response.json(catalog);
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  const pending = testClient({
    fetch: rateLimitedOnce,
    timeout: false,
    retry: { limit: 1, baseDelay: 1, maxRetryAfter: 60_000, totalTimeout: false },
  }).catalog.get();
  for (let i = 0; i < 5; i++) await settle();
  t.mock.timers.tick(29_999);
  for (let i = 0; i < 5; i++) await settle();
  assert.equal(calls, 1, 'still waiting after 29.999 s');
  t.mock.timers.tick(1);
  assert.deepEqual(await pending, catalog);
  assert.equal(calls, 2);
});

test('a Retry-After longer than the SDK will wait rejects at once, saying how long', async () => {
  server.use(
    http.get(url('v1/catalog'), problemAnswer('rate-limited', 429, { 'Retry-After': '120' })),
  );
  await assert.rejects(testClient().catalog.get(), (error) => {
    assert.ok(error instanceof RateLimitedError);
    assert.equal(error.retryAfterMs, 120_000);
    return true;
  });
  assert.equal(sent.length, 1);
});

test('a 503 with Retry-After 0 is retried and the rest of the call succeeds', async () => {
  server.use(
    http.get(
      url('v1/catalog'),
      inTurn(problemAnswer('unavailable', 503, { 'Retry-After': '0' }), () =>
        HttpResponse.json(catalog),
      ),
    ),
  );
  assert.deepEqual(await testClient().catalog.get(), catalog);
  assert.equal(sent.length, 2);
});

test('the total time of a call is capped, however many retries remain', async () => {
  server.use(http.get(url('v1/catalog'), problemAnswer('server-error', 500)));
  const started = performance.now();
  await assert.rejects(
    testClient({
      retry: { limit: 50, baseDelay: 20, maxDelay: 20, totalTimeout: 150 },
    }).catalog.get(),
    TimeoutError,
  );
  assert.ok(performance.now() - started < 1000);
  assert.ok(sent.length < 50);
});
