import { createTranslator } from '../../translate.ts';

// The outbox section's texts: Dutch (B1, the reference) and English, same keys;
// Arabic, Turkish and Polish beside them, fetched when chosen.

export const nl = {
  title: 'Berichten',
  intro: 'De e-mails en sms-berichten die de server verstuurt, de nieuwste eerst.',
  'intro.content':
    'De ontwikkel-inlog staat aan: je ziet ook aan wie een bericht gaat en de tekst. Zonder mailserver blijven e-mails hier staan.',
  refresh: 'Vernieuwen',
  refreshed: 'De lijst is bijgewerkt: {count} berichten.',
  filter: 'Status',
  'filter.all': 'Alle',
  empty: 'Er zijn geen berichten.',
  shown: '{count} berichten',
  'state.pending': 'Wacht op versturen',
  'state.sent': 'Verstuurd',
  'state.dead': 'Mislukt: niet verstuurd',
  'channel.email': 'E-mail',
  'channel.sms': 'Sms',
  'kind.appointment-booked': 'Afspraak gemaakt',
  'kind.appointment-rescheduled': 'Afspraak verzet',
  'kind.appointment-cancelled': 'Afspraak afgezegd',
  'kind.appointment-reminder': 'Herinnering afspraak',
  'kind.referral-waiting': 'Nieuwe aanmelding wacht',
  'kind.callback-received': 'Terugbelverzoek ontvangen',
  kind: 'Soort',
  channel: 'Kanaal',
  state: 'Status',
  reference: 'Nummer',
  attempts: 'Pogingen',
  createdAt: 'Gemaakt',
  deliveredAt: 'Verstuurd',
  nextAttemptAt: 'Volgende poging',
  lastError: 'Laatste fout',
  to: 'Aan',
  text: 'Tekst',
} as const;

/** The keys of the outbox section's texts. */
export type OutboxMessageKey = keyof typeof nl;

export const en: Readonly<Record<OutboxMessageKey, string>> = {
  title: 'Messages',
  intro: 'The emails and text messages the server sends, newest first.',
  'intro.content':
    'The development sign-in is on: you also see who a message goes to and its text. Without a mail server, emails stay here.',
  refresh: 'Refresh',
  refreshed: 'The list is up to date: {count} messages.',
  filter: 'State',
  'filter.all': 'All',
  empty: 'There are no messages.',
  shown: '{count} messages',
  'state.pending': 'Waiting to be sent',
  'state.sent': 'Sent',
  'state.dead': 'Failed: not sent',
  'channel.email': 'Email',
  'channel.sms': 'Text message',
  'kind.appointment-booked': 'Appointment booked',
  'kind.appointment-rescheduled': 'Appointment moved',
  'kind.appointment-cancelled': 'Appointment cancelled',
  'kind.appointment-reminder': 'Appointment reminder',
  'kind.referral-waiting': 'New referral waiting',
  'kind.callback-received': 'Call-back request received',
  kind: 'Kind',
  channel: 'Channel',
  state: 'State',
  reference: 'Reference',
  attempts: 'Attempts',
  createdAt: 'Created',
  deliveredAt: 'Sent',
  nextAttemptAt: 'Next attempt',
  lastError: 'Last error',
  to: 'To',
  text: 'Text',
};

/** The outbox section's translator: nl, en, and ar, tr, pl once fetched; Dutch otherwise. */
export const outboxTranslator = createTranslator('outbox', { nl, en });
