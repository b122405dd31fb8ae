import assert from 'node:assert/strict';
import { it } from 'node:test';
import { CatalogSchema, LocationListSchema, SlotListSchema } from '@vangnet/sdk';
import { call, problemName } from './support/calls.ts';
import type { ApiTarget, Suite } from './support/targets.ts';

async function slots(target: ApiTarget, query: string) {
  const response = await call(target, `/v1/slots?${query}`);
  assert.equal(response.status, 200, query);
  return SlotListSchema.parse(await response.json()).items;
}

export const calendar: Suite = (target) => {
  it('offers working-day slots in Amsterdam time, none on weekends or holidays', async () => {
    target().setNow('2026-03-30T08:00:00+02:00');
    const items = await slots(target(), 'location=jongerenpunt070&from=2026-03-30&to=2026-04-12');
    const days = new Set(items.map((slot) => slot.start.slice(0, 10)));
    assert.ok(days.has('2026-04-02'));
    for (const day of ['2026-04-04', '2026-04-05', '2026-04-06']) assert.ok(!days.has(day), day);
    for (const slot of items)
      assert.match(slot.start, /T(09|1[0-6]):\d\d:00\+02:00$/, 'summer time, working hours');
  });

  it('crosses the switch to summer time: +01:00 before 29 March, +02:00 after', async () => {
    target().setNow('2026-03-26T08:00:00+01:00');
    const items = await slots(target(), 'location=laak&from=2026-03-26&to=2026-04-03');
    assert.ok(
      items.some((slot) => slot.start.startsWith('2026-03-27') && slot.start.endsWith('+01:00')),
    );
    assert.ok(
      items.some((slot) => slot.start.startsWith('2026-03-30') && slot.start.endsWith('+02:00')),
    );
  });

  it('rolls forward with the clock: nothing past, nothing beyond eight weeks', async () => {
    const items = await slots(target(), 'location=op-afstand&from=2026-01-01&to=2026-12-31');
    assert.ok(items.length > 0);
    assert.ok(items.every((slot) => slot.start > '2026-03-02T09:00'));
    assert.ok(items.every((slot) => slot.start < '2026-04-28'));
    target().setNow('2026-06-01T09:00:00+02:00');
    const later = await slots(target(), 'location=op-afstand&from=2026-01-01&to=2026-12-31');
    assert.ok(later[0]!.start.startsWith('2026-06-01'));
  });

  it('filters by channel and topic, and is the same on every call', async () => {
    const query = 'location=jongerenpunt070&channel=phone&from=2026-03-02&to=2026-03-13';
    const phone = await slots(target(), query);
    assert.ok(phone.length > 0 && phone.every((slot) => slot.channel === 'phone'));
    assert.deepEqual(await slots(target(), query), phone);
    assert.deepEqual(
      await slots(target(), 'location=escamp&topic=geld-en-schulden&from=2026-03-02&to=2026-03-13'),
      [],
    );
  });

  it('answers 422 validation for an unknown location, a missing one or a reversed range', async () => {
    for (const query of [
      'location=mars&from=2026-03-02&to=2026-03-03',
      'location=laak&from=2026-03-05&to=2026-03-03',
      'from=2026-03-02&to=2026-03-03',
      'location=laak&from=tomorrow&to=2026-03-03',
    ]) {
      const response = await call(target(), `/v1/slots?${query}`);
      assert.equal(response.status, 422, query);
      assert.equal(await problemName(response), 'validation');
    }
  });
};

export const locations: Suite = (target) => {
  it('lists locations, by municipality, with a phone-and-video-only one', async () => {
    const response = await call(target(), '/v1/locations?municipality=den-haag');
    assert.equal(response.status, 200);
    const { items } = LocationListSchema.parse(await response.json());
    assert.ok(items.some((location) => location.id === 'jongerenpunt070'));
    const remote = items.find((location) => location.address === undefined);
    assert.deepEqual(remote?.channels, ['phone', 'video']);
    const zoetermeer = await call(target(), '/v1/locations?municipality=zoetermeer');
    assert.deepEqual(LocationListSchema.parse(await zoetermeer.json()).items, []);
  });

  it('lists every location without a filter, with topics, walk-in hours and call-back', async () => {
    const response = await call(target(), '/v1/locations');
    assert.equal(response.status, 200);
    const { items } = LocationListSchema.parse(await response.json());
    assert.ok(items.length >= 5);
    const jongerenpunt = items.find((location) => location.id === 'jongerenpunt070');
    assert.ok(jongerenpunt?.topics.includes('terug-naar-school'));
    assert.ok(items.some((location) => location.callbackAvailable));
    assert.ok(items.some((location) => location.walkInHours.length > 0));
  });
};

export const catalog: Suite = (target) => {
  it('names the booking age bounds (18 to 27) and the consent bands per service', async () => {
    const response = await call(target(), '/v1/catalog');
    assert.equal(response.status, 200);
    const { rules, services, municipalities } = CatalogSchema.parse(await response.json());
    assert.deepEqual(rules.booking, { minAge: 18, maxAge: 27 });
    assert.deepEqual(
      rules.consent['pluscoaching']?.map((band) => [band.fromAge, band.parties.sort().join('+')]),
      [
        [0, 'parent'],
        [12, 'parent+young-person'],
        [16, 'young-person'],
      ],
    );
    assert.ok(services.length > 0);
    assert.ok(municipalities.every((municipality) => municipality.services.length > 0));
  });
};
