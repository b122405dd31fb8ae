import type { OutboxMessageKey } from './outbox.messages.ts';

// The outbox section's texts in Polish (plain words, short sentences), fetched when chosen.

export const pl: Readonly<Record<OutboxMessageKey, string>> = {
  title: 'Wiadomości',
  intro: 'E-maile i SMS-y, które wysyła serwer, najnowsze na górze.',
  'intro.content':
    'Logowanie testowe jest włączone: widzisz też, do kogo idzie wiadomość, i jej tekst. Bez serwera poczty e-maile zostają tutaj.',
  refresh: 'Odśwież',
  refreshed: 'Lista jest aktualna. Wiadomości: {count}.',
  filter: 'Status',
  'filter.all': 'Wszystkie',
  empty: 'Nie ma wiadomości.',
  shown: 'Wiadomości: {count}',
  'state.pending': 'Czeka na wysłanie',
  'state.sent': 'Wysłane',
  'state.dead': 'Błąd: nie wysłano',
  'channel.email': 'E-mail',
  'channel.sms': 'SMS',
  'kind.appointment-booked': 'Wizyta umówiona',
  'kind.appointment-rescheduled': 'Wizyta przeniesiona',
  'kind.appointment-cancelled': 'Wizyta odwołana',
  'kind.appointment-reminder': 'Przypomnienie o wizycie',
  'kind.referral-waiting': 'Nowe zgłoszenie czeka',
  'kind.callback-received': 'Nowa prośba o telefon',
  kind: 'Rodzaj',
  channel: 'Kanał',
  state: 'Status',
  reference: 'Numer',
  attempts: 'Próby',
  createdAt: 'Utworzono',
  deliveredAt: 'Wysłano',
  nextAttemptAt: 'Następna próba',
  lastError: 'Ostatni błąd',
  to: 'Do',
  text: 'Tekst',
};
