import { test } from 'node:test';
import assert from 'node:assert/strict';
import { version } from '@vangnet/sdk';

test('the package resolves from its source', () => {
  assert.match(version, /^\d+\.\d+\.\d+$/);
});
