// A connection that drops while the body of a successful answer is still arriving: the status and
// headers came, the data did not. The SDK treats that as the network fault it is — retried under
// the same policy (same idempotency key for a POST, within the retry and total-time caps) and, when
// the retries run out, a NetworkError rather than a bare TypeError or a "not JSON" error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  NetworkError,
  RateLimitedError,
  TimeoutError,
  type ReferralCreated,
  type ReferralInput,
} from '@vangnet/sdk';
import { idempotencyKeyOf, testClient } from '../testing/api.ts';
import { cutHalfway } from '../testing/cut-body.ts';
import { catalog, problem, referralCreated, referralInput } from '../testing/fixtures.ts';

type Fetch = typeof globalThis.fetch;

/** How an answer arrives on one attempt: cut, stalled halfway, or whole. */
type Delivery = 'cut' | 'stall' | 'whole';

/**
 * A fetch that answers `answer()` for every request, delivering it as `deliveries` says in turn
 * (the last one from then on), and records what it was sent. A cut body ends in Firefox's error
 * by default, the wording no library recognises.
 */
function answering(
  answer: () => Response,
  deliveries: Delivery[],
  message = 'Error in body stream',
) {
  const requests: Request[] = [];
  const fetch: Fetch = async (input, init) => {
    const request = new Request(input, init);
    const delivery = deliveries[Math.min(requests.length, deliveries.length - 1)] as Delivery;
    requests.push(request.clone());
    const whole = answer();
    if (delivery === 'whole') return whole;
    return cutHalfway(whole, delivery === 'cut' ? 'error' : 'stall', message);
  };
  return { fetch, requests };
}

const catalogAnswer = () => Response.json(catalog);
const referralAnswer = () => Response.json(referralCreated, { status: 201 });

test('a GET whose body is cut is retried, and the retry answers', async () => {
  const api = answering(catalogAnswer, ['cut', 'whole']);
  assert.deepEqual(await testClient({ fetch: api.fetch }).catalog.get(), catalog);
  assert.equal(api.requests.length, 2);
});

test('a POST whose 201 body is cut is retried with the same Idempotency-Key and body', async () => {
  const api = answering(referralAnswer, ['cut', 'cut', 'whole']);
  const created: ReferralCreated = await testClient({ fetch: api.fetch }).referrals.create(
    referralInput,
  );
  assert.deepEqual(created, referralCreated);
  assert.equal(api.requests.length, 3);
  assert.equal(new Set(api.requests.map(idempotencyKeyOf)).size, 1, 'one key for every attempt');
  for (const request of api.requests)
    assert.deepEqual((await request.json()) as ReferralInput, referralInput);
});

test('the caller’s own idempotency key is the one every retry of a cut answer sends', async () => {
  const api = answering(referralAnswer, ['cut', 'whole']);
  await testClient({ fetch: api.fetch }).referrals.create(referralInput, {
    idempotencyKey: 'referral-1',
  });
  assert.deepEqual(api.requests.map(idempotencyKeyOf), ['referral-1', 'referral-1']);
});

for (const [message, runtime] of [
  ['Error in body stream', 'Firefox'],
  ['network error', 'Chromium'],
  ['terminated', 'Node'],
] as const)
  test(`bodies cut on every attempt (${runtime}) end in a NetworkError after the retry limit`, async () => {
    for (const { answer, call } of [
      { answer: catalogAnswer, call: (fetch: Fetch) => testClient({ fetch }).catalog.get() },
      {
        answer: referralAnswer,
        call: (fetch: Fetch) => testClient({ fetch }).referrals.create(referralInput),
      },
    ]) {
      const api = answering(answer, ['cut'], message);
      await assert.rejects(call(api.fetch), (error) => {
        assert.ok(error instanceof NetworkError, `${String(error)} is no NetworkError`);
        assert.equal(error.message, 'The API could not be reached.');
        return true;
      });
      assert.equal(api.requests.length, 3, 'the first attempt and two retries');
    }
  });

test('a POST cut on every attempt fails as a NetworkError, every attempt with one key', async () => {
  const api = answering(referralAnswer, ['cut']);
  await assert.rejects(
    testClient({ fetch: api.fetch }).referrals.create(referralInput),
    NetworkError,
  );
  assert.equal(api.requests.length, 3);
  assert.equal(new Set(api.requests.map(idempotencyKeyOf)).size, 1);
});

test('retry: 0 sends once; the cut body is a NetworkError, not a TypeError or SyntaxError', async () => {
  const api = answering(catalogAnswer, ['cut']);
  await assert.rejects(testClient({ fetch: api.fetch, retry: 0 }).catalog.get(), (error) => {
    assert.ok(error instanceof NetworkError);
    assert.equal(error.operation, 'catalog.get');
    return true;
  });
  assert.equal(api.requests.length, 1);
});

test('retries of cut bodies stop at the total-time cap', async () => {
  const api = answering(catalogAnswer, ['cut']);
  const started = performance.now();
  await assert.rejects(
    testClient({
      fetch: api.fetch,
      retry: { limit: 50, baseDelay: 20, maxDelay: 20, totalTimeout: 150 },
    }).catalog.get(),
    TimeoutError,
  );
  assert.ok(performance.now() - started < 1000);
  assert.ok(api.requests.length < 50);
});

test('a body that stalls halfway is ended by the per-attempt timeout and retried', async () => {
  const api = answering(referralAnswer, ['stall', 'whole']);
  const created = await testClient({ fetch: api.fetch, timeout: 30 }).referrals.create(
    referralInput,
  );
  assert.deepEqual(created, referralCreated);
  assert.equal(api.requests.length, 2);
  assert.equal(new Set(api.requests.map(idempotencyKeyOf)).size, 1);
});

test('a body stalling on every attempt ends in a TimeoutError', async () => {
  const api = answering(catalogAnswer, ['stall']);
  await assert.rejects(testClient({ fetch: api.fetch, timeout: 20 }).catalog.get(), TimeoutError);
  assert.equal(api.requests.length, 3);
});

test('an abort while the body arrives rejects with the AbortError, without a retry', async () => {
  const api = answering(catalogAnswer, ['stall']);
  const controller = new AbortController();
  const pending = testClient({ fetch: api.fetch, timeout: false }).catalog.get(
    {},
    { signal: controller.signal },
  );
  setTimeout(() => controller.abort(), 10);
  await assert.rejects(pending, { name: 'AbortError' });
  assert.equal(api.requests.length, 1);
});

test('an error answer with a cut body is still judged by its status and Retry-After', async () => {
  const api = answering(
    () =>
      Response.json(problem('rate-limited', 429), {
        status: 429,
        headers: { 'Retry-After': '120', 'Content-Type': 'application/problem+json' },
      }),
    ['cut'],
  );
  await assert.rejects(testClient({ fetch: api.fetch }).catalog.get(), (error) => {
    assert.ok(error instanceof RateLimitedError);
    assert.equal(error.retryAfterMs, 120_000);
    return true;
  });
  assert.equal(api.requests.length, 1, 'no retry against the wait the API asked for');
});
