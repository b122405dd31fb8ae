/** What a message is about. */
export type MessageKind =
  'appointment-booked' | 'appointment-rescheduled' | 'appointment-cancelled';

/**
 * A message the API sends, queued in the same transaction as what caused it. The mock keeps it in
 * an array tests read; the server's outbox delivers it.
 */
export interface OutboxMessage {
  /** Unique per message: a retried delivery carries the same id, so it is never a second message. */
  id: string;
  kind: MessageKind;
  channel: 'email' | 'sms';
  /** The email address or mobile number given with the booking. */
  to: string;
  subject: string;
  text: string;
  /** The appointment reference. */
  reference: string;
  /** The manage link, the reference and token in its fragment: `…#beheer=<ref>.<token>`. */
  manageLink?: string;
  /** When it was queued (the API's clock). */
  sentAt: string;
}
