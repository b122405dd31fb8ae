// The reminder at the right moment across the change to summer time (an injected clock), and two
// workers on one database delivering each message once — on PGlite, and on PostgreSQL when
// VANGNET_TEST_DATABASE_URL names one.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  createLogger,
  createOutboxWorker,
  openPGlite,
  openPostgres,
  reminderTime,
  smtpTransport,
  type Database,
} from '@vangnet/server';
import { createTestDatabase, testDatabaseUrl } from '../conformance/support/test-database.ts';
import {
  book,
  freeSlots,
  messageServer,
  outboxRows,
  resetData,
  startSmtp,
  type MessageServer,
  type TestSmtp,
} from './support/message-harness.ts';

describe('reminderTime', () => {
  it('is the same wall-clock time whole days before, across both changes of the clocks', () => {
    // Monday 30 March 2026 10:00 summer time; the clocks went forward on Sunday 29 March.
    assert.equal(
      reminderTime('2026-03-30T10:00:00+02:00', 24).toISOString(),
      '2026-03-29T08:00:00.000Z',
    );
    assert.equal(
      reminderTime('2026-03-30T10:00:00+02:00', 48).toISOString(),
      '2026-03-28T09:00:00.000Z',
    );
    // Monday 26 October 2026 10:00 winter time; the clocks went back on Sunday 25 October.
    assert.equal(
      reminderTime('2026-10-26T10:00:00+01:00', 48).toISOString(),
      '2026-10-24T08:00:00.000Z',
    );
    // Hours beyond whole days count as hours.
    assert.equal(
      reminderTime('2026-03-30T10:00:00+02:00', 26).toISOString(),
      '2026-03-29T06:00:00.000Z',
    );
  });
});

describe('the reminder, with an injected clock across the change to summer time', () => {
  let db: Database;
  let smtp: TestSmtp;
  let target: MessageServer;
  const friday = '2026-03-27T09:00:00+01:00';

  before(async () => {
    db = await openPGlite('memory://');
    smtp = await startSmtp();
    target = await messageServer(db, friday, {
      VANGNET_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      VANGNET_REMINDER_HOURS: '48',
    });
  });
  beforeEach(async () => {
    target.setNow(friday);
    smtp.received.length = 0;
    await resetData(db);
  });
  after(async () => {
    await target.server.close();
    await smtp.close();
  });

  it('goes out 48 h ahead by the calendar: Saturday at the time of the appointment, not an hour early', async () => {
    // Booked on Friday in winter time for Monday 30 March in summer time.
    const [slot] = await freeSlots(target, '2026-03-30');
    const booked = await book(target, '2026-03-30', { slotId: slot!.id });
    const localTime = booked.slot.start.slice(11, 16);
    await target.server.messages.deliverDue();
    assert.equal(smtp.received.length, 1, 'the confirmation');
    const due = new Date(`2026-03-28T${localTime}:00+01:00`);
    target.setNow(new Date(due.getTime() - 1000));
    assert.equal((await target.server.messages.deliverDue()).sent, 0, 'not a second early');
    target.setNow(due);
    assert.equal((await target.server.messages.deliverDue()).sent, 1);
    const reminder = smtp.received[1]!;
    assert.equal(
      reminder.subject,
      `Herinnering: je afspraak met een casemanager (${booked.reference})`,
    );
    assert.ok(reminder.text?.includes(`maandag 30 maart 2026, ${localTime}`), reminder.text);
    assert.ok(reminder.text?.includes(`#beheer=${booked.reference}.${booked.token}`));
    assert.equal(reminder.attachments.length, 0);
    target.setNow('2026-03-31T09:00:00+02:00');
    assert.equal((await target.server.messages.deliverDue()).sent, 0, 'once');
  });

  it('is not sent for an appointment booked less than that ahead', async () => {
    target.setNow('2026-03-27T08:00:00+01:00');
    await book(target, '2026-03-27');
    const kinds = (await outboxRows(db)).map((m) => m.kind);
    assert.deepEqual(kinds, ['appointment-booked']);
  });

  it('moves with a reschedule and goes with a cancellation', async () => {
    const booked = await book(target, '2026-03-30');
    const headers = { 'Vangnet-Token': booked.token };
    const [later] = await freeSlots(target, '2026-04-02');
    await target.call(`/v1/appointments/${booked.reference}/reschedule`, {
      body: { slotId: later!.id },
      headers,
    });
    const reminders = (await outboxRows(db)).filter((m) => m.kind === 'appointment-reminder');
    assert.equal(reminders.length, 1);
    assert.equal(
      new Date(reminders[0]!.next_attempt_at).toISOString(),
      reminderTime(later!.start, 48).toISOString(),
    );
    await target.call(`/v1/appointments/${booked.reference}/cancel`, { body: {}, headers });
    assert.equal((await outboxRows(db)).filter((m) => m.kind === 'appointment-reminder').length, 0);
  });
});

/** Two servers' workers on `db` (and `other`, the second instance's connection) deliver each once. */
function twoWorkers(
  name: string,
  open: () => Promise<{ db: Database; other: Database; close(): Promise<void> }>,
) {
  describe(`two workers on one database (${name})`, () => {
    let smtp: TestSmtp;
    let opened: Awaited<ReturnType<typeof open>>;
    let target: MessageServer;
    before(async () => {
      opened = await open();
      smtp = await startSmtp();
      target = await messageServer(opened.db, '2026-03-02T09:00:00+01:00', {
        VANGNET_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      });
    });
    after(async () => {
      await target.server.close();
      await opened.close();
      await smtp.close();
    });

    it('deliver each message once', async () => {
      await resetData(opened.db);
      const slots = [
        ...(await freeSlots(target, '2026-03-04')),
        ...(await freeSlots(target, '2026-03-05')),
      ].slice(0, 12);
      for (const slot of slots) await book(target, '', { slotId: slot.id });
      const url = `smtp://127.0.0.1:${smtp.port}`;
      const worker = (db: Database, instance: string) =>
        createOutboxWorker({
          db,
          clock: { now: () => target.now() },
          log: createLogger('silent'),
          transports: {
            email: smtpTransport({
              url,
              from: 'Vangnet <no-reply@example.org>',
              replyTo: undefined,
            }),
          },
          maxAttempts: 5,
          retentionDays: 30,
          pollMs: 60_000,
          instance,
          batchSize: 2,
        });
      const a = worker(opened.db, 'a');
      const b = worker(opened.other, 'b');
      const reports = await Promise.all([
        a.deliverDue(),
        b.deliverDue(),
        a.deliverDue(),
        b.deliverDue(),
      ]);
      await Promise.all([a.stop(), b.stop()]);
      const sent = reports.reduce((sum, report) => sum + report.sent, 0);
      assert.equal(sent, slots.length);
      const ids = smtp.received.map((mail) => mail.messageId);
      assert.equal(ids.length, slots.length, 'each once');
      assert.equal(new Set(ids).size, slots.length);
      const rows = (await outboxRows(opened.db)).filter((m) => m.kind === 'appointment-booked');
      assert.ok(rows.every((row) => row.state === 'sent' && row.attempts === 1));
    });
  });
}

twoWorkers('PGlite', async () => {
  const db = await openPGlite('memory://');
  return { db, other: db, close: async () => undefined };
});

if (testDatabaseUrl()) {
  twoWorkers('PostgreSQL', async () => {
    const database = await createTestDatabase(testDatabaseUrl() as string);
    const db = await openPostgres({ url: database.url });
    const other = await openPostgres({ url: database.url });
    return {
      db,
      other,
      async close() {
        await other.close();
        await database.drop();
      },
    };
  });
} else {
  describe('two workers on one database (PostgreSQL)', () => {
    it('did not run: set VANGNET_TEST_DATABASE_URL to a PostgreSQL database', () => undefined);
  });
}
