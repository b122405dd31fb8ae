// Races through the SDK: many people booking one slot at once, and one referral sent again and
// again with the same idempotency key (a double click, a flaky connection, a reload).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SlotTakenError } from '@vangnet/sdk';
import { appointmentFor, clientOf, preparedMock, referralInput } from './support/sdk-methods.ts';
import { formatCount } from './support/tally.ts';

test('50 simultaneous bookings of one slot: one succeeds, 49 find it taken', async () => {
  const { mock, prepared } = await preparedMock();
  const slotId = prepared.freeSlots[0] as string;
  const before = mock.store.appointments.length;
  // Each its own client and key, as 50 phones would be.
  const outcomes = await Promise.allSettled(
    Array.from({ length: 50 }, () =>
      clientOf(mock.fetch).appointments.book(appointmentFor(slotId)),
    ),
  );
  const booked = outcomes.filter((outcome) => outcome.status === 'fulfilled');
  const taken = outcomes.filter(
    (outcome) => outcome.status === 'rejected' && outcome.reason instanceof SlotTakenError,
  );
  console.log(
    `security: concurrency — ${formatCount(outcomes.length)} simultaneous bookings tried, ${formatCount(outcomes.length - booked.length - taken.length)} failed`,
  );
  assert.equal(booked.length, 1);
  assert.equal(taken.length, 49);
  assert.equal(mock.store.appointments.length - before, 1);
});

test('20 sends of one referral with the same key: one record, one reference', async () => {
  const { mock } = await preparedMock();
  const before = mock.store.referrals.length;
  const client = clientOf(mock.fetch, { retry: { limit: 10, baseDelay: 1, maxDelay: 2 } });
  const outcomes = await Promise.allSettled(
    Array.from({ length: 20 }, () =>
      client.referrals.create(referralInput, { idempotencyKey: 'one-referral' }),
    ),
  );
  const references = new Set(
    outcomes.flatMap((outcome) =>
      outcome.status === 'fulfilled' ? [outcome.value.reference] : [],
    ),
  );
  console.log(
    `security: concurrency — ${formatCount(outcomes.length)} retries of one referral tried, ${formatCount(outcomes.filter((o) => o.status === 'rejected').length)} failed`,
  );
  assert.deepEqual(
    outcomes.filter((outcome) => outcome.status === 'rejected'),
    [],
  );
  assert.equal(references.size, 1);
  assert.equal(mock.store.referrals.length - before, 1);
});
