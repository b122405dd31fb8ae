import type { Catalog } from '../types.ts';
import type { KitMessageKey } from './nl.ts';

/** The kit's Polish messages. */
export const pl: Catalog<KitMessageKey> = {
  'field.required': '(wymagane)',
  'field.errorPrefix': 'Błąd:',
  'select.placeholder': 'Wybierz opcję',

  'dateOfBirth.day': 'Dzień',
  'dateOfBirth.month': 'Miesiąc',
  'dateOfBirth.year': 'Rok',
  'dateOfBirth.hint': 'Na przykład: 14 3 2009',

  'counter.remaining': {
    one: 'Został {count} znak',
    few: 'Zostały {count} znaki',
    many: 'Zostało {count} znaków',
    other: 'Zostało {count} znaku',
  },
  'counter.over': {
    one: '{count} znak za dużo',
    few: '{count} znaki za dużo',
    many: '{count} znaków za dużo',
    other: '{count} znaku za dużo',
  },

  'summary.title': {
    one: 'Jest 1 problem',
    few: 'Są {count} problemy',
    many: 'Jest {count} problemów',
    other: 'Jest {count} problemu',
  },
  'summary.intro': 'Kliknij błąd, aby przejść do pola.',

  'stepper.label': 'Postęp',
  'stepper.progress': 'Krok {current} z {total}',
  'stepper.done': '(gotowe)',
  'stepper.current': '(bieżący krok)',

  'nav.next': 'Dalej',
  'nav.back': 'Wstecz',
  'nav.submit': 'Wyślij',

  'review.change': 'Zmień',
  'review.empty': 'Nie wypełniono',

  'busy.sending': 'Wysyłanie…',

  'retry.title': 'Nie udało się wysłać',
  'retry.offline': 'Brak połączenia z internetem.',
  'retry.network': 'Nie można połączyć się z serwerem.',
  'retry.server': 'Coś poszło nie tak po naszej stronie.',
  'retry.rateLimited': 'Obecnie wpływa zbyt wiele zgłoszeń.',
  'retry.rateLimitedWait': 'Spróbuj ponownie za {seconds} s.',
  'retry.kept': 'To, co wpisano, nie zostało utracone.',
  'retry.action': 'Spróbuj ponownie',

  'emergency.title': 'Nie w nagłych wypadkach',
  'emergency.danger': 'Czy istnieje bezpośrednie zagrożenie? Zadzwoń pod 112.',
  'emergency.veiligThuis':
    'Martwisz się przemocą domową lub krzywdzeniem dziecka? Zadzwoń do Veilig Thuis: 0800-2000. Bezpłatnie, całą dobę.',

  'validation.required': 'Wypełnij to pole.',
  'validation.choose': 'Wybierz opcję.',
  'validation.chooseAtLeast': { other: 'Wybierz co najmniej {minimum}.' },
  'validation.chooseAtMost': { other: 'Wybierz najwyżej {maximum}.' },
  'validation.tooShort': { other: 'Użyj co najmniej {minimum} znaków.' },
  'validation.tooLong': { other: 'Użyj najwyżej {maximum} znaków.' },
  'validation.email': 'Wpisz adres e-mail, np. imie@example.org.',
  'validation.phone':
    'Wpisz numer telefonu, np. 06 00000000, lub numer międzynarodowy zaczynający się od +.',
  'validation.url': 'Wpisz adres strony zaczynający się od https://.',
  'validation.date': 'Wpisz prawdziwą datę.',
  'validation.format': 'To się nie zgadza. Sprawdź jeszcze raz.',
  'validation.invalid': 'To się nie zgadza. Sprawdź jeszcze raz.',
  'validation.contact-required': 'Wpisz adres e-mail lub numer telefonu.',
  'validation.dateIncomplete': 'Wpisz dzień, miesiąc i rok.',
  'validation.dateNotReal': 'Taka data nie istnieje. Sprawdź dzień i miesiąc.',
  'validation.yearFormat': 'Wpisz rok czterema cyframi, np. 2009.',
  'validation.dateInFuture': 'Ta data jest w przyszłości.',
  'validation.dateTooEarly': 'Ta data jest zbyt odległa.',
};
