import type { Catalog } from '../../i18n/index.ts';
import type { ReferralMessageKey } from './nl.ts';

/**
 * The referral form's Polish messages: plain imperatives ("Wpisz", "Wybierz") as in the kit. An
 * age stands after "wiek:" where it can be any number: "lat" or "lata" depends on the number.
 */
export const pl = {
  'form.name': 'Zgłoszenie',
  'form.intro':
    'Zgłoś ucznia lub studenta do pomocy. Zajmie to około 10 minut. To, co wpiszesz, zostaje tylko na tym ekranie, aż to wyślesz.',
  'form.noServices':
    'W tej gminie nie można zgłosić młodej osoby przez ten formularz. Skontaktuj się z gminą.',

  'step.service': 'Jakiej pomocy szukasz?',
  'step.referrer': 'O tobie',
  'step.youngPerson': 'O młodej osobie',
  'step.supportNeed': 'Co się dzieje?',
  'step.preference': 'Preferencje',
  'step.consent': 'Zgoda',
  'step.review': 'Sprawdź zgłoszenie',

  'service.municipality': 'Gmina, w której jest szkoła',
  'service.municipalityHint': 'Dostępna pomoc zależy od gminy.',
  'service.service': 'Rodzaj pomocy',
  'service.chooseMunicipalityFirst': 'Najpierw wybierz gminę. Wtedy zobaczysz dostępną pomoc.',

  'referrer.organisation': 'Szkoła lub organizacja',
  'referrer.name': 'Twoje imię i nazwisko',
  'referrer.role': 'Twoje stanowisko',
  'referrer.email': 'Twój adres e-mail',
  'referrer.emailHint': 'Na ten adres wyślemy potwierdzenie.',
  'referrer.phone': 'Twój numer telefonu',
  'referrer.phoneHint': 'Zadzwonimy, jeśli będziemy mieć pytanie.',

  'youngPerson.intro': 'Wpisz tylko to, co potrzebne. Nigdy nie pytamy o numer BSN ani o diagnozę.',
  'youngPerson.givenName': 'Imię',
  'youngPerson.familyName': 'Nazwisko',
  'youngPerson.dateOfBirth': 'Data urodzenia',
  'youngPerson.age': 'Wiek młodej osoby dzisiaj: {age}.',
  'youngPerson.schoolType': 'Rodzaj szkoły',
  'youngPerson.schoolLevel': 'Poziom lub grupa',
  'youngPerson.classYear': 'Klasa lub rok nauki',
  'youngPerson.classYearHint': 'Tak, jak nazywa to szkoła. Na przykład: 3B albo rok 2.',
  'youngPerson.school': 'Nazwa szkoły',

  'parent.title': 'Rodzic lub opiekun',
  'parent.requiredHint': 'Wymagane, bo młoda osoba ma mniej niż {age} lat.',
  'parent.optionalHint': 'Niewymagane, bo młoda osoba ma {age} lat lub więcej.',
  'parent.name': 'Imię i nazwisko rodzica lub opiekuna',
  'parent.relationship': 'Kim jest ta osoba?',
  'parent.relationship.parent': 'Rodzic',
  'parent.relationship.guardian': 'Opiekun prawny',
  'parent.phone': 'Numer telefonu rodzica lub opiekuna',
  'parent.email': 'Adres e-mail rodzica lub opiekuna',
  'parent.contactHint': 'Wpisz numer telefonu lub adres e-mail, albo jedno i drugie.',

  'supportNeed.reasons': 'Dlaczego zgłaszasz młodą osobę?',
  'supportNeed.reasonsHint': 'Wybierz wszystko, co pasuje.',
  'supportNeed.description': 'Co się dzieje?',
  'supportNeed.descriptionHint':
    'Napisz, co powinien wiedzieć specjalista, który będzie pomagać. Nie wpisuj informacji medycznych, które nie są potrzebne.',
  'supportNeed.triedAtSchool': 'Co szkoła już zrobiła?',
  'supportNeed.triedAtSchoolHint':
    'Na przykład: rozmowy z wychowawcą (mentorem), doradztwo zawodowe albo pomoc koordynatora wsparcia w szkole.',
  'supportNeed.helpInPlace': 'Jaka pomoc już jest?',
  'supportNeed.helpInPlaceHint':
    'Na przykład: wsparcie z OPDC albo pomoc, która trwa dalej po przejściu ze szkoły średniej (vo) do szkoły zawodowej (mbo).',

  'preference.coachingForm': 'Jaka forma coachingu pasuje najlepiej?',
  'preference.organisation': 'Preferowana organizacja',
  'preference.organisationHint':
    'Niewymagane. Nie masz preferencji? Wtedy sami wybierzemy pasującą organizację.',
  'preference.noOrganisation': 'Bez preferencji',
  'preference.organisationsFailed':
    'Nie można teraz wczytać listy organizacji. Możesz przejść dalej bez preferencji.',
  'preference.organisationSelected': 'Wybrana preferowana organizacja: {name}.',

  'consent.intro':
    'Możesz zgłosić młodą osobę tylko wtedy, gdy odpowiednie osoby wyrażą zgodę. Wiek młodej osoby: {age}. Dlatego zgodę muszą wyrazić:',
  'consent.party.young-person': 'młoda osoba',
  'consent.party.parent': 'rodzic lub opiekun',
  'consent.title.young-person': 'Zgoda młodej osoby',
  'consent.title.parent': 'Zgoda rodzica lub opiekuna',
  'consent.obtained.young-person': 'Młoda osoba zgadza się na to zgłoszenie',
  'consent.obtained.parent': 'Rodzic lub opiekun zgadza się na to zgłoszenie',
  'consent.method': 'Jak otrzymano zgodę?',
  'consent.method.in-person': 'W rozmowie osobiście',
  'consent.method.phone': 'Przez telefon',
  'consent.method.letter': 'Listem lub e-mailem',
  'consent.date': 'Kiedy?',
  'consent.dateHint': 'Na przykład: 2 3 2026',
  'consent.pluscoaching':
    'Pluscoaching jest dobrowolny. Dlatego zawsze najpierw omów zgłoszenie z młodą osobą, także jeśli ma mniej niż 12 lat.',
  'consent.discussed': 'Najpierw omówiłem/omówiłam zgłoszenie z młodą osobą',
  'consent.noAge': 'Najpierw wpisz datę urodzenia młodej osoby.',
  'consent.noBand':
    'Nie wiadomo, kto musi wyrazić zgodę w tym wieku. Skontaktuj się z organizacją, zanim zgłosisz młodą osobę.',
  'privacy.title': 'Co dzieje się z danymi?',
  'privacy.use':
    'Używamy danych tylko po to, żeby pomóc młodej osobie. Czytać je mogą tylko osoby, które zajmują się zgłoszeniem.',
  'privacy.never': 'Nigdy nie prosimy o numer BSN, diagnozę ani załączniki.',
  'privacy.browser':
    'To, co wpiszesz, nie jest zapisywane w tej przeglądarce. Jeśli zamkniesz stronę przed wysłaniem, dane znikną.',
  'privacy.rights':
    'Młoda osoba i rodzice mogą zawsze zapytać, jakie dane mamy, i poprosić o ich poprawienie.',

  'review.intro': 'Sprawdź, czy wszystko się zgadza. Coś jest nie tak? Wybierz Zmień.',
  'review.consentLine': '{party}: {method}, {date}',
  'review.discussed': 'Omówione z młodą osobą',
  'review.age': '{date} (wiek: {age})',
  'review.return': 'Wróć do sprawdzania',
  'review.send': 'Wyślij zgłoszenie',
  'review.slow': 'To trwa dłużej niż zwykle. Poczekaj chwilę, cały czas próbujemy.',
  'review.rejected':
    'Zgłoszenie nie zostało wysłane. Wystąpił błąd, którego nie naprawi ponowna próba. Skontaktuj się z administratorem tej strony. To, co wpisano, nie zostało utracone.',
  'review.fieldsRejected': 'Kilka odpowiedzi jest błędnych. Przenieśliśmy cię do pierwszego błędu.',

  'done.title': 'Zgłoszenie zostało wysłane',
  'done.reference': 'Numer referencyjny',
  'done.statusLink': 'Zobacz status tego zgłoszenia',
  'done.statusLinkHint':
    'Zachowaj ten link. Dzięki niemu zobaczysz później, czy znaleziono coacha. Link nie pokazuje danych młodej osoby.',
  'done.referenceHint': 'Zachowaj ten numer. Podaj go, gdy będziesz się z nami kontaktować.',
  'done.changesNotSent':
    'Twoja pierwsza wersja już do nas dotarła i to ją zachowaliśmy. Zmiany wprowadzone później nie zostały wysłane. Przekaż je, gdy się z nami skontaktujesz.',
  'done.service': 'Rodzaj pomocy',
  'done.organisation': 'Organizacja',
  'done.organisationNone': 'Jeszcze nie wybrano. Poszukamy pasującej organizacji.',
  'done.next': 'Co dalej?',
  'done.again': 'Nowe zgłoszenie',

  'validation.parentRequired': 'Wpisz imię i nazwisko rodzica lub opiekuna.',
  'validation.consentObtained': 'Zaznacz, czy jest zgoda. Bez zgody nie można zgłosić.',
  'validation.discussed': 'Najpierw omów zgłoszenie z młodą osobą.',
  'validation.consentBeforeBirth': 'Ta data jest wcześniejsza niż data urodzenia.',
  'validation.unknown': 'Takiej opcji nie ma (już). Wybierz ponownie.',
  'validation.service-not-offered': 'Ta gmina nie oferuje tej pomocy. Wybierz inny rodzaj pomocy.',
  'validation.future-date': 'Ta data jest w przyszłości.',
  'validation.consent-young-person': 'Brakuje zgody młodej osoby.',
  'validation.consent-parent': 'Brakuje zgody rodzica lub opiekuna.',
} as const satisfies Catalog<ReferralMessageKey>;
