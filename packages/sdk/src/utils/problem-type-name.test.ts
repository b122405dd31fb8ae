import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemTypeName } from './problem-type-name.ts';

test('a problem type name is the last path segment of the type URI, if the contract knows it', () => {
  assert.equal(problemTypeName('https://vangnet.example.org/problems/slot-taken'), 'slot-taken');
  assert.equal(problemTypeName('https://other.example.org/p/rate-limited/'), 'rate-limited');
  assert.equal(problemTypeName('/problems/not-found?x=1'), 'not-found');
  assert.equal(problemTypeName('about:blank'), undefined);
  assert.equal(problemTypeName('https://x.example.org/problems/teapot'), undefined);
  assert.equal(problemTypeName(undefined), undefined);
});
