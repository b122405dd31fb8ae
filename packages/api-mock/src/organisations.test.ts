import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareOrganisationNames, OrganisationPageSchema, OrganisationSchema } from '@vangnet/sdk';
import { generateOrganisations } from '@vangnet/api-mock';
import { call, problemName, testMock } from './test-support.ts';

async function page(mock: ReturnType<typeof testMock>, query: string) {
  const response = await call(mock, `/v1/organisations${query}`);
  assert.equal(response.status, 200);
  return OrganisationPageSchema.parse(await response.json());
}

describe('GET /v1/organisations', () => {
  const mock = testMock();

  it('lists the whole network A–Z before any filter', async () => {
    const { items, total, nextCursor } = await page(mock, '');
    assert.equal(total, mock.store.organisations.length);
    assert.equal(nextCursor, null);
    assert.deepEqual(items, [...items].sort(compareOrganisationNames));
    for (const name of [
      'Impegno',
      'Schoolformaat',
      'Educé',
      'Westcoaching',
      'USG Restart',
      'Welzijn E25',
      'Prodeba',
      'Its4sure',
      'Middin',
      'Cardea',
    ]) {
      assert.ok(
        items.some((organisation) => organisation.name === name),
        name,
      );
    }
    assert.ok(items.some((organisation) => organisation.kind === 'opdc'));
    assert.ok(items.some((organisation) => organisation.kind === 'kernpartner'));
  });

  it('matches q by prefix and substring, ignoring accents and case', async () => {
    assert.deepEqual(
      (await page(mock, '?q=edu')).items.map((item) => item.id),
      ['educe'],
    );
    assert.deepEqual(
      (await page(mock, '?q=EDUCE')).items.map((item) => item.id),
      ['educe'],
    );
    assert.ok((await page(mock, '?q=coach')).total > 3, 'substring inside words');
    assert.ok(
      (await page(mock, '?q=angst')).items.some((item) => item.id === 'impegno'),
      'theme label',
    );
  });

  it('filters by municipality, theme, service, coaching form and audience', async () => {
    const absenteeism = await page(mock, '?service=absenteeism');
    assert.deepEqual(
      absenteeism.items.map((item) => item.id),
      ['schoolformaat'],
    );
    const westland = await page(mock, '?municipality=westland&coachingForm=pluscoach&audience=mbo');
    assert.ok(westland.items.length > 0);
    for (const item of westland.items) {
      assert.ok(item.municipalities.includes('westland'));
      assert.ok(item.coachingForms.includes('pluscoach'));
      assert.ok(item.audiences.includes('mbo'));
    }
    assert.equal((await page(mock, '?theme=schulden&q=restart')).items[0]?.id, 'usg-restart');
  });

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

  it('answers 422 with a pointer for a limit out of range or a bad cursor', async () => {
    for (const query of ['?limit=1001', '?limit=0', '?limit=ten', '?cursor=nonsense']) {
      const response = await call(mock, `/v1/organisations${query}`);
      assert.equal(response.status, 422, query);
      const problem = (await response.json()) as { errors: { pointer: string }[] };
      assert.match(problem.errors[0]?.pointer ?? '', /^\/(limit|cursor)$/, query);
    }
  });

  it('returns one organisation, or 404 not-found', async () => {
    const response = await call(mock, '/v1/organisations/cardea');
    assert.equal(OrganisationSchema.parse(await response.json()).name, 'Cardea');
    const missing = await call(mock, '/v1/organisations/nobody');
    assert.equal(missing.status, 404);
    assert.equal(await problemName(missing), 'not-found');
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
