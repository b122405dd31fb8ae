// The messages of staff actions, through a real SMTP server, on PGlite and on PostgreSQL: a
// casemanager's cancellation ("cancelled by the organisation", the reason's fixed sentence, how
// to book again; the reminder withdrawn), a casemanager's move (the rescheduled message with an
// .ics of the same UID and a higher SEQUENCE), the referrer's notice of a status change with
// VANGNET_NOTIFY_REFERRER on and nothing with it off, and the privacy scan over all of them.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { openPGlite, openPostgres, type Database } from '@vangnet/server';
import type { ParsedMail } from 'mailparser';
import { referral } from '../conformance/support/calls.ts';
import { createTestDatabase, testDatabaseUrl } from '../conformance/support/test-database.ts';
import {
  book,
  dateOfBirth,
  freePort,
  freeSlots,
  messageServer,
  outboxRows,
  resetData,
  secretsFound,
  cancelAsJongerenpunt,
  staffPost,
  startSmtp,
  type MessageServer,
  type TestSmtp,
} from './support/message-harness.ts';

const start = '2026-03-02T09:00:00+01:00';
/** What the young person wrote with the booking: it is for the casemanager, never in a message. */
const note = 'Ik heb schulden en slaap slecht';

interface Opened {
  db: Database;
  close(): Promise<void>;
}

function calendarOf(mail: ParsedMail) {
  const ics = mail.attachments.find((a) => a.contentType === 'text/calendar');
  assert.ok(ics, 'an .ics is attached');
  const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  ICAL.TimezoneService.register(zone!);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return {
    event: new ICAL.Event(vevent),
    sequence: Number(vevent.getFirstPropertyValue('sequence')),
    status: vevent.getFirstPropertyValue('status'),
  };
}

const allOf = (mail: ParsedMail) => `${mail.subject} ${mail.text} ${String(mail.html)}`;

function staffMessages(name: string, open: () => Promise<Opened>) {
  describe(`messages of staff actions (${name})`, () => {
    let opened: Opened;
    let smtp: TestSmtp;
    let target: MessageServer;
    let quiet: MessageServer;
    const tokens: string[] = [];

    before(async () => {
      opened = await open();
      const port = await freePort();
      const env = { VANGNET_SMTP_URL: `smtp://127.0.0.1:${port}`, VANGNET_DEV_SIGNIN: '1' };
      target = await messageServer(opened.db, start, { ...env, VANGNET_NOTIFY_REFERRER: '1' });
      // The same database with the option off (the default).
      quiet = await messageServer(opened.db, start, env);
      smtp = await startSmtp(port);
    });
    beforeEach(async () => {
      target.setNow(start);
      quiet.setNow(start);
      smtp.received.length = 0;
      await resetData(opened.db);
    });
    after(async () => {
      // The two servers share the database: the first one's close would close it.
      await quiet.server.messages.stop();
      await target.server.close();
      await smtp.close();
      await opened.close();
    });

    it('a staff cancellation says the organisation cancelled, why, and how to book again; the reminder goes', async () => {
      const booked = await book(target, '2026-03-05', { location: 'jongerenpunt070' });
      tokens.push(booked.token);
      await opened.db.query(
        `update appointments set input = jsonb_set(input, '{note}', to_jsonb($2::text)) where reference = $1`,
        [booked.reference, note],
      );
      const answer = await cancelAsJongerenpunt(target, booked.reference, {
        reason: 'location-closed',
      });
      assert.equal(answer.status, 200);
      const rows = await outboxRows(opened.db);
      assert.deepEqual(
        rows
          .filter((row) => row.state === 'pending')
          .map((row) => row.kind)
          .sort(),
        ['appointment-booked', 'appointment-cancelled-by-organisation'],
        'the reminder is removed',
      );
      await target.server.messages.deliverDue();
      assert.equal(smtp.received.length, 2);
      const mail = smtp.received[1]!;
      assert.equal(mail.subject, `Je afspraak gaat niet door (${booked.reference})`);
      const text = mail.text ?? '';
      assert.ok(text.includes('Wij hebben je afspraak met een casemanager afgezegd.'));
      assert.ok(text.includes(`Referentie: ${booked.reference}`));
      assert.ok(text.includes('De locatie is die dag dicht.'), 'the reason, as a fixed sentence');
      assert.ok(text.includes('Of bel ons: 070 000 0070.'), "the location's phone to book again");
      assert.ok(!text.includes('#beheer='), 'no manage link');
      assert.equal(calendarOf(mail).status, 'CANCELLED');
      for (const personal of [dateOfBirth, note, 'Sam', booked.token])
        assert.ok(!allOf(mail).includes(personal), `no "${personal}" in the message`);
    });

    it('writes it in the language the young person booked in, whatever the casemanager reads', async () => {
      const booked = await book(target, '2026-03-05', {
        location: 'jongerenpunt070',
        language: 'en-GB',
      });
      tokens.push(booked.token);
      await cancelAsJongerenpunt(target, booked.reference, {});
      await target.server.messages.deliverDue();
      const mail = smtp.received[1]!;
      assert.equal(mail.subject, `Your appointment cannot go ahead (${booked.reference})`);
      assert.ok(mail.text?.includes('We have cancelled your appointment'));
      assert.ok(!mail.text?.includes('The location is closed'), 'no reason given, none written');
    });

    it('a staff move sends the rescheduled message with the same UID and a higher SEQUENCE', async () => {
      const booked = await book(target, '2026-03-05');
      tokens.push(booked.token);
      await target.server.messages.deliverDue();
      const [later] = await freeSlots(target, '2026-03-06');
      target.setNow('2026-03-02T10:00:00+01:00');
      const answer = await staffPost(
        target,
        'casemanager-laak',
        `/v1/staff/appointments/${booked.reference}/move`,
        { slotId: later!.id },
      );
      assert.equal(answer.status, 200);
      await target.server.messages.deliverDue();
      assert.deepEqual(
        smtp.received.map((mail) => mail.subject),
        [
          `Je afspraak met een casemanager (${booked.reference})`,
          `Je afspraak is verzet (${booked.reference})`,
        ],
      );
      const [first, moved] = smtp.received.map(calendarOf);
      assert.equal(moved!.event.uid, first!.event.uid, 'the same calendar entry');
      assert.ok(moved!.sequence > 0 && moved!.sequence > first!.sequence, 'a higher SEQUENCE');
      assert.equal(moved!.event.startDate.toJSDate().getTime(), new Date(later!.start).getTime());
      const text = smtp.received[1]!.text ?? '';
      assert.ok(text.includes('Verzetten of afzeggen kan met de link uit je eerste bevestiging.'));
      assert.ok(!text.includes('#beheer='), 'staff have no token, so no link');
      const reminders = (await outboxRows(opened.db)).filter(
        (row) => row.kind === 'appointment-reminder' && row.state === 'pending',
      );
      assert.equal(reminders.length, 1, 'one reminder, for the new time');
      assert.ok(reminders[0]!.body.includes('vrijdag 6 maart 2026'));
    });

    it("with VANGNET_NOTIFY_REFERRER the referrer hears of the new status: reference and organisation's name only", async () => {
      const input = referral('2012-05-04');
      const sent = await target.call('/v1/referrals', { body: input });
      const { id, reference, token } = (await sent.json()) as Record<string, string>;
      tokens.push(token!);
      const answer = await staffPost(
        target,
        'coordinator-pluscoaching',
        `/v1/staff/referrals/${id}/status`,
        {
          status: 'matched',
          match: { organisationId: 'impegno', coachingForm: 'pluscoach' },
        },
      );
      assert.equal(answer.status, 200);
      await target.server.messages.deliverDue();
      const mails = smtp.received.filter(
        (mail) => !Array.isArray(mail.to) && mail.to?.text === 'mentor@example.org',
      );
      assert.equal(mails.length, 1);
      const mail = mails[0]!;
      assert.equal(mail.subject, `Nieuwe status van je aanmelding (${reference})`);
      assert.ok(mail.text?.includes('De nieuwe status is: gekoppeld aan een organisatie.'));
      assert.ok(mail.text?.includes('De organisatie is: Impegno.'));
      assert.ok(mail.text?.includes('Kijk op de statuspagina'));
      for (const personal of [
        '2012-05-04',
        input.youngPerson.givenName,
        input.youngPerson.familyName,
        input.supportNeed.description,
        input.parent!.name,
        token!,
      ])
        assert.ok(!allOf(mail).includes(personal), `no "${personal}" in the notice`);
    });

    it('writes the notice in the language the referral was sent in', async () => {
      const sent = await target.call('/v1/referrals', {
        body: referral('2012-05-04'),
        headers: { 'Accept-Language': 'en' },
      });
      const { id, token } = (await sent.json()) as Record<string, string>;
      tokens.push(token!);
      await staffPost(target, 'coordinator-pluscoaching', `/v1/staff/referrals/${id}/status`, {
        status: 'closed',
        reason: 'declined',
      });
      await target.server.messages.deliverDue();
      const [mail] = smtp.received;
      assert.match(mail?.subject ?? '', /^New status of your referral/);
      assert.ok(mail?.text?.includes('The new status is: closed.'));
    });

    it('without the option the referrer gets nothing', async () => {
      const sent = await quiet.call('/v1/referrals', { body: referral('2012-05-04') });
      const { id, token } = (await sent.json()) as Record<string, string>;
      tokens.push(token!);
      const answer = await staffPost(
        quiet,
        'coordinator-pluscoaching',
        `/v1/staff/referrals/${id}/status`,
        {
          status: 'closed',
          reason: 'declined',
        },
      );
      assert.equal(answer.status, 200);
      await quiet.server.messages.deliverDue();
      assert.deepEqual(smtp.received, []);
      assert.equal((await outboxRows(opened.db)).length, 0);
    });

    it('keeps no date of birth, token or booking note in the logs or the delivered messages', async () => {
      target.setNow('2026-06-01T09:00:00+02:00');
      const booked = await book(target, '2026-06-04', { location: 'jongerenpunt070' });
      tokens.push(booked.token);
      await cancelAsJongerenpunt(target, booked.reference, { reason: 'casemanager-unavailable' });
      await target.server.messages.deliverDue();
      assert.ok(tokens.length >= 7);
      const kinds = new Set((await outboxRows(opened.db)).map((row) => row.kind));
      assert.ok(kinds.has('appointment-cancelled-by-organisation'));
      assert.deepEqual(
        await secretsFound(
          opened.db,
          [...target.logs, ...quiet.logs],
          [dateOfBirth, '2012-05-04', note, ...tokens],
        ),
        [],
      );
      const logged = [...target.logs, ...quiet.logs].join('\n');
      for (const personal of ['sam@example.org', 'mentor@example.org', 'Je afspraak', 'Voorbeeld'])
        assert.ok(!logged.includes(personal), `no "${personal}" in the logs`);
    });
  });
}

staffMessages('PGlite', async () => ({
  db: await openPGlite('memory://'),
  close: async () => undefined,
}));

if (testDatabaseUrl()) {
  staffMessages('PostgreSQL', async () => {
    const database = await createTestDatabase(testDatabaseUrl() as string);
    const db = await openPostgres({ url: database.url });
    return { db, close: database.drop };
  });
} else {
  describe('messages of staff actions (PostgreSQL)', () => {
    it('did not run: set VANGNET_TEST_DATABASE_URL to a PostgreSQL database', () => undefined);
  });
}
