// Every error class, produced by the client from what the API (or something in between) answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import {
  InvalidResponseError,
  NetworkError,
  ServerError,
  ValidationError,
  VangnetError,
} from '@vangnet/sdk';
import { server, testClient, url, useApi } from '../testing/api.ts';
import { appointmentInput, problem } from '../testing/fixtures.ts';
import { problemCases } from '../testing/problem-cases.ts';

useApi();

const problemJson = (name: string, status: number, extra = {}) =>
  HttpResponse.json(problem(name, status, extra), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

for (const [name, status, ErrorClass] of problemCases) {
  test(`appointments.book answered ${status} ${name} rejects with ${ErrorClass.name}`, async () => {
    server.use(http.post(url('v1/appointments'), () => problemJson(name, status)));
    await assert.rejects(testClient({ retry: 0 }).appointments.book(appointmentInput), (error) => {
      assert.ok(error instanceof ErrorClass);
      assert.ok(error instanceof VangnetError);
      assert.equal(error.status, status);
      assert.equal(error.problem?.type, problem(name, status).type);
      assert.equal(error.operation, 'appointments.book');
      assert.doesNotMatch(error.message, /Sam|Voorbeeld|2004|06 0/);
      return true;
    });
  });
}

test('a 422 carries its field errors as form paths', async () => {
  server.use(
    http.post(url('v1/appointments'), () =>
      problemJson('age-out-of-bounds', 422, {
        errors: [{ pointer: '/dateOfBirth', code: 'age-out-of-bounds', message: 'Too old.' }],
      }),
    ),
  );
  await assert.rejects(testClient().appointments.book(appointmentInput), (error) => {
    assert.ok(error instanceof ValidationError);
    assert.equal(error.kind, 'age-out-of-bounds');
    assert.deepEqual(error.fieldIssues, [
      { path: ['dateOfBirth'], code: 'age-out-of-bounds', message: 'Too old.' },
    ]);
    return true;
  });
});

test('a network failure is a NetworkError with the cause kept', async () => {
  server.use(http.get(url('v1/catalog'), () => HttpResponse.error()));
  await assert.rejects(testClient({ retry: 0 }).catalog.get(), (error) => {
    assert.ok(error instanceof NetworkError);
    assert.ok(error.cause instanceof Error);
    return true;
  });
});

test('a gateway HTML page with 502 is a ServerError without a problem', async () => {
  server.use(
    http.get(url('v1/catalog'), () =>
      HttpResponse.html('<html><h1>502 Bad Gateway</h1></html>', { status: 502 }),
    ),
  );
  await assert.rejects(testClient({ retry: 0 }).catalog.get(), (error) => {
    assert.ok(error instanceof ServerError);
    assert.equal(error.problem, undefined);
    return true;
  });
});

test('a status the contract does not have is an InvalidResponseError', async () => {
  server.use(http.get(url('v1/catalog'), () => new HttpResponse(null, { status: 418 })));
  await assert.rejects(testClient().catalog.get(), (error) => {
    assert.ok(error instanceof InvalidResponseError);
    assert.equal(error.reason, 'unexpected-status');
    return true;
  });
});
