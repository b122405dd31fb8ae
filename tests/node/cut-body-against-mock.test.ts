// The SDK against the mock when the connection drops halfway through an answer: the mock has
// already done the work (a referral saved), the SDK's own retry with the same idempotency key gets
// the first result replayed, and the mock holds exactly one record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockApi, demoPartnerKey, type MockApi } from '@vangnet/api-mock';
import { createClient, NetworkError } from '@vangnet/sdk';
import { cutHalfway } from '../../packages/sdk/src/testing/cut-body.ts';
import { referralInput } from '../security/support/sdk-methods.ts';

/** The mock's fetch, with the body of its first `times` answers to `method` cut halfway. */
function cuttingFetch(mock: MockApi, method: 'GET' | 'POST', times: number) {
  const keys: (string | null)[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.method !== method) return mock.fetch(request);
    keys.push(request.headers.get('idempotency-key'));
    const whole = await mock.fetch(request);
    if (keys.length > times) return whole;
    return cutHalfway(whole);
  };
  return { fetch, keys };
}

function setUp(method: 'GET' | 'POST', times: number) {
  const mock = createMockApi({ now: '2026-03-02T09:00:00+01:00' });
  const cutting = cuttingFetch(mock, method, times);
  const client = createClient({
    baseUrl: 'https://gemeente.example.nl/vangnet-api',
    partnerKey: demoPartnerKey,
    fetch: cutting.fetch,
    retry: { limit: 2, baseDelay: 1, maxDelay: 2 },
  });
  return { mock, client, keys: cutting.keys };
}

test('a referral whose 201 is cut after the mock saved it is retried and saved once', async () => {
  const { mock, client, keys } = setUp('POST', 2);
  const created = await client.referrals.create(referralInput);
  assert.equal(keys.length, 3, 'two cut answers, then a whole one');
  assert.equal(new Set(keys).size, 1, 'one idempotency key for all three');
  assert.equal(mock.store.referrals.length, 1, 'exactly one referral');
  assert.equal(mock.store.referrals[0]?.id, created.id, 'the first result, replayed');
});

test('a referral cut on every attempt is a NetworkError, and the mock still holds one', async () => {
  const { mock, client, keys } = setUp('POST', Infinity);
  await assert.rejects(client.referrals.create(referralInput), NetworkError);
  assert.equal(keys.length, 3);
  assert.equal(mock.store.referrals.length, 1);
});

test('a status read whose body is cut is retried and answers', async () => {
  const { client, keys } = setUp('GET', 1);
  const created = await client.referrals.create(referralInput);
  const status = await client.referrals.get(created.id, created.token);
  assert.equal(status.reference, created.reference);
  assert.equal(keys.length, 2, 'one cut answer, then a whole one');
});
