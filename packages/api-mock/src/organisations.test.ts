import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OrganisationPageSchema, OrganisationSchema } from '@vangnet/sdk';
import { generateOrganisations } from '@vangnet/api-mock';
import { call, testMock } from './test-support.ts';

async function page(mock: ReturnType<typeof testMock>, query: string) {
  const response = await call(mock, `/v1/organisations${query}`);
  assert.equal(response.status, 200);
  return OrganisationPageSchema.parse(await response.json());
}

describe('GET /v1/organisations', () => {
  it('pages with a cursor: 50 by default, up to 1000, with the total on every page', async () => {
    const large = testMock({ data: { organisations: generateOrganisations(1234) } });
    const first = await page(large, '');
    assert.equal(first.items.length, 50);
    assert.equal(first.total, 1234);
    const seen = new Set(first.items.map((item) => item.id));
    let cursor = first.nextCursor;
    let pages = 1;
    while (cursor) {
      const next = await page(large, `?limit=1000&cursor=${encodeURIComponent(cursor)}`);
      assert.equal(next.total, 1234);
      for (const item of next.items) seen.add(item.id);
      cursor = next.nextCursor;
      pages++;
    }
    assert.equal(seen.size, 1234);
    assert.equal(pages, 3);
  });
});

describe('generateOrganisations', () => {
  it('makes the same valid organisations with unique ids for the same count', () => {
    const first = generateOrganisations(10_000);
    assert.deepEqual(generateOrganisations(10_000), first);
    assert.equal(new Set(first.map((organisation) => organisation.id)).size, 10_000);
    for (const organisation of first.slice(0, 200)) OrganisationSchema.parse(organisation);
  });
});
