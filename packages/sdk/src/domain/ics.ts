import type { Appointment } from '../schemas/booking.ts';

/** What the calendar entry says besides the appointment's own data. */
export interface IcsOptions {
  /** The entry's title, in the user's language ("Gesprek met een casemanager"). */
  summary: string;
  /**
   * More text, such as what to bring or how to change the appointment. Must not hold personal
   * data: calendar files end up synced to other services.
   */
  description?: string | undefined;
  /** The moment the file is made (`DTSTAMP`); injected so the output is reproducible. */
  now: Date;
}

/**
 * The UTF-8 octets of one character of a `for…of` walk: a lone surrogate is written as U+FFFD,
 * three octets, as `TextEncoder` does. Counted, not encoded: a booking folds every line of its
 * calendar file, and encoding each character on its own was most of what the fold cost.
 */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1), continuing with a space, never inside a
 * UTF-8 character — so "Één" and emoji survive the fold.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char);
    // A continuation line's leading space counts towards its 75 octets.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `20261201T090000Z`: a moment in UTC as a DATE-TIME. */
function utc(moment: string | Date): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) throw new RangeError('Expected a valid date-time.');
  return date
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

function locationText({ location, slot }: Appointment): string {
  const { address } = location;
  return slot.channel === 'in-person' && address !== undefined
    ? `${location.name}, ${address.street}, ${address.postalCode} ${address.city}`
    : location.name;
}

/**
 * An iCalendar file (RFC 5545) of a booked appointment, to add it to a calendar: times in UTC,
 * CRLF line endings, long lines folded. It holds the reference, times and place — no name, date
 * of birth or contact details, and never the manage token.
 *
 * @example
 * ```ts
 * const ics = appointmentToIcs(appointment, { summary: 'Gesprek Jongerenpunt', now: new Date() });
 * const file = new File([ics], 'afspraak.ics', { type: 'text/calendar' });
 * ```
 */
export function appointmentToIcs(appointment: Appointment, options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Vangnet//Vangnet SDK//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(appointment.reference)}@vangnet`,
    `DTSTAMP:${utc(options.now)}`,
    `DTSTART:${utc(appointment.slot.start)}`,
    `DTEND:${utc(appointment.slot.end)}`,
    `SUMMARY:${escapeIcsText(options.summary)}`,
    `LOCATION:${escapeIcsText(locationText(appointment))}`,
    ...(options.description === undefined
      ? []
      : [`DESCRIPTION:${escapeIcsText(options.description)}`]),
    `STATUS:${appointment.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
