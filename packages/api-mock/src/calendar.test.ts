import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SlotListSchema } from '@vangnet/sdk';
import { dutchPublicHolidays, easterSunday, type MockApi } from '@vangnet/api-mock';
import { call, testMock } from './test-support.ts';

async function slots(mock: MockApi, query: string) {
  const response = await call(mock, `/v1/slots?${query}`);
  assert.equal(response.status, 200);
  return SlotListSchema.parse(await response.json()).items;
}

describe('Dutch public holidays', () => {
  it('computes Easter', () => {
    assert.deepEqual([2024, 2025, 2026, 2027, 2038].map(easterSunday), [
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
    ]);
  });

  it('moves Koningsdag to the 26th when the 27th is a Sunday, and derives Hemelvaart and Pinksteren', () => {
    assert.equal(dutchPublicHolidays(2025).get('2025-04-26'), 'Koningsdag');
    assert.equal(dutchPublicHolidays(2026).get('2026-04-27'), 'Koningsdag');
    assert.equal(dutchPublicHolidays(2026).get('2026-05-14'), 'Hemelvaartsdag');
    assert.equal(dutchPublicHolidays(2026).get('2026-05-25'), 'Tweede Pinksterdag');
    assert.equal(dutchPublicHolidays(2026).size, 10);
  });
});

describe('GET /v1/slots', () => {
  it('rolls forward from the mock’s clock: nothing past, nothing beyond eight weeks', async () => {
    const mock = testMock();
    const items = await slots(mock, 'location=op-afstand&from=2026-01-01&to=2026-12-31');
    assert.ok(items.every((slot) => slot.start > '2026-03-02T09:00'));
    assert.ok(items.every((slot) => slot.start < '2026-04-28'));
    mock.clock.set('2026-06-01T09:00:00+02:00');
    const later = await slots(mock, 'location=op-afstand&from=2026-01-01&to=2026-12-31');
    assert.ok(later[0]!.start.startsWith('2026-06-01'));
  });
});
