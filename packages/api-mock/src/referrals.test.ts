import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ReferralCreatedSchema } from '@vangnet/sdk';
import { call, referral, testMock } from './test-support.ts';

describe('referrals', () => {
  const mock = testMock();

  it('creates a referral: 201 with id, reference, status, token and a Location; the store keeps the consents', async () => {
    const response = await call(mock, '/v1/referrals', { body: referral('2011-05-01') });
    assert.equal(response.status, 201);
    const created = ReferralCreatedSchema.parse(await response.json());
    assert.equal(created.status, 'received');
    assert.match(created.reference, /^VN-R-[A-Z0-9]{6}$/);
    assert.match(
      response.headers.get('Location') ?? '',
      new RegExp(`/v1/referrals/${created.id}$`),
    );
    const stored = mock.store.referrals.find((item) => item.id === created.id);
    assert.equal(stored?.input.consents.length, 2);
  });
});
