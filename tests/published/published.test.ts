// The packages as a user installs them: resolved WITHOUT the `source` condition, so every import
// below lands on the built `dist/` files that `npm run build` wrote and `exports` points at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const packages = ['@vangnet/sdk', '@vangnet/api-mock', '@vangnet/widget'];

interface ExportTarget {
  [condition: string]: string | ExportTarget;
}

function targets(entry: string | ExportTarget): string[] {
  return typeof entry === 'string' ? [entry] : Object.values(entry).flatMap(targets);
}

for (const name of packages) {
  test(`${name}: every file its exports map names exists after the build`, () => {
    const manifestPath = require.resolve(`${name}/package.json`);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports: ExportTarget };
    const files = targets(manifest.exports).filter((file) => !file.includes('*'));
    assert.ok(files.length >= 3);
    for (const file of files) {
      assert.ok(
        existsSync(join(dirname(manifestPath), file)),
        `${name} exports ${file}, which is missing`,
      );
    }
  });
}

test('@vangnet/sdk resolves to its built ESM and parses with its schemas', async () => {
  assert.match(import.meta.resolve('@vangnet/sdk'), /packages\/sdk\/dist\/index\.js$/);
  const sdk = await import('@vangnet/sdk');
  assert.equal(sdk.ServiceIdSchema.safeParse('pluscoaching').success, true);
  assert.equal(sdk.ServiceIdSchema.safeParse('bsn').success, false);
});

test('@vangnet/api-mock resolves to its built ESM', async () => {
  assert.match(import.meta.resolve('@vangnet/api-mock'), /packages\/api-mock\/dist\/index\.js$/);
  assert.ok(Object.keys(await import('@vangnet/api-mock')).length > 0);
});

test('the published type declarations compile for a consumer (NodeNext, no source condition)', () => {
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tests/published/tsconfig.json'], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test('dist/vangnet.js and its chunks are minified modules with no bare imports', () => {
  const chunks = readdirSync('dist/chunks').map((file) => `dist/chunks/${file}`);
  for (const file of ['dist/vangnet.js', ...chunks]) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /(?:from|import)\s*["'][^./"']/, `${file}: no bare imports left`);
    assert.ok(code.split('\n').length < 50, `${file} is minified`);
  }
});
