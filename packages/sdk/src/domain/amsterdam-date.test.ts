import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amsterdamDate } from '@vangnet/sdk';

test('the Amsterdam date of a moment, whatever the machine time zone', () => {
  assert.equal(amsterdamDate(new Date('2026-11-24T22:59:59Z')), '2026-11-24');
  assert.equal(amsterdamDate(new Date('2026-11-24T23:00:00Z')), '2026-11-25', 'CET is UTC+1');
  assert.equal(amsterdamDate(new Date('2026-07-01T21:59:59Z')), '2026-07-01');
  assert.equal(amsterdamDate(new Date('2026-07-01T22:00:00Z')), '2026-07-02', 'CEST is UTC+2');
});

test('around the daylight-saving changes of March and October', () => {
  // 29 March 2026: 02:00 CET becomes 03:00 CEST (01:00 UTC).
  assert.equal(amsterdamDate(new Date('2026-03-28T22:59:00Z')), '2026-03-28');
  assert.equal(amsterdamDate(new Date('2026-03-28T23:00:00Z')), '2026-03-29');
  assert.equal(amsterdamDate(new Date('2026-03-29T21:59:00Z')), '2026-03-29');
  assert.equal(amsterdamDate(new Date('2026-03-29T22:00:00Z')), '2026-03-30');
  // 25 October 2026: 03:00 CEST becomes 02:00 CET (01:00 UTC).
  assert.equal(amsterdamDate(new Date('2026-10-24T21:59:00Z')), '2026-10-24');
  assert.equal(amsterdamDate(new Date('2026-10-24T22:00:00Z')), '2026-10-25');
  assert.equal(amsterdamDate(new Date('2026-10-25T22:59:00Z')), '2026-10-25');
  assert.equal(amsterdamDate(new Date('2026-10-25T23:00:00Z')), '2026-10-26');
});

test('an invalid Date is a RangeError', () => {
  assert.throws(() => amsterdamDate(new Date('nope')), RangeError);
});
