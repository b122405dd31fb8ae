import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { appointmentToIcs, foldIcsLine } from '@vangnet/sdk';
import { appointment } from '../testing/fixtures.ts';

const now = new Date('2026-11-24T12:34:56Z');
const eventOf = (ics: string) =>
  new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent') ?? undefined);

test('an appointment as an iCalendar file: UID, DTSTAMP, UTC times, place, CRLF', () => {
  const ics = appointmentToIcs(appointment, { summary: 'Gesprek met een casemanager', now });
  assert.ok(ics.endsWith('\r\n'));
  assert.doesNotMatch(ics.replaceAll('\r\n', ''), /[\r\n]/, 'only CRLF line endings');
  const lines = ics.split('\r\n');
  assert.ok(lines.includes('UID:VN-A-7K3M9Q@vangnet'));
  assert.ok(lines.includes('DTSTAMP:20261124T123456Z'));
  assert.ok(
    lines.includes('DTSTART:20261201T090000Z'),
    '10:00 in Amsterdam is 09:00 UTC in winter',
  );
  assert.ok(lines.includes('DTEND:20261201T093000Z'));
  assert.ok(lines.includes('STATUS:CONFIRMED'));
  assert.ok(lines.includes('LOCATION:Jongerenpunt070\\, Voorbeeldstraat 1\\, 2511 AB Den Haag'));
});

test('a calendar library reads the file back as the same event', () => {
  const ics = appointmentToIcs(appointment, {
    summary: 'Gesprek; school, werk \\ geld',
    description:
      'Neem je vragen mee.\nWil je de afspraak verzetten? Gebruik de link in je bevestiging.',
    now,
  });
  const event = eventOf(ics);
  assert.equal(event.uid, 'VN-A-7K3M9Q@vangnet');
  assert.equal(event.summary, 'Gesprek; school, werk \\ geld');
  assert.equal(
    event.description,
    'Neem je vragen mee.\nWil je de afspraak verzetten? Gebruik de link in je bevestiging.',
  );
  assert.equal(event.startDate.toJSDate().toISOString(), '2026-12-01T09:00:00.000Z');
  assert.equal(event.endDate.toJSDate().toISOString(), '2026-12-01T09:30:00.000Z');
});

test('long lines fold at 75 octets without splitting a UTF-8 character', () => {
  const summary = 'Één gesprek over school, werk en geld 🙂 '.repeat(6);
  const ics = appointmentToIcs(appointment, { summary, now });
  for (const line of ics.split('\r\n'))
    assert.ok(new TextEncoder().encode(line).length <= 75, `${line.length}: ${line}`);
  const event = eventOf(ics);
  assert.equal(event.summary, summary);
});

test('a fold counts octets as UTF-8 writes them: 1 to 4 per character, 3 for a lone surrogate', () => {
  const octets = (text: string) => new TextEncoder().encode(text).length;
  for (const char of ['a', 'é', '€', '🙂', '\ud800']) {
    const folded = foldIcsLine(`SUMMARY:${char.repeat(80)}`).split('\r\n');
    const size = octets(char);
    // As many whole characters as fit: 75 octets on the first line, 74 after the space.
    assert.equal(octets(folded[0]!), 8 + Math.floor((75 - 8) / size) * size, char);
    for (const line of folded.slice(1)) assert.ok(octets(line) <= 75, `${char}: ${line}`);
  }
  assert.equal(foldIcsLine('SUMMARY:kort'), 'SUMMARY:kort');
});

test('no personal data or token in the file; a cancelled appointment says so; phone talks have no address', () => {
  const ics = appointmentToIcs(
    { ...appointment, status: 'cancelled', slot: { ...appointment.slot, channel: 'phone' } },
    { summary: 'Gesprek', now },
  );
  assert.doesNotMatch(ics, /tok_|Sam|Voorbeeld Sam|06 0|example\.org/);
  assert.match(ics, /\r\nSTATUS:CANCELLED\r\n/);
  assert.match(ics, /\r\nLOCATION:Jongerenpunt070\r\n/);
  assert.doesNotMatch(ics, /DESCRIPTION/);
});
