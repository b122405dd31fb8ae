import type { Catalog } from '../../i18n/index.ts';
import type { StatusMessageKey } from './nl.ts';

/** Polish messages of the referral status, in simple Polish. */
export const pl = {
  'status.title': 'Jaki jest status zgłoszenia?',
  'status.loading': 'Szukamy zgłoszenia…',
  'status.none':
    'Otwórz link do statusu z potwierdzenia zgłoszenia. Wtedy zobaczysz tutaj, jaki jest jego status.',
  'status.invalid':
    'Ten link nie działa. Może nie został skopiowany w całości. Otwórz link ponownie z potwierdzenia albo zadzwoń do nas z numerem zgłoszenia.',
  'status.failed': 'Nie możemy teraz znaleźć zgłoszenia.',
  'status.retry': 'Spróbuj ponownie',
  'status.reference': 'Numer zgłoszenia',
  'status.service': 'Rodzaj pomocy',
  'status.organisation': 'Organizacja',
  'status.received.at': 'Otrzymano',
  'status.updated.at': 'Ostatnia zmiana',
  'status.steps': 'Kroki',
  'status.done': 'gotowe',
  'status.now': 'teraz',
  'status.step.received': 'Otrzymano',
  'status.step.matched': 'Znaleziono coacha',
  'status.step.in-coaching': 'Coaching się rozpoczął',
  'status.step.closed': 'Zamknięte',
  'status.text.received':
    'Otrzymaliśmy zgłoszenie. Szukamy organizacji i coacha, którzy pasują do młodej osoby.',
  'status.text.matched':
    'Znaleziono organizację, która pasuje do młodej osoby. Coach skontaktuje się, aby się poznać.',
  'status.text.matchedWith':
    'Zgłoszenie połączono z {organisation}. Coach skontaktuje się, aby się poznać.',
  'status.text.in-coaching': 'Coaching się rozpoczął.',
  'status.text.closed': 'Zgłoszenie jest zamknięte. Nic więcej się z nim nie dzieje.',
  'status.privacy': 'Na tej stronie nie ma imion ani innych danych młodej osoby.',
} as const satisfies Catalog<StatusMessageKey>;
