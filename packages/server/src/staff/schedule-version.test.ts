import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLocationSchedule } from '@vangnet/api-core';
import { entityTag, ifMatchAllows, scheduleVersion } from './schedule-version.ts';

describe('schedule versions', () => {
  it('are the same for the same hours in any key order, and differ for other hours', () => {
    const reordered = {
      exceptions: [],
      weekly: defaultLocationSchedule.weekly.map(({ closes, opens, weekday }) => ({
        closes,
        weekday,
        opens,
      })),
      slotMinutes: defaultLocationSchedule.slotMinutes,
    };
    assert.equal(scheduleVersion(reordered), scheduleVersion(defaultLocationSchedule));
    assert.notEqual(
      scheduleVersion({ ...defaultLocationSchedule, slotMinutes: 30 }),
      scheduleVersion(defaultLocationSchedule),
    );
  });

  it('If-Match lets a change through when absent, *, or naming the version strongly', () => {
    const version = scheduleVersion(defaultLocationSchedule);
    assert.equal(ifMatchAllows(undefined, version), true);
    assert.equal(ifMatchAllows('*', version), true);
    assert.equal(ifMatchAllows(entityTag(version), version), true);
    assert.equal(ifMatchAllows(`"other", ${entityTag(version)}`, version), true);
    assert.equal(ifMatchAllows('"other"', version), false);
    assert.equal(ifMatchAllows(`W/${entityTag(version)}`, version), false);
    assert.equal(ifMatchAllows(version, version), false, 'a tag without quotes is no tag');
  });
});
