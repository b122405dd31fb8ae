// Every SDK method under every network and server fault: a typed error (never a bare one, never an
// unhandled rejection), then a success once the fault clears — by the user trying again with the
// same idempotency key, and by the SDK's own retries. A write whose answer is lost after the
// server saved it is saved once, however it is retried.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  NetworkError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  problemTypeBase,
  type VangnetError,
} from '@vangnet/sdk';
import type { MockApi } from '@vangnet/api-mock';
import { cutHalfway } from '../../packages/sdk/src/testing/cut-body.ts';
import { clientOf, preparedMock, sdkMethods, type SdkMethod } from './support/sdk-methods.ts';
import { tally, watchUnhandledRejections, within, type SecurityCase } from './support/tally.ts';

type Fetch = typeof globalThis.fetch;
type ErrorClass = abstract new (...args: never[]) => VangnetError;

interface Fault {
  readonly name: string;
  readonly expected: ErrorClass;
  /** One faulty attempt; `forward` is the mock. */
  attempt(request: Request, forward: Fetch): Promise<Response>;
}

const problemAnswer = (status: number, name: string, headers: Record<string, string> = {}) =>
  Response.json(
    { type: `${problemTypeBase}${name}`, title: name, status },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );

const resetError = () =>
  Object.assign(new TypeError('fetch failed'), {
    cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
  });

const faults: readonly Fault[] = [
  {
    name: 'a timeout',
    expected: TimeoutError,
    // Never answers; only the SDK's own per-attempt timeout ends the wait.
    attempt: (request) =>
      new Promise((_, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason), {
          once: true,
        }),
      ),
  },
  {
    name: 'a connection reset',
    expected: NetworkError,
    attempt: async () => {
      throw resetError();
    },
  },
  {
    name: 'offline',
    expected: NetworkError,
    attempt: async () => {
      throw new TypeError('Failed to fetch');
    },
  },
  {
    name: 'a 500',
    expected: ServerError,
    attempt: async () => problemAnswer(500, 'server-error'),
  },
  {
    name: 'a 502 from a proxy (HTML)',
    expected: ServerError,
    attempt: async () =>
      new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      }),
  },
  {
    name: 'a 503 with Retry-After',
    expected: ServerError,
    attempt: async () => problemAnswer(503, 'unavailable', { 'Retry-After': '0' }),
  },
  {
    name: 'a 429 with Retry-After',
    expected: RateLimitedError,
    attempt: async () => problemAnswer(429, 'rate-limited', { 'Retry-After': '0' }),
  },
  {
    name: 'a response cut mid-body',
    expected: NetworkError,
    attempt: async (request, forward) => cutHalfway(await forward(request)),
  },
  {
    name: 'an answer lost after the server saved',
    expected: NetworkError,
    attempt: async (request, forward) => {
      await forward(request);
      throw resetError();
    },
  },
];

/** The mock's fetch, with `fault` on its first `times` attempts (Infinity: until `clear()`). */
function faultyFetch(mock: MockApi, fault: Fault, times: number) {
  let left = times;
  const forward: Fetch = (input, init) => mock.fetch(input, init);
  const fetch: Fetch = async (input, init) => {
    const request = new Request(input, init);
    if (left <= 0) return forward(request);
    left -= 1;
    return fault.attempt(request, forward);
  };
  return { fetch, clear: () => (left = 0) };
}

const records = (mock: MockApi) =>
  mock.store.referrals.length + mock.store.appointments.length + mock.store.callbackRequests.length;

/** Per attempt, in ms: every call of the mock takes a few ms, the 'timeout' fault waits forever. */
const attemptTimeout = 400;

const creators = ['referrals.create', 'appointments.book', 'callbackRequests.create'];
const creates = (method: SdkMethod) => (creators.includes(method.name) ? 1 : 0);

function faultCase(method: SdkMethod, fault: Fault): SecurityCase {
  return {
    name: `${method.name} under ${fault.name}`,
    async run() {
      // The user's view: the call fails with a typed error, the user presses "send" again.
      const { mock, prepared } = await preparedMock();
      const before = records(mock);
      const faulty = faultyFetch(mock, fault, Infinity);
      // Short, so 'a timeout' ends soon; long enough that a busy CI machine answers in time.
      const client = clientOf(faulty.fetch, { retry: 0, timeout: attemptTimeout });
      const options = { idempotencyKey: `${method.name}-again` };
      await assert.rejects(
        within(method.call(client, prepared, options), 2000, 'the failing call'),
        (error) => {
          assert.ok(
            error instanceof fault.expected,
            `${String(error)} is no ${fault.expected.name}`,
          );
          return true;
        },
      );
      faulty.clear();
      await within(method.call(client, prepared, options), 2000, 'the call after the fault');
      assert.equal(records(mock) - before, creates(method), 'records saved, however often sent');

      // The SDK's view: one faulty attempt, then its own retry succeeds.
      const fresh = await preparedMock();
      const once = faultyFetch(fresh.mock, fault, 1);
      const retrying = clientOf(once.fetch, { timeout: attemptTimeout });
      const freshBefore = records(fresh.mock);
      await within(method.call(retrying, fresh.prepared), 2000, 'the retried call');
      assert.equal(records(fresh.mock) - freshBefore, creates(method), 'a retry saves once');
    },
  };
}

test('every SDK method under every fault: a typed error, then a success once it clears', async () => {
  const rejections = watchUnhandledRejections();
  await tally(
    'faults',
    sdkMethods.flatMap((method) => faults.map((fault) => faultCase(method, fault))),
  );
  assert.deepEqual(await rejections.stop(), [], 'unhandled rejections');
});

test('a Retry-After longer than the SDK waits ends at once, with the wait to show', async () => {
  const { mock, prepared } = await preparedMock();
  mock.scenarios.rateLimit({ limit: 0, retryAfter: 120 });
  const started = performance.now();
  await assert.rejects(clientOf(mock.fetch).catalog.get(), (error) => {
    assert.ok(error instanceof RateLimitedError);
    assert.equal(error.retryAfterMs, 120_000);
    return true;
  });
  assert.ok(performance.now() - started < 1000, 'no waiting for two minutes');
  mock.scenarios.clear();
  assert.ok(
    await clientOf(mock.fetch).referrals.get(prepared.referral.id, prepared.referral.token),
  );
});
