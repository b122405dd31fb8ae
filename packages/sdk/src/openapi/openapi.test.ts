import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApiDocument } from './document.ts';
import { operations } from './operations.ts';

const committedPath = new URL('../../../../docs/openapi.json', import.meta.url);

test('docs/openapi.json is what the schemas generate (run `npm run openapi` when this fails)', () => {
  const committed: unknown = JSON.parse(readFileSync(committedPath, 'utf8'));
  assert.deepEqual(committed, openApiDocument());
});

test('every endpoint of api.md is an operation, with its error responses as problem+json', () => {
  const document = openApiDocument() as {
    paths: Record<
      string,
      Record<string, { responses: Record<string, unknown>; parameters: unknown[] }>
    >;
    components: { responses: Record<string, { content: Record<string, unknown> }> };
  };
  const listed = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  );
  assert.deepEqual(listed, [
    'GET /v1/catalog',
    'GET /v1/organisations',
    'GET /v1/organisations/{id}',
    'POST /v1/referrals',
    'GET /v1/referrals/{id}',
    'GET /v1/locations',
    'GET /v1/slots',
    'POST /v1/appointments',
    'GET /v1/appointments/{reference}',
    'POST /v1/appointments/{reference}/cancel',
    'POST /v1/appointments/{reference}/reschedule',
    'POST /v1/callback-requests',
  ]);
  for (const response of Object.values(document.components.responses))
    assert.deepEqual(Object.keys(response.content), ['application/problem+json']);
  const book = document.paths['/v1/appointments']?.['post'];
  assert.deepEqual(Object.keys(book?.responses ?? {}), [
    '201',
    '400',
    '401',
    '403',
    '409',
    '422',
    '429',
    '500',
    '503',
  ]);
  assert.ok(
    book?.parameters.some((parameter) => JSON.stringify(parameter).includes('IdempotencyKey')),
  );
  const status = document.paths['/v1/referrals/{id}']?.['get'];
  assert.ok(
    status?.parameters.some((parameter) => JSON.stringify(parameter).includes('VangnetToken')),
  );
  assert.equal(operations.length, 12);
});
