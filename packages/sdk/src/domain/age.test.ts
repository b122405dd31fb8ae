import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ageOn } from '@vangnet/sdk';

test('age turns on the birthday, not the day before', () => {
  assert.equal(ageOn('2009-03-14', '2027-03-13'), 17);
  assert.equal(ageOn('2009-03-14', '2027-03-14'), 18);
  assert.equal(ageOn('2009-03-14', '2027-03-15'), 18);
  assert.equal(ageOn('2009-03-14', '2009-03-14'), 0);
  assert.equal(ageOn('2008-12-31', '2026-01-01'), 17);
});

test('born on 29 February: a year older on 28 February in years without a leap day', () => {
  assert.equal(ageOn('2008-02-29', '2026-02-27'), 17);
  assert.equal(ageOn('2008-02-29', '2026-02-28'), 18);
  assert.equal(ageOn('2008-02-29', '2026-03-01'), 18);
  assert.equal(ageOn('2008-02-29', '2028-02-28'), 19, 'in a leap year the birthday is the 29th');
  assert.equal(ageOn('2008-02-29', '2028-02-29'), 20);
});

test('a date that does not exist is a RangeError, not a wrong age', () => {
  assert.throws(() => ageOn('2009-02-29', '2027-01-01'), RangeError);
  assert.throws(() => ageOn('14-03-2009', '2027-01-01'), RangeError);
  assert.throws(() => ageOn('2009-03-14', '2027-13-01'), RangeError);
});
