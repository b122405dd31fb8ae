import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { overlappingPeriods } from './opening-hours.ts';

describe('overlappingPeriods', () => {
  it('finds a period that starts before an earlier one of the same weekday closes', () => {
    assert.deepEqual(
      overlappingPeriods([
        { weekday: 1, opens: '09:00', closes: '12:00' },
        { weekday: 1, opens: '11:30', closes: '13:00' },
      ]),
      [1],
    );
  });

  it('names the later-starting period, in whatever order they were given', () => {
    assert.deepEqual(
      overlappingPeriods([
        { weekday: 2, opens: '13:00', closes: '15:00' },
        { weekday: 2, opens: '09:00', closes: '14:00' },
      ]),
      [0],
    );
  });

  it('finds a period inside a long one, also past the period right before it', () => {
    assert.deepEqual(
      overlappingPeriods([
        { weekday: 3, opens: '08:00', closes: '17:00' },
        { weekday: 3, opens: '09:00', closes: '10:00' },
        { weekday: 3, opens: '12:00', closes: '13:00' },
      ]),
      [1, 2],
    );
  });

  it('lets periods touch, and the same hours on other weekdays', () => {
    assert.deepEqual(
      overlappingPeriods([
        { weekday: 1, opens: '09:00', closes: '12:00' },
        { weekday: 1, opens: '12:00', closes: '16:00' },
        { weekday: 2, opens: '09:00', closes: '12:00' },
        { weekday: 4, opens: '10:00', closes: '11:00' },
      ]),
      [],
    );
  });

  it('counts the same period twice as an overlap', () => {
    assert.deepEqual(
      overlappingPeriods([
        { weekday: 5, opens: '09:00', closes: '12:00' },
        { weekday: 5, opens: '09:00', closes: '12:00' },
      ]),
      [1],
    );
  });
});
