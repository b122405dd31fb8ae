// The size check: every browser bundle and chunk stays inside its brotli budget from
// bench/budget.json, and so does what each bench page loads through dist/vangnet.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bundleSizes, withoutHash } from '../../bench/sizes.ts';
import { pageFiles, pageWeights } from '../../bench/chunk-graph.ts';

const budget = JSON.parse(readFileSync('bench/budget.json', 'utf8')) as Record<string, number>;

const sizes = bundleSizes();

test('dist/ holds the loader', () => {
  assert.ok(sizes.some((size) => size.file === 'dist/vangnet.js'));
});

for (const size of sizes) {
  const name = withoutHash(size.file);
  const limit = budget[name] ?? budget['default'];
  test(`${name} stays within its budget (${size.brotli} of ${limit} bytes brotli)`, () => {
    assert.ok(limit !== undefined, 'bench/budget.json has a default');
    assert.ok(
      size.brotli <= limit,
      `${size.file} is ${size.brotli} bytes brotli, over its budget of ${limit}`,
    );
  });
}

for (const weight of pageWeights()) {
  for (const [what, bytes] of [
    ['first view', weight.firstViewBrotli],
    ['flow', weight.flowBrotli],
  ] as const) {
    const key = `page:${weight.page}:${what}`;
    const limit = budget[key];
    test(`a page with ${weight.page} loads within its ${what} budget (${bytes} of ${limit} bytes brotli)`, () => {
      assert.ok(limit !== undefined, `bench/budget.json has "${key}"`);
      assert.ok(bytes <= limit, `${key} is ${bytes} bytes brotli, over its budget of ${limit}`);
    });
  }
}

test('a page with only the finder loads no chunk of the forms', () => {
  const { flow } = pageFiles(['vangnet-organisation-finder']);
  assert.deepEqual(
    flow.filter((file) => /(booking|referral)-form/.test(file)),
    [],
    flow.join(', '),
  );
});

test('every chunk is in the import map with its integrity', async () => {
  const { createHash } = await import('node:crypto');
  const map = JSON.parse(readFileSync('dist/vangnet.importmap.json', 'utf8')) as {
    integrity: Record<string, string>;
  };
  const chunks = sizes.filter((size) => /^dist\/(chunks|locales)\//.test(size.file));
  for (const { file } of chunks) {
    const key = `./${file.slice('dist/'.length)}`;
    const digest = createHash('sha384').update(readFileSync(file)).digest('base64');
    if (!file.startsWith('dist/locales/') || key in map.integrity)
      assert.equal(map.integrity[key], `sha384-${digest}`, key);
  }
  for (const key of Object.keys(map.integrity))
    assert.ok(
      sizes.some((size) => `./${size.file.slice('dist/'.length)}` === key),
      key,
    );
});
