import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contractPage, operations } from './contract-reference.ts';

const document = {
  openapi: '3.1.0',
  info: { title: 'Vangnet API', version: '1' },
  paths: {
    '/v1/organisations': {
      parameters: [],
      get: {
        summary: 'A page of organisations',
        parameters: [
          { name: 'q', in: 'query' },
          { name: 'Authorization', in: 'header', required: true },
        ],
        responses: { '200': {}, '401': {} },
      },
    },
    '/v1/appointments/{reference}/cancel': {
      post: {
        description: 'Cancels a booking.\nThe slot is free again.',
        parameters: [{ name: 'reference', in: 'path', required: true }],
        responses: { '200': {}, '404': {} },
      },
    },
  },
};

test('one row per operation with its parameters (not headers) and statuses', () => {
  assert.deepEqual(operations(document), [
    {
      method: 'GET',
      path: '/v1/organisations',
      summary: 'A page of organisations',
      parameters: ['q?'],
      statuses: ['200', '401'],
    },
    {
      method: 'POST',
      path: '/v1/appointments/{reference}/cancel',
      summary: 'Cancels a booking.',
      parameters: ['reference'],
      statuses: ['200', '404'],
    },
  ]);
});

test('the page links the whole document and lists every endpoint', () => {
  const page = contractPage(document, '../openapi.json');
  assert.match(page, /\[openapi\.json\]\(\.\.\/openapi\.json\)/);
  assert.match(
    page,
    /\| `GET` \| `\/v1\/organisations` \| A page of organisations \| `q\?` \| 200, 401 \|/,
  );
  assert.match(page, /\| `POST` \| `\/v1\/appointments\/\{reference\}\/cancel` \|/);
});
