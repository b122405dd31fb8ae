import type { Location, Slot } from '@vangnet/sdk';
import type { ApiContext } from '../context.ts';
import type { StoredAppointment } from '../store.ts';
import type { MessageKind, OutboxMessage } from './outbox.ts';

const when = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const channelText: Record<Slot['channel'], string> = {
  'in-person': 'op locatie',
  phone: 'aan de telefoon',
  video: 'via video',
};

function place(slot: Slot, location: Location): string {
  if (slot.channel !== 'in-person' || !location.address)
    return `${location.name}, ${channelText[slot.channel]}`;
  const { street, postalCode, city } = location.address;
  return `${location.name}, ${street}, ${postalCode} ${city}`;
}

const subjects: Record<MessageKind, string> = {
  'appointment-booked': 'Je afspraak met een casemanager',
  'appointment-rescheduled': 'Je afspraak is verzet',
  'appointment-cancelled': 'Je afspraak is afgezegd',
};

/** Where a message is about: the slot and its location. */
export interface MessagePlace {
  slot: Slot;
  location: Location;
}

/**
 * The message the API sends about an appointment, to the email address or mobile number the young
 * person preferred. The manage link carries reference and token in its fragment, which browsers
 * never send to a server. Without the token (staff act on a booking, and the token is only kept
 * hashed) the message has no link: the one in the first confirmation still works.
 */
export function appointmentMessage(
  api: Pick<ApiContext, 'clock' | 'manageUrl'>,
  kind: MessageKind,
  appointment: StoredAppointment,
  token: string | undefined,
  { slot, location }: MessagePlace,
): OutboxMessage {
  const { contact } = appointment.input;
  const channel =
    contact.preferred === 'sms' && contact.phone ? 'sms' : contact.email ? 'email' : 'sms';
  const to = (channel === 'email' ? contact.email : contact.phone) ?? '';
  const manageLink = token
    ? `${api.manageUrl}#beheer=${appointment.reference}.${token}`
    : undefined;
  const moment = when.format(new Date(slot.start));
  const lines =
    kind === 'appointment-cancelled'
      ? [`Je afspraak van ${moment} is afgezegd.`, `Referentie: ${appointment.reference}.`]
      : [
          `${kind === 'appointment-rescheduled' ? 'Je nieuwe afspraak' : 'Je afspraak'} met een casemanager: ${moment}, ${place(slot, location)}.`,
          `Referentie: ${appointment.reference}.`,
          manageLink
            ? `Verzetten of afzeggen: ${manageLink}`
            : 'Verzetten of afzeggen kan met de link uit je eerste bevestiging.',
        ];
  const message: OutboxMessage = {
    id: crypto.randomUUID(),
    kind,
    channel,
    to,
    subject: subjects[kind],
    text: lines.join('\n'),
    reference: appointment.reference,
    sentAt: api.clock.now().toISOString(),
  };
  if (kind !== 'appointment-cancelled' && manageLink) message.manageLink = manageLink;
  return message;
}
