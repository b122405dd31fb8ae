// The generated checks of the first view against the zod schemas they are made from: on the demo
// data and on thousands of variations of it, a check that accepts gives exactly what the schema's
// `safeParse` gives, and the demo data itself never needs zod (decision 0301).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCatalog, generateOrganisations } from '@vangnet/api-mock';
import {
  CatalogQuerySchema,
  CatalogSchema,
  IdSchema,
  LocationListSchema,
  LocationQuerySchema,
  OrganisationFilterSchema,
  OrganisationPageSchema,
  OrganisationSchema,
  ProblemSchema,
} from '@vangnet/sdk';
import * as checks from '../../packages/sdk/src/checks/generated.ts';
import { locations } from '../../packages/api-core/src/demo/locations.ts';

interface Schema {
  safeParse(input: unknown): { success: boolean; data?: unknown };
}

/** A small deterministic generator, so a failure comes back with the same seed. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values that sit on the edges of the schemas' rules. */
const oddValues: readonly unknown[] = [
  undefined,
  null,
  '',
  ' ',
  '  padded  ',
  'x'.repeat(201),
  'x'.repeat(4001),
  'UPPER',
  'a b',
  '-leading',
  'po',
  'vo',
  '18-27',
  'pluscoaching',
  'nl',
  'en-GB',
  'EN',
  0,
  -1,
  1.5,
  120,
  121,
  400,
  599,
  2 ** 53,
  Number.NaN,
  true,
  false,
  [],
  [''],
  {},
  { nl: 'tekst' },
  { en: 'text' },
  { nl: 'tekst', xx: 'y' },
  { nl: 'tekst', 'en-gb': 'y' },
  'https://example.org',
  'http://example.org/a b',
  ' https://example.org',
  'https://example.org\t',
  'https://exa\nmple.org',
  'ftp://example.org',
  'https:example.org',
  'https:/example.org',
  'HTTPS://EXAMPLE.ORG',
  'mailto:a@example.org',
  'a@example.org',
  'a@@example.org',
  '09:30',
  '24:00',
  '9:30',
];

type Path = readonly (string | number)[];

/** Every place in `value`: the paths of its containers and leaves. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const inner =
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, child]) =>
          pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key]),
        )
      : [];
  return [path, ...inner];
}

/** `value` with the thing at `path` replaced by what `change` makes of it (`removed` removes it). */
function changeAt(value: unknown, path: Path, change: (old: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy: unknown[] = [...value];
    const next = changeAt(copy[Number(head)], rest, change);
    copy.splice(Number(head), 1, ...(next === removed ? [] : [next]));
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as object) };
  const next = changeAt(copy[String(head)], rest, change);
  if (next === removed) delete copy[String(head)];
  else copy[String(head)] = next;
  return copy;
}

const removed = Symbol('removed');

/** One variation of `value`: one or two places in it replaced, padded, removed or added to. */
function vary(value: unknown, paths: readonly Path[], random: () => number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const odd = () => {
    const picked = pick(oddValues);
    return picked === undefined ? picked : structuredClone(picked);
  };
  let varied = value;
  for (let changes = random() < 0.7 ? 1 : 2; changes > 0; changes -= 1) {
    // A depth first, then a place at that depth: the few places near the top (the catalog's
    // rules) are varied as often as the many leaves.
    const depth = pick([...new Set(paths.map((path) => path.length))]);
    const place = pick(paths.filter((path) => path.length === depth));
    varied = changeAt(varied, place, (old) => {
      const roll = random();
      if (typeof old === 'string' && roll < 0.3)
        return roll < 0.15 ? ` ${old} ` : old.toUpperCase();
      if (typeof old === 'object' && old !== null && roll < 0.3) {
        if (Array.isArray(old)) return roll < 0.15 ? [...old, odd()] : [];
        return { ...old, [pick(['extra', '__proto__', 'nl', 'po', 'id'])]: odd() };
      }
      if (roll < 0.45) return removed;
      return odd();
    });
  }
  return varied;
}

/** A short picture of an input for a failure message. */
const shortly = (value: unknown) => String(JSON.stringify(value)).slice(0, 300);

/** Asserts, for `inputs` and `count` variations of each, that an accepting check agrees with zod. */
async function compare(
  name: string,
  contract: { check: (input: unknown) => unknown; schema: () => unknown },
  schema: Schema,
  inputs: readonly unknown[],
  { count = 400, exact = false } = {},
) {
  assert.equal(await contract.schema(), schema, `${name}: the contract loads its own schema`);
  const check = contract.check;
  const random = randomFrom(name.length * 7919);
  let accepted = 0;
  let refusedByBoth = 0;
  for (const input of inputs) {
    const valid = schema.safeParse(input);
    assert.ok(valid.success, `${name}: the demo input is valid`);
    assert.deepStrictEqual(check(input), valid.data, `${name}: the check accepts the demo input`);
    const paths = pathsOf(input);
    for (let round = 0; round < count; round += 1) {
      const varied = vary(input, paths, random);
      const ours = check(varied);
      const theirs = schema.safeParse(varied);
      if (ours !== undefined) {
        accepted += 1;
        assert.ok(
          theirs.success,
          `${name}: the check accepts what zod refuses: ${shortly(varied)}`,
        );
        assert.deepStrictEqual(ours, theirs.data, `${name}: the check's output differs from zod's`);
      } else if (!theirs.success) refusedByBoth += 1;
      else if (exact)
        assert.fail(`${name}: the check refuses what zod accepts: ${shortly(varied)}`);
    }
  }
  // Variations must reach both sides, or the comparison proves nothing.
  assert.ok(
    accepted > 0 && refusedByBoth > 0,
    `${name}: ${accepted} accepted, ${refusedByBoth} refused`,
  );
}

const organisations = generateOrganisations(40);

test('the catalog check agrees with CatalogSchema', async () => {
  await compare('catalog', checks.catalogContract, CatalogSchema, [demoCatalog], { count: 3000 });
});

test('the organisation checks agree with their schemas', async () => {
  await compare('organisation', checks.organisationContract, OrganisationSchema, organisations, {
    count: 60,
  });
  await compare(
    'organisation page',
    checks.organisationPageContract,
    OrganisationPageSchema,
    [
      { items: organisations.slice(0, 15), total: 40, nextCursor: 'c15' },
      { items: [], total: 0, nextCursor: null },
    ],
    { count: 1500 },
  );
});

test('the locations check agrees with LocationListSchema', async () => {
  await compare(
    'locations',
    checks.locationListContract,
    LocationListSchema,
    [{ items: [...locations] }],
    {
      count: 2000,
    },
  );
});

test('the query checks agree with their schemas, also on inputs with undefined in them', async () => {
  await compare(
    'filter',
    checks.organisationFilterContract,
    OrganisationFilterSchema,
    [
      {},
      { q: ' school ', municipality: 'delft', theme: 'verzuim', audience: 'vo', limit: 50 },
      { q: undefined, service: 'pluscoaching', coachingForm: 'pluscoach', cursor: 'c50' },
    ],
    { count: 800, exact: true },
  );
  await compare(
    'catalog query',
    checks.catalogQueryContract,
    CatalogQuerySchema,
    [{}, { region: 'haaglanden' }],
    {
      count: 300,
      exact: true,
    },
  );
  await compare(
    'location query',
    checks.locationQueryContract,
    LocationQuerySchema,
    [{ municipality: 'delft' }],
    {
      count: 300,
      exact: true,
    },
  );
  await compare('id', checks.idContract, IdSchema, ['delft', 'org-1'], { count: 200, exact: true });
});

test('the problem check decides alone: it accepts exactly what ProblemSchema accepts', async () => {
  await compare(
    'problem',
    checks.problemContract,
    ProblemSchema,
    [
      {
        type: 'https://vangnet.example.org/problems/validation',
        title: 'Invalid',
        status: 422,
        errors: [{ pointer: '/youngPerson/name', code: 'too_small', message: 'Fill in a name.' }],
      },
      {
        type: 'about:blank',
        title: 'Not found',
        status: 404,
        detail: 'No such organisation.',
        instance: '/v1/x',
      },
    ],
    { count: 1500, exact: true },
  );
});

test('every odd value in every place of an organisation, a location and a problem: the checks agree', async () => {
  const cases: [string, { check: (input: unknown) => unknown }, Schema, unknown][] = [
    [
      'organisation',
      checks.organisationContract,
      OrganisationSchema,
      {
        ...organisations[0]!,
        website: 'https://example.org/',
        email: 'info@example.org',
        address: { street: 'Voorbeeldstraat 1', postalCode: '2500 AA', city: 'Den Haag' },
      },
    ],
    ['location', checks.locationListContract, LocationListSchema, { items: [locations[0]] }],
    [
      'problem',
      checks.problemContract,
      ProblemSchema,
      {
        type: 'about:blank',
        title: 'Invalid',
        status: 422,
        errors: [{ pointer: '/name', code: 'too_small', message: 'Fill in a name.' }],
      },
    ],
  ];
  for (const [name, contract, schema, input] of cases) {
    let compared = 0;
    for (const place of pathsOf(input)) {
      for (const odd of [...oddValues, removed]) {
        if (place.length === 0 && odd === removed) continue;
        const varied = changeAt(input, place, () =>
          typeof odd === 'object' && odd !== null ? structuredClone(odd) : odd,
        );
        const ours = contract.check(varied);
        const theirs = schema.safeParse(varied);
        if (ours !== undefined) {
          assert.ok(theirs.success, `${name}: accepted what zod refuses: ${shortly(varied)}`);
          assert.deepStrictEqual(ours, theirs.data);
        }
        if (name === 'problem') assert.equal(ours !== undefined, theirs.success, shortly(varied));
        compared += 1;
      }
    }
    assert.ok(compared > 400, `${name}: ${compared} compared`);
  }
});
