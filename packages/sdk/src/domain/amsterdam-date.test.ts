import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amsterdamDate, toAmsterdamIso } from '@vangnet/sdk';

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

test('the EU rule gives what the time-zone database gives, 1996 to 2040, every hour near the changes', () => {
  // Intl is the reference here, in the test only: the code itself does without it (decision 0296).
  const reference = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const local = (instant: Date) => {
    const parts = Object.fromEntries(
      reference.formatToParts(instant).map((part) => [part.type, part.value]),
    );
    return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}`;
  };
  let checked = 0;
  const check = (time: number) => {
    const instant = new Date(time);
    assert.equal(toAmsterdamIso(instant).slice(0, 16), local(instant), instant.toISOString());
    assert.equal(amsterdamDate(instant), local(instant).slice(0, 10));
    checked++;
  };
  for (let year = 1996; year < 2040; year++) {
    // Every day at 22:30 UTC (the next day in Amsterdam in summer, the same day in winter)…
    for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 86_400_000)
      check(day + 22.5 * 3_600_000);
    // … and every hour of the last eight days of March and October, where the clocks change.
    for (const month of [2, 9])
      for (
        let time = Date.UTC(year, month, 24);
        time < Date.UTC(year, month + 1, 1);
        time += 3_600_000
      )
        check(time);
  }
  assert.ok(checked > 24_000, `${checked} moments`);
});
