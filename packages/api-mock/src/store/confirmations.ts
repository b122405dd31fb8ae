import type { Location, Slot } from '@vangnet/sdk';
import type { MockContext } from '../context.ts';
import type { OutboxMessage } from './outbox.ts';
import type { StoredAppointment } from './store.ts';

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

const subjects: Record<OutboxMessage['kind'], string> = {
  'appointment-booked': 'Je afspraak met een casemanager',
  'appointment-rescheduled': 'Je afspraak is verzet',
  'appointment-cancelled': 'Je afspraak is afgezegd',
};

/**
 * Records the message the API would send about an appointment, to the email address or mobile
 * number the young person preferred. The manage link carries reference and token in its fragment,
 * which browsers never send to a server.
 */
export function sendAppointmentMessage(
  mock: MockContext,
  kind: OutboxMessage['kind'],
  appointment: StoredAppointment,
  slot: Slot,
  location: Location,
): OutboxMessage {
  const { contact } = appointment.input;
  const channel =
    contact.preferred === 'sms' && contact.phone ? 'sms' : contact.email ? 'email' : 'sms';
  const to = (channel === 'email' ? contact.email : contact.phone) ?? '';
  const manageLink = `${mock.manageUrl}#beheer=${appointment.reference}.${appointment.token}`;
  const moment = when.format(new Date(slot.start));
  const lines =
    kind === 'appointment-cancelled'
      ? [`Je afspraak van ${moment} is afgezegd.`, `Referentie: ${appointment.reference}.`]
      : [
          `${kind === 'appointment-rescheduled' ? 'Je nieuwe afspraak' : 'Je afspraak'} met een casemanager: ${moment}, ${place(slot, location)}.`,
          `Referentie: ${appointment.reference}.`,
          `Verzetten of afzeggen: ${manageLink}`,
        ];
  const message: OutboxMessage = {
    kind,
    channel,
    to,
    subject: subjects[kind],
    text: lines.join('\n'),
    reference: appointment.reference,
    sentAt: mock.clock.now().toISOString(),
  };
  if (kind !== 'appointment-cancelled') message.manageLink = manageLink;
  mock.outbox.push(message);
  return message;
}
