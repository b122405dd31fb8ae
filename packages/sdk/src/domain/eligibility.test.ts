import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bookingEligibility, firstEligibleDate, lastEligibleDate } from '@vangnet/sdk';

const rules = { booking: { minAge: 18, maxAge: 27 } };

test('booking is open from the 18th birthday up to the day before the 27th', () => {
  assert.equal(bookingEligibility('2008-06-10', '2026-06-09', rules), 'too-young');
  assert.equal(bookingEligibility('2008-06-10', '2026-06-10', rules), 'eligible');
  assert.equal(bookingEligibility('1999-06-10', '2026-06-09', rules), 'eligible');
  assert.equal(bookingEligibility('1999-06-10', '2026-06-10', rules), 'too-old');
});

test('the first and last dates the booking calendar offers', () => {
  assert.equal(firstEligibleDate('2008-06-10', rules), '2026-06-10');
  assert.equal(lastEligibleDate('1999-06-10', rules), '2026-06-09');
  assert.equal(lastEligibleDate('1999-01-01', rules), '2025-12-31', 'across a year boundary');
  assert.equal(lastEligibleDate('1999-03-01', rules), '2026-02-28', 'across the end of February');
});

test('born on 29 February: the last eligible date agrees with the age rule', () => {
  const last = lastEligibleDate('2000-02-29', rules);
  assert.equal(last, '2027-02-27');
  assert.equal(bookingEligibility('2000-02-29', last, rules), 'eligible');
  assert.equal(bookingEligibility('2000-02-29', '2027-02-28', rules), 'too-old');
  assert.equal(firstEligibleDate('2008-02-29', rules), '2026-02-28');
  assert.equal(
    lastEligibleDate('1997-02-28', { booking: { minAge: 18, maxAge: 27 } }),
    '2024-02-27',
  );
});
