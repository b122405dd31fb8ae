import { amsterdamOffsetMinutes } from '@vangnet/api-core';
import {
  appointmentToIcs,
  type Appointment,
  type Location,
  type Slot,
  type StaffCancelReason,
} from '@vangnet/sdk';
import { fitSms } from './gsm7.ts';
import type { MessageLanguage } from './language.ts';

/** What the server sends, beyond the core's three kinds. */
export type DeliveredKind =
  | 'appointment-booked'
  | 'appointment-rescheduled'
  | 'appointment-cancelled'
  | 'appointment-cancelled-by-organisation'
  | 'appointment-reminder'
  | 'callback-received'
  | 'referral-waiting'
  | 'referral-status-changed';

/** A message ready to store: subject and plain text (or the SMS), the HTML part, the .ics. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string | undefined;
  ics: string | undefined;
}

export interface AppointmentFacts {
  kind:
    | 'appointment-booked'
    | 'appointment-rescheduled'
    | 'appointment-cancelled'
    | 'appointment-cancelled-by-organisation'
    | 'appointment-reminder';
  /** Why the organisation cancelled (`appointment-cancelled-by-organisation`), when staff said. */
  reason?: StaffCancelReason | undefined;
  reference: string;
  topic: string;
  slot: Slot;
  location: Location;
  createdAt: string;
  /**
   * The manage link, token in the fragment; absent for a cancellation, and when staff moved the
   * appointment (the token is kept hashed only): then the text points to the first confirmation.
   */
  manageLink: string | undefined;
  /** The same link in its shortest form, for text messages. */
  shortManageLink: string | undefined;
}

const space = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

// Building an Intl.DateTimeFormat costs far more than formatting with one, and every booking
// renders several dates: each language and style is built once.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: MessageLanguage, options: Intl.DateTimeFormatOptions) {
  const name = `${language} ${JSON.stringify(options)}`;
  let made = formatters.get(name);
  if (!made) {
    made = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
      timeZone: 'Europe/Amsterdam',
      ...options,
    });
    formatters.set(name, made);
  }
  return made;
}

const longDate = (language: MessageLanguage, iso: string) =>
  space(
    formatter(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(iso),
    ),
  );
const clockTime = (language: MessageLanguage, iso: string) =>
  space(
    formatter(language, { hour: '2-digit', minute: '2-digit', hour12: false }).format(
      new Date(iso),
    ),
  );
const shortDate = (language: MessageLanguage, iso: string) =>
  space(
    formatter(language, { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(iso)),
  )
    .replace(/\./g, '')
    .replace(',', '');

const texts = {
  nl: {
    hello: 'Hallo,',
    subject: {
      'appointment-booked': 'Je afspraak met een casemanager',
      'appointment-rescheduled': 'Je afspraak is verzet',
      'appointment-cancelled': 'Je afspraak is afgezegd',
      'appointment-cancelled-by-organisation': 'Je afspraak gaat niet door',
      'appointment-reminder': 'Herinnering: je afspraak met een casemanager',
    },
    lead: {
      'appointment-booked': 'Je afspraak met een casemanager staat vast.',
      'appointment-rescheduled':
        'Je afspraak met een casemanager is verzet. Dit is de nieuwe tijd.',
      'appointment-cancelled': 'Je afspraak met een casemanager is afgezegd.',
      'appointment-cancelled-by-organisation':
        'Wij hebben je afspraak met een casemanager afgezegd. Het spijt ons.',
      'appointment-reminder': 'Een herinnering: je hebt een afspraak met een casemanager.',
    },
    reason: {
      'location-closed': 'De locatie is die dag dicht.',
      'casemanager-unavailable': 'Er is die dag geen casemanager.',
      'requested-by-young-person': 'Je hebt ons gevraagd om de afspraak af te zeggen.',
      other: undefined,
    },
    bookAgain: (phone: string | undefined) =>
      phone
        ? `Wil je een nieuwe afspraak? Maak die op de website waar je deze afspraak maakte. Of bel ons: ${phone}.`
        : 'Wil je een nieuwe afspraak? Maak die op de website waar je deze afspraak maakte.',
    smsBookAgain: 'Nieuwe afspraak? Maak die op de website of bel',
    manageEarlier: 'Verzetten of afzeggen kan met de link uit je eerste bevestiging.',
    when: 'Wanneer',
    where: 'Waar',
    reference: 'Referentie',
    manage: 'Verzetten of afzeggen',
    calendar: 'De afspraak zit als bijlage bij deze e-mail, voor je agenda.',
    channel: { 'in-person': 'op locatie', phone: 'aan de telefoon', video: 'via video' },
    summary: 'Gesprek met een casemanager',
    icsDescription: (reference: string) =>
      `Referentie ${reference}. Verzetten of afzeggen kan met de link in je bevestiging.`,
    sms: {
      'appointment-booked': 'Afspraak casemanager',
      'appointment-rescheduled': 'Afspraak verzet naar',
      'appointment-cancelled': 'Afgezegd: afspraak casemanager',
      'appointment-cancelled-by-organisation': 'Gaat niet door: afspraak casemanager',
      'appointment-reminder': 'Herinnering: afspraak casemanager',
    },
    smsManage: 'Wijzigen',
    callbackSubject: 'We bellen je terug',
    callbackText: (reference: string, location: string) =>
      `We hebben je vraag om terug te bellen ontvangen. Een casemanager van ${location} belt je. Referentie ${reference}.`,
    noReply:
      'Je kunt deze e-mail niet beantwoorden. Is het dringend? Bel 112, of Veilig Thuis: 0800-2000.',
  },
  en: {
    hello: 'Hello,',
    subject: {
      'appointment-booked': 'Your appointment with a case manager',
      'appointment-rescheduled': 'Your appointment has been moved',
      'appointment-cancelled': 'Your appointment has been cancelled',
      'appointment-cancelled-by-organisation': 'Your appointment cannot go ahead',
      'appointment-reminder': 'Reminder: your appointment with a case manager',
    },
    lead: {
      'appointment-booked': 'Your appointment with a case manager is booked.',
      'appointment-rescheduled':
        'Your appointment with a case manager has been moved. This is the new time.',
      'appointment-cancelled': 'Your appointment with a case manager has been cancelled.',
      'appointment-cancelled-by-organisation':
        'We have cancelled your appointment with a case manager. We are sorry.',
      'appointment-reminder': 'A reminder: you have an appointment with a case manager.',
    },
    reason: {
      'location-closed': 'The location is closed that day.',
      'casemanager-unavailable': 'There is no case manager that day.',
      'requested-by-young-person': 'You asked us to cancel the appointment.',
      other: undefined,
    },
    bookAgain: (phone: string | undefined) =>
      phone
        ? `Would you like a new appointment? Book it on the website where you made this one. Or call us: ${phone}.`
        : 'Would you like a new appointment? Book it on the website where you made this one.',
    smsBookAgain: 'New appointment? Book on the website or call',
    manageEarlier: 'Use the link in your first confirmation to move or cancel.',
    when: 'When',
    where: 'Where',
    reference: 'Reference',
    manage: 'Move or cancel',
    calendar: 'The appointment is attached to this email, for your calendar.',
    channel: { 'in-person': 'in person', phone: 'by phone', video: 'by video' },
    summary: 'Talk with a case manager',
    icsDescription: (reference: string) =>
      `Reference ${reference}. Use the link in your confirmation to move or cancel.`,
    sms: {
      'appointment-booked': 'Appointment case manager',
      'appointment-rescheduled': 'Appointment moved to',
      'appointment-cancelled': 'Cancelled: appointment case manager',
      'appointment-cancelled-by-organisation': 'Cannot go ahead: appointment case manager',
      'appointment-reminder': 'Reminder: appointment case manager',
    },
    smsManage: 'Change',
    callbackSubject: 'We will call you back',
    callbackText: (reference: string, location: string) =>
      `We received your request to be called back. A case manager from ${location} will call you. Reference ${reference}.`,
    noReply: 'You cannot reply to this email. Is it urgent? Call 112, or Veilig Thuis: 0800-2000.',
  },
} as const;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function place(language: MessageLanguage, slot: Slot, location: Location): string {
  const channel = texts[language].channel[slot.channel];
  if (slot.channel !== 'in-person' || !location.address) return `${location.name}, ${channel}`;
  const { street, postalCode, city } = location.address;
  return `${location.name}, ${street}, ${postalCode} ${city}`;
}

/** The HTML part of an email: one paragraph per part, a link as its own paragraph. */
export function html(
  language: MessageLanguage,
  paragraphs: readonly (string | { label: string; href: string })[],
): string {
  const body = paragraphs
    .map((part) =>
      typeof part === 'string'
        ? `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`
        : `<p><a href="${escapeHtml(part.href)}">${escapeHtml(part.label)}</a></p>`,
    )
    .join('\n');
  return `<!doctype html>\n<html lang="${language}"><head><meta charset="utf-8"></head><body style="font-family: sans-serif; line-height: 1.5">\n${body}\n</body></html>\n`;
}

/** `20260331T100000`: a moment as local time in Europe/Amsterdam. */
function amsterdamLocal(iso: string): string {
  const instant = new Date(iso);
  const local = new Date(instant.getTime() + amsterdamOffsetMinutes(instant) * 60_000);
  return local
    .toISOString()
    .replace(/\.\d{3}Z$/, '')
    .replace(/[-:]/g, '');
}

const amsterdamTimeZone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * The SDK's iCalendar file, with Europe/Amsterdam's VTIMEZONE and the times in it (calendars
 * show the Dutch time however the reader's device is set), and a SEQUENCE that grows with every
 * change so a calendar replaces the entry it has.
 */
export function appointmentIcs(
  appointment: Appointment,
  language: MessageLanguage,
  now: Date,
): string {
  const ics = appointmentToIcs(appointment, {
    summary: texts[language].summary,
    description: texts[language].icsDescription(appointment.reference),
    now,
  });
  const sequence = Math.max(0, Math.floor((now.getTime() - Date.UTC(2024, 0, 1)) / 1000));
  return ics
    .replace('BEGIN:VEVENT\r\n', `${amsterdamTimeZone.join('\r\n')}\r\nBEGIN:VEVENT\r\n`)
    .replace(/^(UID:[^\r]*)\r\n/m, `$1\r\nSEQUENCE:${sequence}\r\n`)
    .replace(
      `DTSTART:${utcOf(appointment.slot.start)}`,
      `DTSTART;TZID=Europe/Amsterdam:${amsterdamLocal(appointment.slot.start)}`,
    )
    .replace(
      `DTEND:${utcOf(appointment.slot.end)}`,
      `DTEND;TZID=Europe/Amsterdam:${amsterdamLocal(appointment.slot.end)}`,
    );
}

function utcOf(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

const isCancellation = (kind: AppointmentFacts['kind']) =>
  kind === 'appointment-cancelled' || kind === 'appointment-cancelled-by-organisation';

/**
 * What follows the facts: the manage link (or, when staff moved the appointment and there is
 * none, where it is), why the organisation cancelled and how to book again, the calendar note.
 */
function afterDetails(
  facts: AppointmentFacts,
  language: MessageLanguage,
): (string | { label: string; href: string })[] {
  const t = texts[language];
  if (facts.kind === 'appointment-cancelled-by-organisation') {
    const reason = facts.reason ? t.reason[facts.reason] : undefined;
    return [...(reason ? [reason] : []), t.bookAgain(facts.location.phone)];
  }
  if (facts.kind === 'appointment-cancelled') return [];
  const manage = facts.manageLink
    ? [{ label: t.manage, href: facts.manageLink }]
    : facts.kind === 'appointment-rescheduled'
      ? [t.manageEarlier]
      : [];
  return [...manage, ...(facts.kind === 'appointment-reminder' ? [] : [t.calendar])];
}

/** An email about an appointment: the facts, the manage link, the .ics (not with a reminder). */
export function appointmentEmail(
  facts: AppointmentFacts,
  language: MessageLanguage,
  now: Date,
): RenderedMessage {
  const t = texts[language];
  const when = `${longDate(language, facts.slot.start)}, ${clockTime(language, facts.slot.start)}–${clockTime(language, facts.slot.end)}`;
  const details = [
    `${t.when}: ${when}`,
    `${t.where}: ${place(language, facts.slot, facts.location)}`,
    `${t.reference}: ${facts.reference}`,
  ].join('\n');
  const parts = [t.hello, t.lead[facts.kind], details, ...afterDetails(facts, language), t.noReply];
  const appointment: Appointment = {
    reference: facts.reference,
    status: isCancellation(facts.kind) ? 'cancelled' : 'booked',
    topic: facts.topic,
    slot: facts.slot,
    location: facts.location,
    createdAt: facts.createdAt,
  };
  const text = parts.map((part) =>
    typeof part === 'string' ? part : `${part.label}: ${part.href}`,
  );
  return {
    subject: `${t.subject[facts.kind]} (${facts.reference})`,
    text: `${text.join('\n\n')}\n`,
    html: html(language, parts),
    ics:
      facts.kind === 'appointment-reminder'
        ? undefined
        : appointmentIcs(appointment, language, now),
  };
}

/** A text message about an appointment, in one SMS of GSM-7 where it can be. */
export function appointmentSms(
  facts: AppointmentFacts,
  language: MessageLanguage,
): RenderedMessage {
  const t = texts[language];
  const when = `${shortDate(language, facts.slot.start)} ${clockTime(language, facts.slot.start)}`;
  const link = facts.shortManageLink ?? facts.manageLink;
  const phone = facts.location.phone;
  const manage = link
    ? ` ${t.smsManage}: ${link}`
    : facts.kind === 'appointment-cancelled-by-organisation' && phone
      ? ` ${t.smsBookAgain} ${phone}.`
      : '';
  const head = `${t.sms[facts.kind]} ${when}`;
  const text = fitSms([
    `${head}, ${place(language, facts.slot, facts.location)}. ${t.reference} ${facts.reference}.${manage}`,
    `${head}, ${facts.location.name}. ${t.reference} ${facts.reference}.${manage}`,
    `${head}, ${facts.location.name}.${manage}`,
    `${head}.${manage}`,
  ]);
  return { subject: t.subject[facts.kind], text, html: undefined, ics: undefined };
}

/** The text message confirming a call-back request. */
export function callbackSms(
  reference: string,
  location: Location,
  language: MessageLanguage,
): RenderedMessage {
  const t = texts[language];
  return {
    subject: t.callbackSubject,
    text: fitSms([t.callbackText(reference, location.name), t.callbackText(reference, 'Vangnet')]),
    html: undefined,
    ics: undefined,
  };
}

const serviceNames: Record<string, string> = {
  pluscoaching: 'Pluscoaching',
  absenteeism: 'schoolverzuim',
};

/**
 * The coordinators' notice of a new referral: the service, the municipality and a link to the
 * workspace — deliberately nothing about the young person, the referrer or the reference.
 */
export function referralWaitingEmail(
  service: string,
  municipality: string,
  workspaceUrl: string,
): RenderedMessage {
  const name = serviceNames[service] ?? service;
  const lines = [
    'Hallo,',
    `Er wacht een nieuwe aanmelding voor ${name} in ${municipality}.`,
    'In deze e-mail staan bewust geen gegevens van de aanmelding. Je leest ze in de werkruimte:',
  ];
  return {
    subject: `Nieuwe aanmelding wacht: ${name}, ${municipality}`,
    text: `${[...lines, workspaceUrl].join('\n\n')}\n`,
    html: html('nl', [...lines, { label: workspaceUrl, href: workspaceUrl }]),
    ics: undefined,
  };
}
