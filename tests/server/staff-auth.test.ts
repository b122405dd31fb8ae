// Sign-in of the staff API: only staff access tokens of a trusted issuer, signed by its key,
// for the right audience and not expired; a partner key never; a token without the role 403.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demoBoundPartnerKey, demoPartnerKey } from '@vangnet/api-core';
import { readConfig } from '@vangnet/server';
import { SignJWT } from 'jose';
import { onEveryDatabase, sendReferral, type StaffTarget } from './support/staff-server.ts';
import { referral } from '../conformance/support/calls.ts';

/** Every staff endpoint, with a body where it takes one. */
const endpoints: [method: string, path: string, body?: unknown][] = [
  ['GET', '/v1/staff/me'],
  ['GET', '/v1/staff/referrals'],
  ['GET', '/v1/staff/referrals/REFERRAL'],
  ['POST', '/v1/staff/referrals/REFERRAL/status', { status: 'in-coaching' }],
  ['GET', '/v1/staff/referrals/REFERRAL/export'],
  ['POST', '/v1/staff/referrals/REFERRAL/erasure', {}],
  ['GET', '/v1/staff/locations'],
  ['GET', '/v1/staff/locations/laak/schedule'],
  ['PUT', '/v1/staff/locations/laak/schedule', { slotMinutes: 30, weekly: [], exceptions: [] }],
  ['GET', '/v1/staff/locations/laak/needs-move'],
  ['GET', '/v1/staff/locations/laak/appointments?date=2026-03-05'],
  ['POST', '/v1/staff/appointments/VN-A-000000/attendance', { attendance: 'attended' }],
  ['GET', '/v1/staff/callback-requests'],
  ['POST', '/v1/staff/callback-requests/VN-C-000000/called', {}],
  ['GET', '/v1/staff/monitoring'],
  ['GET', '/v1/staff/monitoring.csv'],
  ['POST', '/v1/staff/retention/run', {}],
];

/** Endpoints a token with no grants at all may use: none but `me`. */
const needsAGrant = endpoints.filter(([, path]) => path !== '/v1/staff/me');

const send = (
  target: StaffTarget,
  [method, path, body]: (typeof endpoints)[number],
  authorization: string | undefined,
  referralId: string,
) =>
  target.fetch(path.replace('REFERRAL', referralId), {
    method,
    headers: {
      ...(authorization === undefined ? {} : { Authorization: authorization }),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

async function assertProblem(answer: Response, status: number, name: string, what: string) {
  assert.equal(answer.status, status, what);
  assert.match(answer.headers.get('Content-Type') ?? '', /application\/problem\+json/, what);
  const body = (await answer.json()) as Record<string, unknown>;
  assert.equal(String(body['type']).split('/').pop(), name, what);
  // Nothing but the problem's own fields: no data, no hint of what exists.
  assert.deepEqual(Object.keys(body).sort(), ['detail', 'status', 'title', 'type'], what);
  assert.doesNotMatch(JSON.stringify(body), /Voorbeeld|Sam|delft|mentor@/i, what);
}

onEveryDatabase((target) => {
  let referralId = '';
  beforeEach(async () => {
    await target().reset();
    referralId = (await sendReferral(target(), referral('2010-05-01'))).id;
  });

  describe('401 unauthorised', () => {
    it('without a token, on every endpoint', async () => {
      for (const endpoint of endpoints)
        await assertProblem(
          await send(target(), endpoint, undefined, referralId),
          401,
          'unauthorised',
          `${endpoint[0]} ${endpoint[1]}`,
        );
    });

    it('with a partner key (bound or not), on every endpoint', async () => {
      for (const key of [demoPartnerKey, demoBoundPartnerKey])
        for (const endpoint of endpoints)
          await assertProblem(
            await send(target(), endpoint, `Bearer ${key}`, referralId),
            401,
            'unauthorised',
            `${key}: ${endpoint[1]}`,
          );
    });

    it('with an expired, wrongly signed, wrong-audience or wrong-issuer token, on every endpoint', async () => {
      const { provider } = target();
      const roles = ['admin', 'coordinator:pluscoaching:region:haaglanden', 'casemanager:laak'];
      const wrong = {
        expired: await provider.sign({ roles }, { expiresIn: -120 }),
        'wrongly signed': await provider.sign({ roles }, { key: provider.otherKey }),
        'wrong audience': await provider.sign({ roles, aud: 'another-api' }),
        'wrong issuer': await provider.sign({ roles, iss: 'https://login.example.org' }),
        'not a JWT': 'abc.def',
      };
      for (const [what, token] of Object.entries(wrong))
        for (const endpoint of endpoints)
          await assertProblem(
            await send(target(), endpoint, `Bearer ${token}`, referralId),
            401,
            'unauthorised',
            `${what}: ${endpoint[1]}`,
          );
    });

    it('with an unsigned (alg none) or HMAC token carrying the right claims', async () => {
      const { provider } = target();
      const now = Math.floor(target().now().getTime() / 1000);
      const claims = {
        iss: provider.issuer,
        aud: 'vangnet-staff-test',
        sub: 'x',
        exp: now + 600,
        roles: ['admin'],
      };
      const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const unsigned = `${encode({ alg: 'none' })}.${encode(claims)}.`;
      const hmac = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .sign(new TextEncoder().encode('a shared secret of thirty-two bytes!!'));
      for (const token of [unsigned, hmac])
        await assertProblem(
          await send(target(), ['GET', '/v1/staff/monitoring'], `Bearer ${token}`, referralId),
          401,
          'unauthorised',
          token.slice(0, 20),
        );
    });
  });

  describe('403 forbidden', () => {
    it('a valid token without any grant, on every endpoint but me', async () => {
      const token = await target().provider.sign({ roles: ['some-other-app-role'] });
      for (const endpoint of needsAGrant)
        await assertProblem(
          await send(target(), endpoint, `Bearer ${token}`, referralId),
          403,
          'forbidden',
          endpoint[1],
        );
    });

    it('a casemanager on the referral endpoints, a coordinator on the agenda', async () => {
      const casemanager = await target().tokenOf('casemanager-laak');
      const coordinator = await target().tokenOf('coordinator-pluscoaching');
      for (const endpoint of endpoints.filter(([, path]) =>
        /referrals|monitoring|retention/.test(path),
      ))
        await assertProblem(
          await send(target(), endpoint, `Bearer ${casemanager}`, referralId),
          403,
          'forbidden',
          endpoint[1],
        );
      for (const endpoint of endpoints.filter(([, path]) =>
        /locations|appointments|callback|retention/.test(path),
      ))
        await assertProblem(
          await send(target(), endpoint, `Bearer ${coordinator}`, referralId),
          403,
          'forbidden',
          endpoint[1],
        );
    });
  });

  describe('tokens that are accepted', () => {
    it("the provider's token: roles through the default claim, read by me", async () => {
      const token = await target().provider.sign({
        sub: 'entra-1234',
        roles: ['casemanager:laak', 'not-a-grant'],
      });
      const answer = await target().staff(token, '/v1/staff/me');
      assert.equal(answer.status, 200);
      assert.deepEqual(await answer.json(), {
        subject: 'entra-1234',
        name: 'Test Persoon',
        grants: [{ role: 'casemanager', location: 'laak' }],
      });
    });

    it('the development sign-in: one request per demo user, the token works on the staff API', async () => {
      const list = (await (await target().fetch('/v1/staff/dev-signin')).json()) as {
        users: { id: string }[];
      };
      assert.deepEqual(
        list.users.map((user) => user.id),
        [
          'coordinator-pluscoaching',
          'coordinator-westland',
          'coordinator-leidschendam-voorburg',
          'casemanager-jongerenpunt070',
          'casemanager-laak',
          'casemanager-escamp',
          'admin',
        ],
      );
      for (const { id } of list.users) {
        const me = await target().staff(await target().tokenOf(id), '/v1/staff/me');
        assert.equal(me.status, 200, id);
        assert.equal(((await me.json()) as { subject: string }).subject, `dev:${id}`);
      }
      const jwks = (await (await target().fetch('/v1/staff/dev-signin/jwks.json')).json()) as {
        keys: { d?: string }[];
      };
      assert.equal(jwks.keys.length, 1);
      assert.equal(jwks.keys[0]?.d, undefined, 'the JWKS has no private part');
    });

    it('an unknown demo user is 404, and nothing under /v1/staff reaches the public API', async () => {
      const answer = await target().fetch('/v1/staff/dev-signin', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: 'nobody' }),
      });
      assert.equal(answer.status, 404);
      const admin = await target().tokenOf('admin');
      assert.equal((await target().staff(admin, '/v1/staff/catalog')).status, 404);
    });
  });
});

describe('configuration', () => {
  it('refuses the development sign-in in production, and an issuer without an audience', () => {
    assert.throws(
      () => readConfig({ NODE_ENV: 'production', VANGNET_DEV_SIGNIN: '1' }),
      /VANGNET_DEV_SIGNIN/,
    );
    assert.throws(
      () => readConfig({ VANGNET_OIDC_ISSUER: 'https://login.example.org' }),
      /VANGNET_OIDC_AUDIENCE/,
    );
    assert.throws(
      () =>
        readConfig({
          VANGNET_OIDC_ISSUER: 'https://login.example.org',
          VANGNET_OIDC_AUDIENCE: 'vangnet',
          VANGNET_OIDC_ROLE_MAP: '[1',
        }),
      /VANGNET_OIDC_ROLE_MAP/,
    );
  });

  it('reads a role map and the retention per service', () => {
    const config = readConfig({
      VANGNET_OIDC_ISSUER: 'https://login.example.org/realms/haaglanden',
      VANGNET_OIDC_AUDIENCE: 'vangnet',
      VANGNET_OIDC_ROLES_CLAIM: 'realm_access.roles',
      VANGNET_OIDC_ROLE_MAP: '{"vangnet-beheer":"admin","casemanager-laak":["casemanager:laak"]}',
      VANGNET_RETENTION_MONTHS: 'absenteeism=12',
    });
    assert.deepEqual(config.staff.oidc?.roleMap, {
      'vangnet-beheer': ['admin'],
      'casemanager-laak': ['casemanager:laak'],
    });
    assert.deepEqual(config.staff.retentionMonths, { pluscoaching: 24, absenteeism: 12 });
  });
});
