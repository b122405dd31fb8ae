import assert from 'node:assert/strict';
import { it } from 'node:test';
import { demoOrganisations } from '@vangnet/api-core';
import { compareOrganisationNames, OrganisationPageSchema, OrganisationSchema } from '@vangnet/sdk';
import { call, problemName } from './support/calls.ts';
import type { ApiTarget, Suite } from './support/targets.ts';

async function page(target: ApiTarget, query: string) {
  const response = await call(target, `/v1/organisations${query}`);
  assert.equal(response.status, 200, query);
  return OrganisationPageSchema.parse(await response.json());
}

export const organisations: Suite = (target) => {
  it('lists the whole network A–Z before any filter', async () => {
    const { items, total, nextCursor } = await page(target(), '');
    assert.equal(total, demoOrganisations.length);
    assert.equal(items.length, demoOrganisations.length);
    assert.equal(nextCursor, null);
    assert.deepEqual(items, [...items].sort(compareOrganisationNames));
    for (const name of ['Impegno', 'Schoolformaat', 'Educé', 'Westcoaching', 'Cardea'])
      assert.ok(
        items.some((organisation) => organisation.name === name),
        name,
      );
    assert.ok(items.some((organisation) => organisation.kind === 'opdc'));
    assert.ok(items.some((organisation) => organisation.kind === 'kernpartner'));
  });

  it('matches q by prefix and substring, ignoring accents and case', async () => {
    for (const q of ['edu', 'EDUCE', 'Educ%C3%A9', 'duc'])
      assert.deepEqual(
        (await page(target(), `?q=${q}`)).items.map((item) => item.id),
        ['educe'],
        q,
      );
    assert.ok((await page(target(), '?q=coach')).total > 3, 'substring inside words');
    assert.ok(
      (await page(target(), '?q=angst')).items.some((item) => item.id === 'impegno'),
      'theme label',
    );
    assert.equal((await page(target(), '?q=zzzqqq')).total, 0);
  });

  it('filters by municipality, theme, service, coaching form and audience', async () => {
    assert.deepEqual(
      (await page(target(), '?service=absenteeism')).items.map((item) => item.id),
      ['schoolformaat'],
    );
    const westland = await page(
      target(),
      '?municipality=westland&coachingForm=pluscoach&audience=mbo',
    );
    assert.ok(westland.items.length > 0);
    for (const item of westland.items) {
      assert.ok(item.municipalities.includes('westland'));
      assert.ok(item.coachingForms.includes('pluscoach'));
      assert.ok(item.audiences.includes('mbo'));
    }
    assert.equal((await page(target(), '?theme=schulden&q=restart')).items[0]?.id, 'usg-restart');
  });

  it('pages with a cursor, with the total on every page and every organisation once', async () => {
    const all = await page(target(), '');
    const seen: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const next = await page(
        target(),
        `?limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      assert.equal(next.total, all.total);
      assert.ok(next.items.length <= 4);
      seen.push(...next.items.map((item) => item.id));
      cursor = next.nextCursor;
      pages++;
    }
    assert.deepEqual(
      seen,
      all.items.map((item) => item.id),
    );
    assert.equal(pages, Math.ceil(all.total / 4));
  });

  it('answers 422 validation with a pointer for a limit out of range or a bad cursor', async () => {
    for (const query of ['?limit=1001', '?limit=0', '?limit=ten', '?cursor=nonsense']) {
      const response = await call(target(), `/v1/organisations${query}`);
      assert.equal(response.status, 422, query);
      const problem = (await response.json()) as { type: string; errors: { pointer: string }[] };
      assert.match(problem.type, /\/validation$/);
      assert.match(problem.errors[0]?.pointer ?? '', /^\/(limit|cursor)$/, query);
    }
  });

  it('returns one organisation, or 404 not-found', async () => {
    const response = await call(target(), '/v1/organisations/cardea');
    assert.equal(response.status, 200);
    assert.equal(OrganisationSchema.parse(await response.json()).name, 'Cardea');
    const missing = await call(target(), '/v1/organisations/nobody');
    assert.equal(missing.status, 404);
    assert.equal(await problemName(missing), 'not-found');
  });
};
