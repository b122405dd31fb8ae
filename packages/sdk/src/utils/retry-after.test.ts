import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRetryAfter } from './retry-after.ts';

test('Retry-After: seconds, an HTTP date, a date in the past, nonsense and absence', () => {
  const now = Date.parse('2026-11-24T12:00:00Z');
  assert.equal(parseRetryAfter('30', now), 30_000);
  assert.equal(parseRetryAfter(' 0 ', now), 0);
  assert.equal(parseRetryAfter('Tue, 24 Nov 2026 12:01:30 GMT', now), 90_000);
  assert.equal(parseRetryAfter('Tue, 24 Nov 2026 11:00:00 GMT', now), 0);
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter('-5', now), undefined);
  assert.equal(parseRetryAfter(null, now), undefined);
});
