// The SDK against the mock API, in-process: proves the two read the contract the same way —
// every method, the rules the server enforces, and the typed errors they end in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockApi, demoPartnerKey } from '@vangnet/api-mock';
import {
  ageOn,
  consentParties,
  createClient,
  NotFoundError,
  SlotTakenError,
  UnauthorisedError,
  ValidationError,
  type ReferralInput,
} from '@vangnet/sdk';

const today = '2026-03-02';

function setUp() {
  const mock = createMockApi({ now: `${today}T09:00:00+01:00` });
  const client = createClient({
    baseUrl: 'https://gemeente.example.nl/vangnet-api',
    partnerKey: demoPartnerKey,
    fetch: mock.fetch,
    locale: 'nl',
    retry: { limit: 1, baseDelay: 1 },
  });
  return { mock, client };
}

test('catalog and organisations: every page of the list, and one organisation', async () => {
  const { client } = setUp();
  const catalog = await client.catalog.get();
  assert.ok(catalog.municipalities.length > 0);
  const pages = [];
  for await (const page of client.organisations.all({ limit: 7 })) pages.push(page);
  const items = pages.flatMap((page) => page.items);
  assert.equal(items.length, pages[0]?.total);
  assert.equal(new Set(items.map((item) => item.id)).size, items.length, 'no organisation twice');
  const first = items[0];
  assert.ok(first);
  assert.deepEqual(await client.organisations.get(first.id), first);
  await assert.rejects(client.organisations.get('does-not-exist'), NotFoundError);
});

test('a referral with the consents its band requires, and its status by token', async () => {
  const { client } = setUp();
  const catalog = await client.catalog.get();
  const municipality = catalog.municipalities.find((m) => m.services.includes('pluscoaching'));
  const reason = catalog.reasons.find((r) => r.services.includes('pluscoaching'));
  const role = catalog.referrerRoles[0];
  assert.ok(municipality && reason && role);
  const dateOfBirth = '2012-06-01';
  const parties = consentParties(catalog.rules, 'pluscoaching', ageOn(dateOfBirth, today)) ?? [];
  const input: ReferralInput = {
    service: 'pluscoaching',
    municipality: municipality.id,
    referrer: {
      organisation: 'Voorbeeldcollege',
      name: 'Mentor Voorbeeld',
      role: role.id,
      email: 'mentor@example.org',
    },
    youngPerson: { givenName: 'Sam', familyName: 'Voorbeeld', dateOfBirth, schoolType: 'vo' },
    parent: { name: 'Ouder Voorbeeld', relationship: 'parent', phone: '06 00000000' },
    supportNeed: { reasons: [reason.id], description: 'Mist veel lessen.' },
    consents: parties.map((party) => ({ party, method: 'in-person' as const, date: today })),
  };
  const created = await client.referrals.create(input);
  const status = await client.referrals.get(created.id, created.token);
  assert.equal(status.reference, created.reference);
  await assert.rejects(client.referrals.get(created.id, 'wrong-token'), UnauthorisedError);
  await assert.rejects(client.referrals.create({ ...input, consents: [] }), (error) => {
    assert.ok(error instanceof ValidationError);
    assert.equal(error.kind, 'consent-missing');
    return true;
  });
});

test('booking: book, replay, slot taken, read, reschedule, cancel, age bounds, call-back', async () => {
  const { client } = setUp();
  const { items: locations } = await client.locations.list({ municipality: 'den-haag' });
  const location = locations.find((l) => l.callbackAvailable && l.channels.includes('in-person'));
  assert.ok(location);
  const topic = location.topics[0] as string;
  const { items: slots } = await client.slots.list({
    location: location.id,
    from: today,
    to: '2026-03-13',
  });
  const [first, second, third] = slots;
  assert.ok(first && second && third);
  const input = {
    slotId: first.id,
    topic,
    dateOfBirth: '2005-01-15',
    contact: { name: 'Sam Voorbeeld', email: 'sam@example.org', preferred: 'email' as const },
  };
  const booked = await client.appointments.book(input, { idempotencyKey: 'book-once' });
  const replayed = await client.appointments.book(input, { idempotencyKey: 'book-once' });
  assert.equal(replayed.reference, booked.reference, 'a replay returns the first result');
  await assert.rejects(client.appointments.book(input), SlotTakenError);

  assert.equal((await client.appointments.get(booked.reference, booked.token)).slot.id, first.id);
  const moved = await client.appointments.reschedule(booked.reference, booked.token, second.id);
  assert.equal(moved.slot.id, second.id);
  const cancelled = await client.appointments.cancel(booked.reference, booked.token);
  assert.equal(cancelled.status, 'cancelled');

  await assert.rejects(
    client.appointments.book({ ...input, slotId: third.id, dateOfBirth: '1990-01-01' }),
    (error) => error instanceof ValidationError && error.kind === 'age-out-of-bounds',
  );
  const callback = await client.callbackRequests.create({
    location: location.id,
    topic,
    name: 'Sam Voorbeeld',
    phone: '06 00000000',
  });
  assert.ok(callback.reference);
});
