import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ReferralCreatedSchema,
  ReferralStatusResponseSchema,
  type ReferralInput,
} from '@vangnet/sdk';
import { call, problemName, referral, testMock } from './test-support.ts';

async function errorsOf(response: Response) {
  return ((await response.json()) as { errors: { pointer: string; code: string }[] }).errors;
}

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

  it('reads the status back only with the token', async () => {
    const created = ReferralCreatedSchema.parse(
      await (await call(mock, '/v1/referrals', { body: referral('2009-01-01') })).json(),
    );
    const ok = await call(mock, `/v1/referrals/${created.id}`, {
      headers: { 'Vangnet-Token': created.token },
    });
    assert.equal(ReferralStatusResponseSchema.parse(await ok.json()).status, 'received');
    for (const headers of [{}, { 'Vangnet-Token': 'wrong' }]) {
      const denied = await call(mock, `/v1/referrals/${created.id}`, { headers });
      assert.equal(denied.status, 401);
      assert.equal(await problemName(denied), 'unauthorised');
    }
  });

  it('applies the consent bands on the referral date: parents under 12, both 12–15, the young person from 16', async () => {
    const youngPersonOnly = [
      { party: 'young-person' as const, method: 'in-person' as const, date: '2026-03-01' },
    ];
    const parentOnly = [
      { party: 'parent' as const, method: 'letter' as const, date: '2026-03-01' },
    ];
    const cases: [string, ReferralInput['consents'], number][] = [
      ['2015-06-01', parentOnly, 201], // 10
      ['2015-06-01', youngPersonOnly, 422],
      ['2012-03-02', parentOnly, 422], // 14 today: both needed
      ['2012-03-02', youngPersonOnly, 422],
      ['2010-03-02', youngPersonOnly, 201], // 16 today
      ['2010-03-03', youngPersonOnly, 422], // 16 tomorrow
    ];
    for (const [dateOfBirth, consents, status] of cases) {
      const response = await call(mock, '/v1/referrals', {
        body: referral(dateOfBirth, { consents }),
      });
      assert.equal(response.status, status, `${dateOfBirth} ${consents[0]?.party}`);
      if (status === 422) assert.equal(await problemName(response), 'consent-missing');
    }
  });

  it('requires a parent contact under 16', async () => {
    const { parent: _parent, ...withoutParent } = referral('2012-01-01');
    const response = await call(mock, '/v1/referrals', { body: withoutParent });
    assert.equal(response.status, 422);
    assert.deepEqual(
      (await errorsOf(response)).map((error) => [error.pointer, error.code]),
      [['/parent', 'required']],
    );
    const older = referral('2009-01-01');
    delete older.parent;
    assert.equal((await call(mock, '/v1/referrals', { body: older })).status, 201);
  });

  it('answers 422 validation with JSON pointers and stable codes', async () => {
    const body = referral('2011-05-01');
    const broken = { ...body, referrer: { ...body.referrer, email: undefined, phone: '12345' } };
    const response = await call(mock, '/v1/referrals', { body: broken });
    assert.equal(await problemName(response.clone()), 'validation');
    const errors = await errorsOf(response);
    assert.deepEqual(errors.map((error) => [error.pointer, error.code]).sort(), [
      ['/referrer/email', 'required'],
      ['/referrer/phone', 'phone'],
    ]);
  });

  it('refuses a service the municipality does not offer and reasons of another service', async () => {
    const response = await call(mock, '/v1/referrals', {
      body: referral('2011-05-01', { service: 'absenteeism', municipality: 'den-haag' }),
    });
    assert.equal(response.status, 422);
    const pointers = (await errorsOf(response)).map((error) => error.pointer);
    assert.ok(pointers.includes('/service'));
    assert.ok(pointers.includes('/supportNeed/reasons/0'));
    const westland = await call(mock, '/v1/referrals', {
      body: referral('2011-05-01', {
        service: 'absenteeism',
        municipality: 'westland',
        supportNeed: { reasons: ['verzuim'], description: 'Vaak afwezig.' },
      }),
    });
    assert.equal(westland.status, 201);
  });
});
