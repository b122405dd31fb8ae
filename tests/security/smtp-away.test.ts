// The SMTP server away for a while, counted like the other server faults: bookings and referrals
// keep being answered 201 while it is down, their messages wait in the outbox and are tried again
// with backoff, and once it is back every message arrives exactly once. In-process on PGlite with
// a real SMTP server and the worker's clock set by the test, so it runs in a few seconds and never
// waits for a backoff on the wall clock.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { messageIdOf, openPGlite, type Database } from '@vangnet/server';
import { bookingOf } from '../server/support.ts';
import {
  freePort,
  freeSlots,
  messageServer,
  outboxRows,
  startSmtp,
  type MessageServer,
  type TestSmtp,
} from '../server/support/message-harness.ts';
import { FaultCount, referralFor } from './support/server-faults.ts';

const start = '2026-03-02T09:00:00+01:00';
const minutes = (n: number) => n * 60_000;
/** Working days after `start` whose slots the bookings take. */
const dates = ['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10', '2026-03-11'];
const bookingsPerPhase = 12;
const referralsPerPhase = 6;

describe('the SMTP server away for a while (in-process on PGlite)', () => {
  let db: Database;
  let smtpPort: number;
  let smtp: TestSmtp | undefined;
  let target: MessageServer;

  before(async () => {
    db = await openPGlite('memory://');
    smtpPort = await freePort();
    target = await messageServer(db, start, {
      VANGNET_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      // Each referral also queues a notice to the coordinators: a second kind of message.
      VANGNET_NOTIFY_REFERRALS: JSON.stringify({ pluscoaching: ['plus@example.org'] }),
    });
  });
  after(async () => {
    await target?.server.close();
    await smtp?.close();
  });

  it('answers every request while it is down, and delivers every message exactly once when it is back', async () => {
    const count = new FaultCount();
    const slots = (await Promise.all(dates.map((date) => freeSlots(target, date, 'laak')))).flat();
    assert.ok(slots.length >= 3 * bookingsPerPhase, `${slots.length} free slots`);
    let sent = 0;
    /** The bookings and referrals of one phase, each counted; a non-201 is a problem. */
    const traffic = async (phase: string) => {
      for (let index = 0; index < bookingsPerPhase + referralsPerPhase; index++) {
        const booking = index < bookingsPerPhase;
        const slot = slots[sent] as { id: string; start: string };
        const response = await target.call(booking ? '/v1/appointments' : '/v1/referrals', {
          body: booking
            ? bookingOf(slot, `Smtp ${phase} ${index}`)
            : referralFor(`smtp-${phase}-${index}`),
        });
        await response.body?.cancel();
        count.answer(`${phase} ${booking ? 'booking' : 'referral'} ${index}`, response);
        if (response.status !== 201)
          count.problem(`${phase} ${index}: ${response.status} instead of 201`);
        if (booking) sent++;
      }
    };

    /** What every SMTP server of the test (the first, and the one back) accepted. */
    const servers: TestSmtp[] = [];
    smtp = await startSmtp(smtpPort);
    servers.push(smtp);
    await traffic('up');
    const up = await target.server.messages.deliverDue();
    assert.equal(up.retried, 0, 'nothing to retry while the SMTP server is up');

    await smtp.close();
    smtp = undefined;
    await traffic('away');
    const queuedWhileAway = (await outboxRows(db)).filter(
      (row) => row.state === 'pending' && new Date(row.next_attempt_at) <= target.now(),
    ).length;
    const away = await target.server.messages.deliverDue();
    assert.equal(away.sent, 0, 'nothing is sent while the SMTP server is down');
    assert.equal(away.retried, queuedWhileAway, 'every due message was tried and kept');
    // A second round after the first backoff: tried again, still kept, none dead.
    target.setNow(new Date(target.now().getTime() + minutes(2)));
    const again = await target.server.messages.deliverDue();
    assert.equal(again.retried, queuedWhileAway);
    assert.equal(again.dead, 0);

    smtp = await startSmtp(smtpPort);
    servers.push(smtp);
    await traffic('back');
    // Until nothing is left: the retries' backoff, then the reminders when their day comes.
    for (let round = 0; round < 40; round++) {
      target.setNow(new Date(target.now().getTime() + minutes(12 * 60)));
      await target.server.messages.deliverDue();
    }

    const rows = await outboxRows(db);
    const received = servers.flatMap((server) =>
      server.received.map((mail) => mail.messageId ?? ''),
    );
    const arrivals = new Map<string, number>();
    for (const id of received) arrivals.set(id, (arrivals.get(id) ?? 0) + 1);
    for (const row of rows) {
      const times = arrivals.get(messageIdOf(row.id)) ?? 0;
      if (times === 0) {
        count.lost++;
        count.problem(`${row.kind} ${row.state}: never arrived`);
      }
      if (times > 1) {
        count.duplicated += times - 1;
        count.problem(`${row.kind}: arrived ${times} times`);
      }
      if (row.state !== 'sent') count.problem(`${row.kind}: ${row.state} at the end`);
    }
    const known = new Set(rows.map((row) => messageIdOf(row.id)));
    for (const id of received.filter((item) => !known.has(item))) {
      count.duplicated++;
      count.problem(`a message not in the outbox arrived: ${id}`);
    }
    const kinds = new Set(rows.map((row) => row.kind));
    for (const kind of ['appointment-booked', 'appointment-reminder', 'referral-waiting'])
      assert.ok(kinds.has(kind), `${kind} among the messages`);
    count.report(
      'smtp away',
      ` (${rows.length} messages, ${queuedWhileAway} queued while it was down, each delivered once)`,
    );
  });
});
