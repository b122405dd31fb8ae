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
  it('offers working-day slots in Amsterdam time, none on weekends or holidays', async () => {
    const mock = testMock({ now: '2026-03-30T08:00:00+02:00' });
    const items = await slots(mock, 'location=jongerenpunt070&from=2026-03-30&to=2026-04-12');
    const days = new Set(items.map((slot) => slot.start.slice(0, 10)));
    assert.ok(days.has('2026-04-02'));
    for (const day of ['2026-04-04', '2026-04-05', '2026-04-06']) assert.ok(!days.has(day), day);
    for (const slot of items) {
      assert.match(slot.start, /T(09|1[0-6]):\d\d:00\+02:00$/, 'summer time, working hours');
    }
  });

  it('rolls forward from the mock’s clock: nothing past, nothing beyond eight weeks', async () => {
    const mock = testMock();
    const items = await slots(mock, 'location=op-afstand&from=2026-01-01&to=2026-12-31');
    assert.ok(items.every((slot) => slot.start > '2026-03-02T09:00'));
    assert.ok(items.every((slot) => slot.start < '2026-04-28'));
    mock.clock.set('2026-06-01T09:00:00+02:00');
    const later = await slots(mock, 'location=op-afstand&from=2026-01-01&to=2026-12-31');
    assert.ok(later[0]!.start.startsWith('2026-06-01'));
  });

  it('filters by channel and topic, and is the same on every run', async () => {
    const mock = testMock();
    const phone = await slots(
      mock,
      'location=jongerenpunt070&channel=phone&from=2026-03-02&to=2026-03-13',
    );
    assert.ok(phone.length > 0 && phone.every((slot) => slot.channel === 'phone'));
    assert.deepEqual(
      await slots(
        testMock(),
        'location=jongerenpunt070&channel=phone&from=2026-03-02&to=2026-03-13',
      ),
      phone,
    );
    assert.deepEqual(
      await slots(mock, 'location=escamp&topic=geld-en-schulden&from=2026-03-02&to=2026-03-13'),
      [],
    );
  });

  it('answers 422 for an unknown location or a reversed range', async () => {
    const mock = testMock();
    assert.equal(
      (await call(mock, '/v1/slots?location=mars&from=2026-03-02&to=2026-03-03')).status,
      422,
    );
    assert.equal(
      (await call(mock, '/v1/slots?location=laak&from=2026-03-05&to=2026-03-03')).status,
      422,
    );
  });

  it('lists locations, by municipality, with a phone-and-video-only one', async () => {
    const mock = testMock();
    const response = await call(mock, '/v1/locations?municipality=den-haag');
    const { items } = (await response.json()) as {
      items: { id: string; address?: unknown; channels: string[] }[];
    };
    assert.ok(items.some((location) => location.id === 'jongerenpunt070'));
    const remote = items.find((location) => location.address === undefined);
    assert.deepEqual(remote?.channels, ['phone', 'video']);
    const zoetermeer = await call(mock, '/v1/locations?municipality=zoetermeer');
    assert.deepEqual(((await zoetermeer.json()) as { items: unknown[] }).items, []);
  });
});
