import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checksModule, checksPath, formsModule, formsPath } from '../../scripts/write-checks.ts';

test('checks/generated.ts is what the schemas generate (run `npm run checks` when this fails)', () => {
  assert.equal(readFileSync(checksPath, 'utf8'), checksModule());
});

test('checks/generated-forms.ts is what the schemas generate (run `npm run checks` when this fails)', () => {
  assert.equal(readFileSync(formsPath, 'utf8'), formsModule());
});
