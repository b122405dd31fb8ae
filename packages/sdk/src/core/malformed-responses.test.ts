// Answers that claim success but are not what the contract promises: each a typed error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { InvalidResponseError, type InvalidResponseReason } from '@vangnet/sdk';
import { server, testClient, url, useApi } from '../testing/api.ts';
import {
  appointmentCreated,
  appointmentInput,
  catalog,
  organisation,
} from '../testing/fixtures.ts';

useApi();

const { region: _region, ...catalogWithoutRegion } = catalog;
const malformed: [string, () => Response, InvalidResponseReason][] = [
  ['wrong types', () => HttpResponse.json({ ...catalog, municipalities: 'delft' }), 'schema'],
  ['a missing field', () => HttpResponse.json(catalogWithoutRegion), 'schema'],
  [
    'an unknown enum value',
    () => HttpResponse.json({ ...catalog, services: [{ id: 'bsn' }] }),
    'schema',
  ],
  [
    'not JSON',
    () => HttpResponse.text('{"region": ', { headers: { 'Content-Type': 'application/json' } }),
    'not-json',
  ],
  ['an empty body', () => new HttpResponse(null, { status: 200 }), 'empty'],
  ['a 204', () => new HttpResponse(null, { status: 204 }), 'empty'],
  [
    'an HTML page (captive portal)',
    () => HttpResponse.html('<!doctype html><title>Log in</title>'),
    'not-json',
  ],
  ['JSON null', () => HttpResponse.json(null), 'schema'],
];

for (const [what, answer, reason] of malformed) {
  test(`catalog.get answered with ${what} rejects with InvalidResponseError (${reason})`, async () => {
    server.use(http.get(url('v1/catalog'), answer));
    await assert.rejects(testClient().catalog.get(), (error) => {
      assert.ok(error instanceof InvalidResponseError);
      assert.equal(error.reason, reason);
      assert.equal(error.operation, 'catalog.get');
      return true;
    });
  });
}

test('the issues of a drifted answer name paths, never values', async () => {
  server.use(
    http.get(url('v1/organisations/stichting-voorbeeld'), () =>
      HttpResponse.json({ ...organisation, email: 'not an email of Jan', municipalities: [7] }),
    ),
  );
  await assert.rejects(testClient().organisations.get('stichting-voorbeeld'), (error) => {
    assert.ok(error instanceof InvalidResponseError);
    assert.deepEqual(
      error.issues.map((issue) => issue.path),
      [['municipalities', 0], ['email']],
    );
    assert.doesNotMatch(JSON.stringify(error.issues) + error.message, /Jan/);
    return true;
  });
});

test('a booking answered without its manage token is an InvalidResponseError', async () => {
  const { token: _token, ...withoutToken } = appointmentCreated;
  server.use(
    http.post(url('v1/appointments'), () => HttpResponse.json(withoutToken, { status: 201 })),
  );
  await assert.rejects(testClient().appointments.book(appointmentInput), InvalidResponseError);
});
