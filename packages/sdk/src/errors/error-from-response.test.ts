import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  InvalidResponseError,
  MalformedRequestError,
  NotFoundError,
  OriginNotAllowedError,
  RateLimitedError,
  UnauthorisedError,
  ValidationError,
  VangnetError,
  isVangnetError,
  type ServerError,
} from '@vangnet/sdk';
import { problem } from '../testing/fixtures.ts';
import { problemCases } from '../testing/problem-cases.ts';
import { errorFromResponse } from './error-from-response.ts';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  errorFromResponse({ status, body, headers: new Headers(headers), operation: 'test.op' });

for (const [name, status, ErrorClass] of problemCases) {
  test(`problem ${name} (${status}) becomes ${ErrorClass.name}, keeping the problem`, () => {
    const body = problem(name, status, { detail: 'Jan de Vries, 2009-03-14' });
    const error = answer(status, body);
    assert.ok(error instanceof ErrorClass);
    assert.ok(error instanceof VangnetError);
    assert.ok(isVangnetError(error));
    assert.equal(error.status, status);
    assert.deepEqual(error.problem, body);
    assert.equal(error.operation, 'test.op');
    assert.doesNotMatch(error.message, /Jan|2009/, 'the detail never reaches the message');
  });
}

test('the 422 kinds are told apart and pointers become form paths', () => {
  const error = answer(
    422,
    problem('age-out-of-bounds', 422, {
      errors: [
        { pointer: '/youngPerson/dateOfBirth', code: 'age-out-of-bounds', message: 'Too old.' },
        { pointer: '/consents/1/date', code: 'invalid', message: 'Bad date.' },
        { pointer: '/a~1b/c~0d', code: 'x', message: 'Escaped.' },
      ],
    }),
  );
  assert.ok(error instanceof ValidationError);
  assert.equal(error.kind, 'age-out-of-bounds');
  assert.deepEqual(
    error.fieldIssues.map((issue) => issue.path),
    [
      ['youngPerson', 'dateOfBirth'],
      ['consents', 1, 'date'],
      ['a/b', 'c~d'],
    ],
  );
  const kinds = ['validation', 'consent-missing', 'idempotency-mismatch'].map(
    (name) => (answer(422, problem(name, 422)) as ValidationError).kind,
  );
  assert.deepEqual(kinds, ['validation', 'consent-missing', 'idempotency-mismatch']);
});

test('without a problem body the status decides (HTML pages of proxies, empty bodies)', () => {
  const html = '<html><body>Bad gateway</body></html>';
  assert.ok(answer(400, '') instanceof MalformedRequestError);
  assert.ok(answer(401, html) instanceof UnauthorisedError);
  assert.ok(answer(403, undefined) instanceof OriginNotAllowedError);
  assert.ok(answer(404, html) instanceof NotFoundError);
  assert.equal((answer(422, {}) as ValidationError).kind, 'validation');
  assert.ok(answer(429, undefined) instanceof RateLimitedError);
  assert.equal((answer(502, html) as ServerError).kind, 'server-error');
  assert.equal((answer(503, html) as ServerError).kind, 'unavailable');
  assert.equal(answer(502, html).problem, undefined);
});

test('statuses the contract does not have, and a 409 without a type, are invalid responses', () => {
  for (const status of [409, 418, 410]) {
    const error = answer(status, { message: 'conflict' });
    assert.ok(error instanceof InvalidResponseError);
    assert.equal(error.reason, 'unexpected-status');
  }
});

test('Retry-After is read on 429 and 503, in seconds or as an HTTP date', () => {
  const limited = answer(429, problem('rate-limited', 429), { 'Retry-After': '7' });
  assert.equal((limited as RateLimitedError).retryAfterMs, 7000);
  const down = answer(503, problem('unavailable', 503), { 'Retry-After': '120' });
  assert.equal((down as ServerError).retryAfterMs, 120_000);
  assert.equal((answer(429, undefined) as RateLimitedError).retryAfterMs, undefined);
});
