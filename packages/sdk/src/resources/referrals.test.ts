import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { InputError } from '@vangnet/sdk';
import {
  assertCommonHeaders,
  idempotencyKeyOf,
  onlyRequest,
  sent,
  server,
  testClient,
  url,
  useApi,
} from '../testing/api.ts';
import { referralCreated, referralInput, referralStatus } from '../testing/fixtures.ts';

useApi();

test('referrals.create posts the body with a generated idempotency key', async () => {
  server.use(
    http.post(url('v1/referrals'), () => HttpResponse.json(referralCreated, { status: 201 })),
  );
  assert.deepEqual(await testClient().referrals.create(referralInput), referralCreated);
  const request = onlyRequest();
  assertCommonHeaders(request);
  assert.match(
    idempotencyKeyOf(request),
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );
  assert.equal(request.headers.get('content-type'), 'application/json');
  assert.deepEqual(await request.json(), referralInput);
});

test('referrals.create uses the idempotency key it is given, and a new one per call otherwise', async () => {
  server.use(
    http.post(url('v1/referrals'), () => HttpResponse.json(referralCreated, { status: 201 })),
  );
  const client = testClient();
  await client.referrals.create(referralInput, { idempotencyKey: 'my-key-1' });
  await client.referrals.create(referralInput);
  await client.referrals.create(referralInput);
  const keys = sent.map(idempotencyKeyOf);
  assert.equal(keys[0], 'my-key-1');
  assert.notEqual(keys[1], keys[2]);
});

test('referrals.create sends trimmed texts and refuses invalid input without a request', async () => {
  server.use(
    http.post(url('v1/referrals'), () => HttpResponse.json(referralCreated, { status: 201 })),
  );
  const client = testClient();
  await client.referrals.create({
    ...referralInput,
    youngPerson: { ...referralInput.youngPerson, givenName: '  Sam ' },
  });
  const body = (await onlyRequest().json()) as typeof referralInput;
  assert.equal(body.youngPerson.givenName, 'Sam');
  sent.length = 0;
  await assert.rejects(
    client.referrals.create({
      ...referralInput,
      youngPerson: { ...referralInput.youngPerson, dateOfBirth: '14-03-2009' },
    }),
    (error) => {
      assert.ok(error instanceof InputError);
      assert.deepEqual(error.fieldIssues[0]?.path, ['youngPerson', 'dateOfBirth']);
      assert.doesNotMatch(error.message, /14-03-2009/);
      return true;
    },
  );
  await assert.rejects(
    client.referrals.create(referralInput, { idempotencyKey: 'with space' }),
    InputError,
  );
  assert.equal(sent.length, 0);
});

test('referrals.create refuses a field the contract does not have (a BSN) before sending, naming it', async () => {
  const client = testClient();
  const withBsn = {
    ...referralInput,
    youngPerson: { ...referralInput.youngPerson, bsn: '123456782' },
  };
  await assert.rejects(client.referrals.create(withBsn), (error) => {
    assert.ok(error instanceof InputError);
    assert.deepEqual(
      error.fieldIssues.map((issue) => [issue.path, issue.code]),
      [[['youngPerson', 'bsn'], 'unrecognized_keys']],
    );
    assert.doesNotMatch(error.message, /123456782/);
    return true;
  });
  assert.equal(sent.length, 0);
});

test('referrals.get sends the token in Vangnet-Token, never in the URL', async () => {
  server.use(http.get(url('v1/referrals/r-1'), () => HttpResponse.json(referralStatus)));
  assert.deepEqual(await testClient().referrals.get('r-1', 'tok_status_1'), referralStatus);
  const request = onlyRequest();
  assert.equal(request.headers.get('vangnet-token'), 'tok_status_1');
  assert.doesNotMatch(request.url, /tok_status_1/);
  assert.equal(request.url, url('v1/referrals/r-1'));
});

test('referrals.get refuses an empty token before sending', async () => {
  await assert.rejects(testClient().referrals.get('r-1', ''), InputError);
  assert.equal(sent.length, 0);
});
