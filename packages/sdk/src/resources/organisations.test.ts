import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { InvalidResponseError, NotFoundError, type OrganisationPage } from '@vangnet/sdk';
import {
  assertCommonHeaders,
  onlyRequest,
  sent,
  server,
  testClient,
  url,
  useApi,
} from '../testing/api.ts';
import { organisation, pageOf, problem } from '../testing/fixtures.ts';

useApi();

test('organisations.list sends the filter as query parameters and parses the page', async () => {
  server.use(
    http.get(url('v1/organisations'), () => HttpResponse.json(pageOf([organisation], null))),
  );
  const page = await testClient().organisations.list({
    q: 'stichting',
    municipality: 'delft',
    service: 'pluscoaching',
    limit: 20,
  });
  assert.deepEqual(page.items, [organisation]);
  const request = onlyRequest();
  assertCommonHeaders(request);
  assert.equal(
    new URL(request.url).search,
    '?q=stichting&municipality=delft&service=pluscoaching&limit=20',
  );
});

test('organisations.get encodes the id into the path', async () => {
  server.use(
    http.get(url('v1/organisations/stichting-voorbeeld'), () => HttpResponse.json(organisation)),
  );
  assert.deepEqual(await testClient().organisations.get('stichting-voorbeeld'), organisation);
  assert.equal(onlyRequest().url, url('v1/organisations/stichting-voorbeeld'));
});

test('organisations.get of an unknown id is a NotFoundError', async () => {
  server.use(
    http.get(url('v1/organisations/nope'), () =>
      HttpResponse.json(problem('not-found', 404), { status: 404 }),
    ),
  );
  await assert.rejects(testClient().organisations.get('nope'), NotFoundError);
});

test('organisations.all walks every page with the cursor, one request per page', async () => {
  const pages: Record<string, OrganisationPage> = {
    '': pageOf([organisation], 'c2'),
    c2: pageOf([{ ...organisation, id: 'two' }], 'c3'),
    c3: pageOf([{ ...organisation, id: 'three' }], null),
  };
  server.use(
    http.get(url('v1/organisations'), ({ request }) =>
      HttpResponse.json(pages[new URL(request.url).searchParams.get('cursor') ?? '']),
    ),
  );
  const ids: string[] = [];
  for await (const page of testClient().organisations.all({ municipality: 'delft' }))
    ids.push(...page.items.map((item) => item.id));
  assert.deepEqual(ids, ['stichting-voorbeeld', 'two', 'three']);
  assert.deepEqual(
    sent.map((request) => new URL(request.url).search),
    ['?municipality=delft', '?municipality=delft&cursor=c2', '?municipality=delft&cursor=c3'],
  );
});

test('organisations.all stops with a typed error when the API repeats a cursor', async () => {
  server.use(http.get(url('v1/organisations'), () => HttpResponse.json(pageOf([], 'again'))));
  const walk = async () => {
    for await (const page of testClient().organisations.all()) assert.ok(page);
  };
  await assert.rejects(walk(), (error) => {
    assert.ok(error instanceof InvalidResponseError);
    assert.equal(error.reason, 'pagination');
    return true;
  });
  assert.equal(sent.length, 2);
});
