import {
  addDays,
  amsterdamInstant,
  amsterdamOffsetMinutes,
  type Clock,
  type MessageAbout,
  type OutboxMessage,
  type StoredCallbackRequest,
  type StoredReferral,
} from '@vangnet/api-core';
import {
  isDutchMobileNumber,
  type Catalog,
  type Location,
  type ReferralStatus,
  type StaffCancelReason,
} from '@vangnet/sdk';
import type { ReferralNotifications } from '../config.ts';
import type { Queryable } from '../database/database.ts';
import { currentMessageLanguage, type MessageLanguage } from './language.ts';
import { referralStatusEmail } from './referral-status.ts';
import {
  appointmentEmail,
  appointmentSms,
  callbackSms,
  referralWaitingEmail,
  type AppointmentFacts,
  type RenderedMessage,
} from './render.ts';

/**
 * What the store writes to the outbox, inside the transaction of what caused it: the core's
 * messages, and the server's own (reminders, call-back and referral notices).
 */
export interface OutboxWriter {
  /**
   * An appointment's message, rendered from what the core knew (`about`): a booking waits on each
   * round trip inside its transaction, so the appointment is not read back.
   */
  enqueue(tx: Queryable, message: OutboxMessage, about: MessageAbout): Promise<void>;
  referralCreated(tx: Queryable, referral: StoredReferral): Promise<void>;
  callbackRequested(tx: Queryable, request: StoredCallbackRequest): Promise<void>;
  /**
   * A message about an appointment staff cancelled (`appointment-cancelled`: written as
   * "cancelled by the organisation", with the reason's sentence) or moved, in the language the
   * young person booked in.
   */
  appointmentChangedByStaff(
    tx: Queryable,
    message: OutboxMessage,
    reason: StaffCancelReason | undefined,
    about: MessageAbout,
  ): Promise<void>;
  /** The referrer's notice of a status change, when the operator turned it on. */
  referralStatusChanged(tx: Queryable, change: ReferralStatusChange): Promise<void>;
}

/** A coordinator's status change, as the referrer's notice needs it. */
export interface ReferralStatusChange {
  reference: string;
  status: ReferralStatus;
  /** The referrer's email address, from the referral. */
  recipient: string;
  /** The language the referral was sent in. */
  language: MessageLanguage;
  organisationName: string | undefined;
}

/** A row of the outbox as the writer inserts it. */
interface OutboxRow {
  id: string;
  kind: string;
  channel: 'email' | 'sms';
  recipient: string;
  reference: string;
  manageLink: string | undefined;
  createdAt: Date;
  dueAt: Date;
  language: MessageLanguage;
  appointmentStart: string | undefined;
  rendered: RenderedMessage;
}

const outboxColumns = 14;

/** Stores `rows` in one statement: a booking's confirmation and reminder are one round trip. */
async function insertRows(tx: Queryable, rows: readonly OutboxRow[]): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map(
    (_, row) =>
      `(${Array.from({ length: outboxColumns }, (_, column) => `$${row * outboxColumns + column + 1}`).join(', ')})`,
  );
  await tx.query(
    `insert into outbox (id, kind, channel, recipient, subject, body, reference, manage_link,
       created_at, next_attempt_at, language, html, ics, appointment_start)
     values ${values.join(', ')}`,
    rows.flatMap((row) => [
      row.id,
      row.kind,
      row.channel,
      row.recipient,
      row.rendered.subject,
      row.rendered.text,
      row.reference,
      row.manageLink ?? null,
      row.createdAt.toISOString(),
      row.dueAt.toISOString(),
      row.language,
      row.rendered.html ?? null,
      row.rendered.ics ?? null,
      row.appointmentStart ?? null,
    ]),
  );
}

const insertRow = (tx: Queryable, row: OutboxRow): Promise<void> => insertRows(tx, [row]);

/** The core's message as it is, in the columns of the first migration (no worker rendering). */
export const plainOutboxWriter: OutboxWriter = {
  async enqueue(tx, message) {
    await tx.query(
      `insert into outbox (id, kind, channel, recipient, subject, body, reference, manage_link, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        message.id,
        message.kind,
        message.channel,
        message.to,
        message.subject,
        message.text,
        message.reference,
        message.manageLink ?? null,
        message.sentAt,
      ],
    );
  },
  referralCreated: async () => undefined,
  callbackRequested: async () => undefined,
  appointmentChangedByStaff: (tx, message, _reason, about) =>
    plainOutboxWriter.enqueue(tx, message, about),
  referralStatusChanged: async () => undefined,
};

export interface OutboxWriterOptions {
  clock: Clock;
  /** Hours before the appointment; whole days count in Amsterdam's calendar. 0: none. */
  reminderHours: number;
  /** For the short manage link of text messages (`<publicUrl>/m#beheer=…`); absent: the full one. */
  publicUrl: string | undefined;
  /** The staff workspace, linked from the coordinators' notices. */
  workspaceUrl: string;
  notifyReferrals: ReferralNotifications;
  /** Tells the referrer when a coordinator changes the status (`VANGNET_NOTIFY_REFERRER`). */
  notifyReferrer?: boolean;
}

/**
 * When the reminder of an appointment at `start` goes out: the same wall-clock time whole days
 * earlier (so "a day before" stays 10:00 when the clocks change in between), less the hours left.
 */
export function reminderTime(start: string, hours: number): Date {
  const instant = new Date(start);
  const local = new Date(instant.getTime() + amsterdamOffsetMinutes(instant) * 60_000);
  const date = local.toISOString().slice(0, 10);
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  const days = Math.floor(hours / 24);
  const sameTime = amsterdamInstant(addDays(date, -days), minutes);
  return new Date(sameTime.getTime() - (hours % 24) * 3_600_000);
}

/** The language the young person booked in: that of the first message about the appointment. */
async function bookedLanguage(tx: Queryable, reference: string): Promise<MessageLanguage> {
  const { rows } = await tx.query<{ language: MessageLanguage }>(
    'select language from outbox where reference = $1 order by seq limit 1',
    [reference],
  );
  return rows[0]?.language ?? 'nl';
}

async function locationById(tx: Queryable, id: string): Promise<Location | undefined> {
  const { rows } = await tx.query<{ data: Location }>('select data from locations where id = $1', [
    id,
  ]);
  return rows[0]?.data;
}

/** Renders every message of the server in the person's language and stores it, due now. */
export function createOutboxWriter(options: OutboxWriterOptions): OutboxWriter {
  const { clock } = options;
  const shortLink = (link: string | undefined) => {
    const fragment = link?.split('#')[1];
    return options.publicUrl && fragment ? `${options.publicUrl}/m#${fragment}` : undefined;
  };
  const render = (facts: AppointmentFacts, channel: 'email' | 'sms', language: MessageLanguage) =>
    channel === 'email'
      ? appointmentEmail(facts, language, clock.now())
      : appointmentSms(facts, language);
  /** Renders and stores an appointment's message, and replaces its reminder. */
  const queueAppointment = async (
    tx: Queryable,
    message: OutboxMessage,
    language: MessageLanguage,
    reason: StaffCancelReason | undefined,
    about: MessageAbout,
  ) => {
    const { slot, location, appointment } = about;
    const kind =
      reason !== undefined && message.kind === 'appointment-cancelled'
        ? 'appointment-cancelled-by-organisation'
        : message.kind;
    const now = clock.now();
    const facts: AppointmentFacts = {
      kind,
      reason,
      reference: message.reference,
      topic: appointment.topic,
      slot,
      location,
      createdAt: new Date(appointment.createdAt).toISOString(),
      manageLink: message.manageLink,
      shortManageLink: shortLink(message.manageLink),
    };
    const base = {
      channel: message.channel,
      recipient: message.to,
      reference: message.reference,
      manageLink: message.manageLink,
      language,
      appointmentStart: slot.start,
    };
    if (message.kind !== 'appointment-booked') {
      // The reminder of the old time goes; a moved appointment gets one for its new time.
      await tx.query(
        "delete from outbox where reference = $1 and kind = 'appointment-reminder' and state = 'pending'",
        [message.reference],
      );
    }
    const rowsToInsert: OutboxRow[] = [
      {
        ...base,
        id: message.id,
        kind,
        createdAt: new Date(message.sentAt),
        dueAt: now,
        rendered: render(facts, message.channel, language),
      },
    ];
    const due =
      message.kind === 'appointment-cancelled' || options.reminderHours === 0
        ? undefined
        : reminderTime(slot.start, options.reminderHours);
    // Booked less than the reminder time ahead: the confirmation is the reminder.
    if (due && due.getTime() > now.getTime())
      rowsToInsert.push({
        ...base,
        id: crypto.randomUUID(),
        kind: 'appointment-reminder',
        // Queued just after the confirmation, so lists in order of creation show that first.
        createdAt: new Date(new Date(message.sentAt).getTime() + 1),
        dueAt: due,
        rendered: render({ ...facts, kind: 'appointment-reminder' }, message.channel, language),
      });
    await insertRows(tx, rowsToInsert);
  };
  return {
    enqueue: (tx, message, about) =>
      queueAppointment(tx, message, currentMessageLanguage(), undefined, about),
    async appointmentChangedByStaff(tx, message, reason, about) {
      const language = await bookedLanguage(tx, message.reference);
      // A staff cancellation always reads as the organisation's, with or without a reason.
      const why = message.kind === 'appointment-cancelled' ? (reason ?? 'other') : undefined;
      await queueAppointment(tx, message, language, why, about);
    },
    async referralStatusChanged(tx, change) {
      if (!options.notifyReferrer) return;
      const now = clock.now();
      await insertRow(tx, {
        id: crypto.randomUUID(),
        kind: 'referral-status-changed',
        channel: 'email',
        recipient: change.recipient,
        reference: change.reference,
        manageLink: undefined,
        createdAt: now,
        dueAt: now,
        language: change.language,
        appointmentStart: undefined,
        rendered: referralStatusEmail(change, change.language),
      });
    },
    async referralCreated(tx, referral) {
      const notify = options.notifyReferrals;
      const recipients = [
        ...new Set([
          ...(notify[referral.service] ?? []),
          ...(notify[`${referral.service}/${referral.municipality}`] ?? []),
        ]),
      ];
      if (recipients.length === 0) return;
      const { rows } = await tx.query<{ data: Catalog }>('select data from catalogs');
      const municipality =
        rows
          .flatMap((row) => row.data.municipalities)
          .find((candidate) => candidate.id === referral.municipality)?.name ??
        referral.municipality;
      const now = clock.now();
      const rendered = referralWaitingEmail(referral.service, municipality, options.workspaceUrl);
      await insertRows(
        tx,
        recipients.map((recipient) => ({
          id: crypto.randomUUID(),
          kind: 'referral-waiting',
          channel: 'email',
          recipient,
          reference: referral.reference,
          manageLink: undefined,
          createdAt: now,
          dueAt: now,
          language: 'nl',
          appointmentStart: undefined,
          rendered,
        })),
      );
    },
    async callbackRequested(tx, request) {
      const location = await locationById(tx, request.input.location);
      const { phone } = request.input;
      // A Dutch landline cannot take a text message; the call-back itself still comes.
      if (!location || (phone.replace(/\D/g, '').startsWith('0') && !isDutchMobileNumber(phone)))
        return;
      const language = currentMessageLanguage();
      const now = clock.now();
      await insertRow(tx, {
        id: crypto.randomUUID(),
        kind: 'callback-received',
        channel: 'sms',
        recipient: phone,
        reference: request.reference,
        manageLink: undefined,
        createdAt: now,
        dueAt: now,
        language,
        appointmentStart: undefined,
        rendered: callbackSms(request.reference, location, language),
      });
    },
  };
}
