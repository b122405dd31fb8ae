import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createClient,
  ReferralCreatedSchema,
  ReferralStatusResponseSchema,
  type ReferralCreated,
  type ReferralStatusResponse,
} from '@vangnet/sdk';
import { demoPartnerKey, type MockApi } from '@vangnet/api-mock';
import { call, referral, testBase, testMock } from './test-support.ts';

/** Someone of 17: the young person's own consent is enough. */
const input = referral('2008-05-01');

async function create(mock: MockApi) {
  const response = await call(mock, '/v1/referrals', { body: input });
  assert.equal(response.status, 201);
  return ReferralCreatedSchema.parse(await response.json());
}

async function statusOf(
  mock: MockApi,
  created: ReferralCreated,
  headers: Record<string, string> = {},
): Promise<ReferralStatusResponse> {
  const response = await call(mock, `/v1/referrals/${created.id}`, {
    headers: { 'Vangnet-Token': created.token, ...headers },
  });
  assert.equal(response.status, 200);
  return ReferralStatusResponseSchema.parse(await response.json());
}

/**
 * Sets the clock to each moment of `expected` and compares what the API reports there, as
 * `status since updatedAt`, with the expected answer for that moment.
 */
async function assertReports(
  mock: MockApi,
  created: ReferralCreated,
  expected: Record<string, string>,
) {
  const seen: Record<string, string> = {};
  for (const moment of Object.keys(expected)) {
    mock.clock.set(moment);
    const { status, updatedAt } = await statusOf(mock, created);
    seen[moment] = `${status} since ${updatedAt}`;
  }
  assert.deepEqual(seen, expected);
}

describe('a referral’s status moves on with the mock’s clock, in working days', () => {
  it('received, matched on the 2nd working day at 09:00, in coaching on the 5th, never closed by itself', async () => {
    const mock = testMock({ now: '2026-03-02T10:15:00+01:00' }); // a Monday
    const created = await create(mock);
    assert.equal(created.status, 'received');
    await assertReports(mock, created, {
      '2026-03-02T10:15:00+01:00': 'received since 2026-03-02T10:15:00+01:00',
      '2026-03-04T08:59:59+01:00': 'received since 2026-03-02T10:15:00+01:00',
      '2026-03-04T09:00:00+01:00': 'matched since 2026-03-04T09:00:00+01:00',
      '2026-03-06T17:00:00+01:00': 'matched since 2026-03-04T09:00:00+01:00',
      '2026-03-09T09:00:00+01:00': 'in-coaching since 2026-03-09T09:00:00+01:00',
      '2027-03-09T09:00:00+01:00': 'in-coaching since 2026-03-09T09:00:00+01:00',
    });
  });

  it('skips weekends and Dutch public holidays (Easter Monday), and speaks summer time after the switch', async () => {
    // Thursday 2 April 2026; Friday 3 April (Good Friday) is a working day for municipal staff,
    // Monday 6 April (Easter Monday) is not.
    const mock = testMock({ now: '2026-04-02T16:00:00+02:00' });
    const created = await create(mock);
    await assertReports(mock, created, {
      '2026-04-06T12:00:00+02:00': 'received since 2026-04-02T16:00:00+02:00',
      '2026-04-07T09:00:00+02:00': 'matched since 2026-04-07T09:00:00+02:00',
      '2026-04-09T12:00:00+02:00': 'matched since 2026-04-07T09:00:00+02:00',
      '2026-04-10T09:00:00+02:00': 'in-coaching since 2026-04-10T09:00:00+02:00',
    });
  });

  it('a referral made at the weekend counts from the next working day', async () => {
    const mock = testMock({ now: '2026-03-07T11:00:00+01:00' }); // a Saturday
    const created = await create(mock);
    await assertReports(mock, created, {
      '2026-03-10T08:00:00+01:00': 'received since 2026-03-07T11:00:00+01:00',
      '2026-03-10T09:00:00+01:00': 'matched since 2026-03-10T09:00:00+01:00', // Monday 1, Tuesday 2
    });
  });

  it('depends on the mock’s clock only: a clock set back shows the earlier status again', async () => {
    const mock = testMock();
    const created = await create(mock);
    mock.clock.set('2026-03-20T12:00:00+01:00');
    assert.equal((await statusOf(mock, created)).status, 'in-coaching');
    mock.clock.set('2026-03-02T12:00:00+01:00');
    assert.equal((await statusOf(mock, created)).status, 'received');
    assert.equal(mock.store.referrals[0]?.status, 'received', 'the store keeps what staff set');
  });

  it('is the same whatever time zone the machine is in', async () => {
    const expected = {
      '2026-03-31T08:30:00+02:00': 'received since 2026-03-27T23:30:00+01:00',
      '2026-03-31T09:00:00+02:00': 'matched since 2026-03-31T09:00:00+02:00',
      '2026-04-03T09:00:00+02:00': 'in-coaching since 2026-04-03T09:00:00+02:00',
    };
    const zone = process.env['TZ'];
    try {
      for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env['TZ'] = tz;
        // Friday late in Amsterdam, already Saturday in Kiritimati, still Friday afternoon in LA.
        const mock = testMock({ now: '2026-03-27T23:30:00+01:00' });
        await assertReports(mock, await create(mock), expected);
      }
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('a status set in the store is shown, and only ever moves forward from there', async () => {
    const mock = testMock();
    const created = await create(mock);
    const stored = mock.store.referrals[0];
    assert.ok(stored);
    stored.status = 'closed';
    assert.equal((await statusOf(mock, created)).status, 'closed');
    stored.status = 'matched';
    mock.clock.set('2026-03-09T09:00:00+01:00');
    assert.equal((await statusOf(mock, created)).status, 'in-coaching');
  });
});

describe('the referral-status scenario shows a status at once', () => {
  it('reports at least the chosen status, typed, until cleared; never lowers one', async () => {
    const mock = testMock();
    const created = await create(mock);
    for (const status of ['matched', 'in-coaching', 'closed'] as const) {
      mock.scenarios.referralStatus(status);
      assert.equal(mock.scenarios.state.referralStatus, status);
      const reported = await statusOf(mock, created);
      assert.equal(reported.status, status);
      assert.equal(reported.updatedAt, '2026-03-02T09:00:00+01:00', 'the clock’s now');
    }
    mock.scenarios.referralStatus('matched');
    mock.clock.set('2026-03-09T09:00:00+01:00');
    assert.equal((await statusOf(mock, created)).status, 'in-coaching', 'the clock is further');
    mock.scenarios.clear();
    mock.clock.set('2026-03-02T09:00:00+01:00');
    assert.equal((await statusOf(mock, created)).status, 'received');
    assert.equal(mock.store.referrals[0]?.status, 'received', 'the store is not changed');
  });

  it('a new referral is still answered as received; the scenario shows on reading it back', async () => {
    const mock = testMock({ scenarios: 'referral-closed' });
    const created = await create(mock);
    assert.equal(created.status, 'received');
    assert.equal((await statusOf(mock, created)).status, 'closed');
  });

  it('by name: referral-matched, referral-in-coaching, referral-closed, also from a page address', async () => {
    const mock = testMock();
    const created = await create(mock);
    for (const [name, status] of [
      ['referral-matched', 'matched'],
      ['referral-in-coaching', 'in-coaching'],
      ['referral-closed', 'closed'],
    ] as const) {
      mock.scenarios.clear().use(name);
      assert.equal((await statusOf(mock, created)).status, status);
      mock.scenarios.clear();
      const page = { Referer: `http://127.0.0.1:8765/examples/status.html?mock=${name}` };
      assert.equal((await statusOf(mock, created, page)).status, status);
      assert.equal((await statusOf(mock, created)).status, 'received', 'only that page');
    }
  });

  it('the SDK reads every status the mock can show', async () => {
    const mock = testMock();
    const client = createClient({
      baseUrl: testBase,
      partnerKey: demoPartnerKey,
      fetch: mock.fetch,
    });
    const created = await client.referrals.create(input);
    const seen = [(await client.referrals.get(created.id, created.token)).status];
    mock.clock.set('2026-03-04T09:00:00+01:00');
    seen.push((await client.referrals.get(created.id, created.token)).status);
    mock.clock.set('2026-03-09T09:00:00+01:00');
    seen.push((await client.referrals.get(created.id, created.token)).status);
    mock.scenarios.referralStatus('closed');
    seen.push((await client.referrals.get(created.id, created.token)).status);
    assert.deepEqual(seen, ['received', 'matched', 'in-coaching', 'closed']);
  });
});
