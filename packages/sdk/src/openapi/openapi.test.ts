import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApiDocument } from './document.ts';
import { operations } from './operations.ts';
import { staffOperations } from './staff-operations.ts';

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
  const listed = Object.entries(document.paths)
    .filter(([path]) => !path.startsWith('/v1/staff/'))
    .flatMap(([path, methods]) =>
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

test('the staff API is in the document with its OpenID Connect security scheme', () => {
  const document = openApiDocument() as {
    paths: Record<
      string,
      Record<string, { security?: unknown[]; responses: Record<string, unknown> }>
    >;
    components: { securitySchemes: Record<string, { type: string }> };
  };
  assert.equal(document.components.securitySchemes['staffToken']?.type, 'openIdConnect');
  const staff = Object.entries(document.paths).filter(([path]) => path.startsWith('/v1/staff/'));
  assert.equal(staff.flatMap(([, methods]) => Object.keys(methods)).length, staffOperations.length);
  for (const [path, methods] of staff)
    for (const [method, operation] of Object.entries(methods)) {
      const name = `${method} ${path}`;
      if (path === '/v1/staff/dev-signin' || path === '/v1/staff/signin') {
        assert.deepEqual(operation.security, [], name);
        continue;
      }
      assert.deepEqual(operation.security, [{ staffToken: [] }], name);
      assert.ok('401' in operation.responses && '403' in operation.responses, name);
    }
  assert.ok(
    '409' in (document.paths['/v1/staff/referrals/{id}/status']?.['post']?.responses ?? {}),
  );
});

test('every request body is closed (additionalProperties: false) at every level; responses stay open', () => {
  type Schema = Record<string, unknown>;
  const document = openApiDocument() as {
    paths: Record<string, Record<string, { requestBody?: unknown; responses: unknown }>>;
    components: { schemas: Record<string, Schema> };
  };
  const resolve = (schema: Schema): Schema => {
    const ref = schema['$ref'];
    return typeof ref === 'string'
      ? (document.components.schemas[ref.split('/').pop() as string] as Schema)
      : schema;
  };
  /** Every object schema inside `schema`, following references. */
  const objectsIn = (schema: Schema, seen = new Set<Schema>()): Schema[] => {
    const resolved = resolve(schema);
    if (seen.has(resolved)) return [];
    seen.add(resolved);
    const nested = Object.values(resolved).flatMap((value) =>
      (Array.isArray(value) ? value : [value]).flatMap((item: unknown) =>
        typeof item === 'object' && item !== null ? objectsIn(item as Schema, seen) : [],
      ),
    );
    return resolved['type'] === 'object' && 'properties' in resolved
      ? [resolved, ...nested]
      : nested;
  };
  const bodyOf = (operation: { requestBody?: unknown }) =>
    (operation.requestBody as { content?: { 'application/json'?: { schema: Schema } } })?.content?.[
      'application/json'
    ]?.schema;
  const bodies = Object.values(document.paths)
    .flatMap((methods) => Object.values(methods))
    .flatMap((operation): Schema[] => {
      const body = bodyOf(operation);
      return body ? [body] : [];
    });
  assert.ok(bodies.length >= 10, `${bodies.length} request bodies`);
  for (const body of bodies) {
    for (const object of objectsIn(body)) {
      assert.equal(
        object['additionalProperties'],
        false,
        `${JSON.stringify(body)}: ${Object.keys(object['properties'] as Schema).join()}`,
      );
    }
  }
  for (const name of ['ReferralCreated', 'Catalog', 'Organisation', 'Appointment'])
    assert.equal(document.components.schemas[name]?.['additionalProperties'], undefined, name);
});
