// Email through a real SMTP server in this process: the confirmation with its .ics, the SMTP
// server down and back (none lost, none twice), a dead letter, the coordinators' notice, and the
// scan of logs and stored messages for dates of birth and tokens.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { openPGlite, type Database } from '@vangnet/server';
import { referral } from '../conformance/support/calls.ts';
import {
  book,
  dateOfBirth,
  freePort,
  manageUrl,
  messageServer,
  outboxRows,
  publicUrl,
  resetData,
  secretsFound,
  startSmtp,
  type MessageServer,
  type TestSmtp,
} from './support/message-harness.ts';

const start = '2026-03-02T09:00:00+01:00';
const minutes = (n: number) => n * 60_000;

describe('messages by email', () => {
  let db: Database;
  let smtp: TestSmtp;
  let smtpPort: number;
  let target: MessageServer;
  const tokens: string[] = [];

  before(async () => {
    db = await openPGlite('memory://');
    smtpPort = await freePort();
    target = await messageServer(db, start, {
      VANGNET_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      VANGNET_NOTIFY_REFERRALS: JSON.stringify({
        pluscoaching: ['plus@example.org'],
        'pluscoaching/delft': ['delft@example.org', 'plus@example.org'],
        absenteeism: ['verzuim@example.org'],
      }),
    });
    smtp = await startSmtp(smtpPort, ['nobody@example.org']);
  });
  beforeEach(async () => {
    target.setNow(start);
    smtp.received.length = 0;
    await resetData(db);
  });
  after(async () => {
    await target.server.close();
    await smtp.close();
  });

  it('sends the confirmation: recipient, subject, reference, manage link and a parseable .ics', async () => {
    const booked = await book(target, '2026-03-05');
    tokens.push(booked.token);
    const report = await target.server.messages.deliverDue();
    assert.deepEqual(report, { sent: 1, retried: 0, dead: 0 });
    assert.equal(smtp.received.length, 1);
    const mail = smtp.received[0]!;
    const [row] = (await outboxRows(db)).filter((m) => m.kind === 'appointment-booked');
    assert.equal(mail.messageId, `<${row!.id}@vangnet>`);
    assert.deepEqual(
      [
        mail.to && !Array.isArray(mail.to) ? mail.to.text : undefined,
        mail.from?.text,
        mail.replyTo?.text,
      ],
      ['sam@example.org', '"Vangnet" <no-reply@vangnet.example.org>', 'jongerenpunt@example.org'],
    );
    assert.equal(mail.subject, `Je afspraak met een casemanager (${booked.reference})`);
    const link = `${manageUrl}#beheer=${booked.reference}.${booked.token}`;
    assert.ok(mail.text?.includes(`Referentie: ${booked.reference}`));
    assert.ok(mail.text?.includes(link), 'the manage link, token in the fragment');
    assert.ok(String(mail.html).includes(`href="${link}"`), 'the HTML part links it too');
    assert.match(mail.text ?? '', /donderdag 5 maart 2026, \d\d:\d\d–\d\d:\d\d/);
    const ics = mail.attachments.find((a) => a.contentType === 'text/calendar');
    assert.ok(ics, 'an .ics is attached');
    assert.equal(ics.filename, 'afspraak.ics');
    const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
    const zone = calendar.getFirstSubcomponent('vtimezone');
    assert.equal(zone?.getFirstPropertyValue('tzid'), 'Europe/Amsterdam');
    ICAL.TimezoneService.register(zone!);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    assert.equal(event.uid, `${booked.reference}@vangnet`);
    assert.equal(event.startDate.zone?.tzid, 'Europe/Amsterdam');
    assert.equal(event.startDate.toJSDate().getTime(), new Date(booked.slot.start).getTime());
    assert.equal(event.endDate.toJSDate().getTime(), new Date(booked.slot.end).getTime());
    assert.ok(
      !ics.content.toString('utf8').includes(booked.token),
      'no token in the calendar file',
    );
    // The stored copy no longer holds the token once it is sent.
    const [stored] = (await outboxRows(db)).filter((m) => m.kind === 'appointment-booked');
    assert.equal(stored?.state, 'sent');
    assert.ok(!JSON.stringify(stored).includes(booked.token));
  });

  it('renders the confirmation of a slot cut from the location’s own hours (not the default calendar)', async () => {
    // Saturday mornings in hours of 60 minutes: no such talk exists in the default calendar.
    const schedule = {
      slotMinutes: 60,
      weekly: [{ weekday: 6, opens: '10:00', closes: '12:00' }],
      exceptions: [],
    };
    await db.query(
      'insert into location_schedules (location_id, schedule, updated_at) values ($1, $2::jsonb, $3)',
      ['laak', JSON.stringify(schedule), start],
    );
    try {
      const booked = await book(target, '2026-03-07');
      tokens.push(booked.token);
      assert.equal(booked.slot.end.slice(11, 16), '11:00', 'an hour long, from the schedule');
      await target.server.messages.deliverDue();
      const mail = smtp.received[0]!;
      assert.match(mail.text ?? '', /zaterdag 7 maart 2026, 10:00–11:00/);
      const ics = mail.attachments.find((a) => a.contentType === 'text/calendar');
      assert.ok(ics, 'rendered with its .ics, not the plain fallback');
      assert.ok(String(mail.html).includes(booked.reference), 'and its HTML part');
    } finally {
      await db.query('delete from location_schedules where location_id = $1', ['laak']);
    }
  });

  it('writes in the language the person used (Accept-Language from the SDK)', async () => {
    const booked = await book(target, '2026-03-05', { language: 'en-GB,en;q=0.9' });
    tokens.push(booked.token);
    await target.server.messages.deliverDue();
    const mail = smtp.received[0]!;
    assert.equal(mail.subject, `Your appointment with a case manager (${booked.reference})`);
    assert.match(mail.text ?? '', /Thursday, 5 March 2026/);
    assert.equal(mail.attachments[0]?.filename, 'appointment.ics');
    assert.equal(mail.headers.get('content-language'), 'en');
  });

  it('sends rescheduled and cancelled with the .ics that updates the calendar entry', async () => {
    const booked = await book(target, '2026-03-05');
    tokens.push(booked.token);
    const headers = { 'Vangnet-Token': booked.token };
    const later = (await (
      await target.call('/v1/slots?location=laak&from=2026-03-06&to=2026-03-06')
    ).json()) as {
      items: { id: string }[];
    };
    assert.equal(
      (
        await target.call(`/v1/appointments/${booked.reference}/reschedule`, {
          body: { slotId: later.items[0]!.id },
          headers,
        })
      ).status,
      200,
    );
    assert.equal(
      (await target.call(`/v1/appointments/${booked.reference}/cancel`, { body: {}, headers }))
        .status,
      200,
    );
    await target.server.messages.deliverDue();
    assert.deepEqual(
      smtp.received.map((m) => m.subject?.replace(/ \(.*$/, '')),
      ['Je afspraak met een casemanager', 'Je afspraak is verzet', 'Je afspraak is afgezegd'],
    );
    const cancelled = smtp.received[2]!.attachments[0]!.content.toString('utf8');
    assert.match(cancelled, /STATUS:CANCELLED/);
    assert.ok(!smtp.received[2]!.text?.includes('#beheer='), 'no manage link once cancelled');
    assert.equal(
      (await outboxRows(db)).filter((m) => m.kind === 'appointment-reminder').length,
      0,
      'the cancelled appointment has no reminder left',
    );
  });

  it('with the SMTP server down bookings succeed; once it is back each message arrives once', async () => {
    await smtp.close();
    const booked = [];
    for (const date of ['2026-03-05', '2026-03-06', '2026-03-09'])
      booked.push(await book(target, date));
    tokens.push(...booked.map((b) => b.token));
    const first = await target.server.messages.deliverDue();
    assert.deepEqual(first, { sent: 0, retried: 3, dead: 0 });
    const waiting = (await outboxRows(db)).filter((m) => m.kind === 'appointment-booked');
    assert.ok(waiting.every((m) => m.state === 'pending' && m.attempts === 1 && m.last_error));
    // A second round before the backoff has passed tries nothing.
    assert.deepEqual(await target.server.messages.deliverDue(), { sent: 0, retried: 0, dead: 0 });
    target.setNow(new Date(target.now().getTime() + minutes(1)));
    assert.equal(
      (await target.server.messages.deliverDue()).retried,
      3,
      'tried again after 30–60 s',
    );
    const back = await startSmtp(smtpPort, ['nobody@example.org']);
    smtp = back;
    target.setNow(new Date(target.now().getTime() + minutes(5)));
    assert.deepEqual(await target.server.messages.deliverDue(), { sent: 3, retried: 0, dead: 0 });
    target.setNow(new Date(target.now().getTime() + minutes(60)));
    await target.server.messages.deliverDue();
    const ids = smtp.received.map((m) => m.messageId);
    assert.equal(ids.length, 3, 'none lost, none twice');
    assert.equal(new Set(ids).size, 3);
    assert.deepEqual(
      [...smtp.received.map((m) => m.subject?.match(/\((.*)\)/)?.[1])].sort(),
      booked.map((b) => b.reference).sort(),
    );
    const sent = (await outboxRows(db)).filter((m) => m.kind === 'appointment-booked');
    assert.ok(sent.every((m) => m.state === 'sent' && m.attempts === 3));
  });

  it('an address the server refuses (550) is a dead letter at once, its error without the address', async () => {
    const booked = await book(target, '2026-03-05', {
      contact: { name: 'Sam', email: 'nobody@example.org', preferred: 'email' },
    });
    tokens.push(booked.token);
    assert.deepEqual(await target.server.messages.deliverDue(), { sent: 0, retried: 0, dead: 1 });
    const [row] = (await outboxRows(db)).filter((m) => m.kind === 'appointment-booked');
    assert.equal(row?.state, 'dead');
    assert.equal(row?.last_error, 'SMTP 550');
    assert.ok(!row?.body.includes(booked.token), 'a dead letter holds no token either');
  });

  it('tells the coordinators a referral is waiting: a link to the workspace, no personal data', async () => {
    const input = referral('2012-05-04');
    const response = await target.call('/v1/referrals', { body: input });
    assert.equal(response.status, 201);
    const { token } = (await response.json()) as { token: string };
    tokens.push(token);
    await target.server.messages.deliverDue();
    const to = smtp.received.map((m) => (m.to && !Array.isArray(m.to) ? m.to.text : '')).sort();
    assert.deepEqual(to, ['delft@example.org', 'plus@example.org'], 'each coordinator once');
    for (const mail of smtp.received) {
      assert.equal(mail.subject, 'Nieuwe aanmelding wacht: Pluscoaching, Delft');
      assert.ok(mail.text?.includes(`${publicUrl}/staff/`));
      const all = `${mail.subject} ${mail.text} ${String(mail.html)}`;
      for (const personal of [
        '2012-05-04',
        input.youngPerson.givenName,
        input.youngPerson.familyName,
        input.referrer.name,
        input.referrer.email,
        input.supportNeed.description,
        token,
      ])
        assert.ok(!all.includes(personal), `no "${personal}" in the notice`);
    }
  });

  it('removes delivered bodies after the retention period', async () => {
    tokens.push((await book(target, '2026-03-05')).token);
    await target.server.messages.deliverDue();
    assert.equal(await target.server.messages.purgeDelivered(), 0, 'not yet');
    target.setNow('2026-04-02T09:00:00+02:00');
    assert.equal(await target.server.messages.purgeDelivered(), 1);
    const [row] = (await outboxRows(db)).filter((m) => m.kind === 'appointment-booked');
    assert.deepEqual([row?.body, row?.html, row?.ics, row?.recipient], ['', null, null, '']);
  });

  it('keeps no date of birth or token in the logs or, once delivered, in the stored messages', async () => {
    // Everything the tests above queued (reminders included) is delivered by now.
    target.setNow('2026-06-01T09:00:00+02:00');
    const booked = await book(target, '2026-06-04');
    tokens.push(booked.token);
    target.setNow('2026-06-10T09:00:00+02:00');
    await target.server.messages.deliverDue();
    assert.ok(smtp.received.length >= 2, 'the confirmation and the reminder');
    assert.ok(tokens.length >= 8);
    assert.ok(
      target.logs.some((line) => line.includes('message delivered')),
      'the logs were captured',
    );
    assert.deepEqual(
      await secretsFound(db, target.logs, [dateOfBirth, '2012-05-04', ...tokens]),
      [],
    );
    const logged = target.logs.join('\n');
    for (const personal of ['sam@example.org', 'Hallo,', 'Je afspraak', 'Voorbeeld'])
      assert.ok(!logged.includes(personal), `no "${personal}" in the logs: no address, no body`);
  });
});
