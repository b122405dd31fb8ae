import assert from 'node:assert/strict';
import { it } from 'node:test';
import {
  ReferralCreatedSchema,
  ReferralStatusResponseSchema,
  type ReferralInput,
} from '@vangnet/sdk';
import { call, problemName, referral } from './support/calls.ts';
import type { Suite } from './support/targets.ts';

async function errorsOf(response: Response) {
  return ((await response.json()) as { errors: { pointer: string; code: string }[] }).errors;
}

export const referrals: Suite = (target) => {
  it('creates a referral: 201 with id, reference, status, createdAt, token and a Location', async () => {
    const response = await call(target(), '/v1/referrals', { body: referral('2011-05-01') });
    assert.equal(response.status, 201);
    const created = ReferralCreatedSchema.parse(await response.json());
    assert.equal(created.status, 'received');
    assert.match(created.reference, /^VN-R-[A-Z0-9]{6}$/);
    assert.equal(created.createdAt, '2026-03-02T09:00:00+01:00', 'the clock’s now');
    assert.ok(created.token.length >= 20);
    assert.match(
      response.headers.get('Location') ?? '',
      new RegExp(`/v1/referrals/${created.id}$`),
    );
  });

  it('reads the status back only with the token: received, since creation', async () => {
    const created = ReferralCreatedSchema.parse(
      await (await call(target(), '/v1/referrals', { body: referral('2009-01-01') })).json(),
    );
    const ok = await call(target(), `/v1/referrals/${created.id}`, {
      headers: { 'Vangnet-Token': created.token },
    });
    assert.equal(ok.status, 200);
    const status = ReferralStatusResponseSchema.parse(await ok.json());
    assert.equal(status.status, 'received');
    for (const headers of [{}, { 'Vangnet-Token': 'wrong' }]) {
      const denied = await call(target(), `/v1/referrals/${created.id}`, { headers });
      assert.equal(denied.status, 401);
      assert.equal(await problemName(denied), 'unauthorised');
    }
    const other = ReferralCreatedSchema.parse(
      await (await call(target(), '/v1/referrals', { body: referral('2009-01-01') })).json(),
    );
    const crossed = await call(target(), `/v1/referrals/${created.id}`, {
      headers: { 'Vangnet-Token': other.token },
    });
    assert.equal(crossed.status, 401, 'one referral’s token does not open another');
  });

  it('answers 404 not-found for an unknown referral', async () => {
    const response = await call(target(), '/v1/referrals/no-such-referral', {
      headers: { 'Vangnet-Token': 'x'.repeat(32) },
    });
    assert.equal(response.status, 404);
    assert.equal(await problemName(response), 'not-found');
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
      const response = await call(target(), '/v1/referrals', {
        body: referral(dateOfBirth, { consents }),
      });
      assert.equal(response.status, status, `${dateOfBirth} ${consents[0]?.party}`);
      if (status === 422) assert.equal(await problemName(response), 'consent-missing');
    }
  });

  it('applies the bands on the clock’s date, not the machine’s', async () => {
    const youngPersonOnly = [
      { party: 'young-person' as const, method: 'in-person' as const, date: '2026-03-01' },
    ];
    const body = referral('2010-03-03', { consents: youngPersonOnly });
    const before = await call(target(), '/v1/referrals', { body });
    assert.equal(await problemName(before), 'consent-missing');
    target().setNow('2026-03-03T09:00:00+01:00');
    assert.equal((await call(target(), '/v1/referrals', { body })).status, 201, '16 now');
  });

  it('requires a parent contact under 16', async () => {
    const { parent: _parent, ...withoutParent } = referral('2012-01-01');
    const response = await call(target(), '/v1/referrals', { body: withoutParent });
    assert.equal(response.status, 422);
    assert.deepEqual(
      (await errorsOf(response)).map((error) => [error.pointer, error.code]),
      [['/parent', 'required']],
    );
    const older = referral('2009-01-01');
    delete older.parent;
    assert.equal((await call(target(), '/v1/referrals', { body: older })).status, 201);
  });

  it('answers 422 validation with JSON pointers and stable codes', async () => {
    const body = referral('2011-05-01');
    const broken = { ...body, referrer: { ...body.referrer, email: undefined, phone: '12345' } };
    const response = await call(target(), '/v1/referrals', { body: broken });
    assert.equal(response.status, 422);
    assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
    assert.equal(await problemName(response.clone()), 'validation');
    const errors = await errorsOf(response);
    assert.deepEqual(errors.map((error) => [error.pointer, error.code]).sort(), [
      ['/referrer/email', 'required'],
      ['/referrer/phone', 'phone'],
    ]);
  });

  it('refuses a BSN, or any field the contract does not have, with 422 validation naming each one', async () => {
    const body = referral('2009-01-01');
    // What a school's own system might add: nothing of it may be accepted, and it must hear so.
    const extra = {
      ...body,
      bsn: '123456782',
      youngPerson: { ...body.youngPerson, bsn: '123456782' },
      supportNeed: { ...body.supportNeed, diagnosis: 'ADHD' },
      consents: [{ ...body.consents[0]!, signature: 'x' }],
    };
    const response = await call(target(), '/v1/referrals', { body: extra });
    assert.equal(response.status, 422);
    assert.equal(await problemName(response.clone()), 'validation');
    const errors = await errorsOf(response);
    assert.deepEqual(errors.map((error) => [error.pointer, error.code]).sort(), [
      ['/bsn', 'unrecognized_keys'],
      ['/consents/0/signature', 'unrecognized_keys'],
      ['/supportNeed/diagnosis', 'unrecognized_keys'],
      ['/youngPerson/bsn', 'unrecognized_keys'],
    ]);
    const text = JSON.stringify(errors);
    assert.ok(!text.includes('123456782') && !text.includes('ADHD'), 'the values are not echoed');
    assert.equal((await call(target(), '/v1/referrals', { body })).status, 201, 'without them');
  });

  it('answers 422 validation with an error per missing field for an empty body', async () => {
    const empty = await call(target(), '/v1/referrals', { body: {} });
    assert.equal(empty.status, 422);
    assert.equal(await problemName(empty.clone()), 'validation');
    const pointers = (await errorsOf(empty)).map((error) => error.pointer);
    for (const pointer of ['/service', '/referrer', '/youngPerson', '/consents'])
      assert.ok(pointers.includes(pointer), pointer);
  });

  it('refuses a service the municipality does not offer and reasons of another service', async () => {
    const response = await call(target(), '/v1/referrals', {
      body: referral('2011-05-01', { service: 'absenteeism', municipality: 'den-haag' }),
    });
    assert.equal(response.status, 422);
    const pointers = (await errorsOf(response)).map((error) => error.pointer);
    assert.ok(pointers.includes('/service'));
    assert.ok(pointers.includes('/supportNeed/reasons/0'));
    const westland = await call(target(), '/v1/referrals', {
      body: referral('2011-05-01', {
        service: 'absenteeism',
        municipality: 'westland',
        supportNeed: { reasons: ['verzuim'], description: 'Vaak afwezig.' },
      }),
    });
    assert.equal(westland.status, 201);
  });
};
