// The size check: every browser bundle stays inside its brotli budget from bench/budget.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bundleSizes } from '../../bench/sizes.ts';

const budget = JSON.parse(readFileSync('bench/budget.json', 'utf8')) as Record<string, number>;

const sizes = bundleSizes();

test('dist/ holds the single-file bundle', () => {
  assert.ok(sizes.some((size) => size.file === 'dist/vangnet.js'));
});

for (const size of sizes) {
  const limit = budget[size.file] ?? budget['default'];
  test(`${size.file} stays within its budget (${size.brotli} of ${limit} bytes brotli)`, () => {
    assert.ok(limit !== undefined, 'bench/budget.json has a default');
    assert.ok(
      size.brotli <= limit,
      `${size.file} is ${size.brotli} bytes brotli, over its budget of ${limit}`,
    );
  });
}
