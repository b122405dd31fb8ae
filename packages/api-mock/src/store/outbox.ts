/** A message the API "sent": the mock records it instead. */
export interface OutboxMessage {
  kind: 'appointment-booked' | 'appointment-rescheduled' | 'appointment-cancelled';
  channel: 'email' | 'sms';
  /** The email address or mobile number given with the booking. */
  to: string;
  subject: string;
  text: string;
  /** The appointment reference. */
  reference: string;
  /** The manage link, the reference and token in its fragment: `…#beheer=<ref>.<token>`. */
  manageLink?: string;
  sentAt: string;
}
