import type { Catalog } from '../../i18n/index.ts';
import type { BookingMessageKey } from './nl.ts';

/** The booking form's Polish messages: simple, informal "ty". */
export const pl = {
  'booking.title': 'Porozmawiaj z opiekunem (casemanagerem)',
  'booking.intro':
    'Masz od {min} do {max} lat i chcesz wrócić do nauki albo myślisz o rzuceniu szkoły? Umów się na rozmowę z opiekunem. Razem zobaczycie, czego potrzebujesz.',
  'booking.loading': 'Chwileczkę…',
  'booking.unavailable': 'Teraz nie można się umówić. Spróbuj ponownie za kilka minut.',
  'booking.retry': 'Spróbuj ponownie',

  'step.birth': 'Data urodzenia',
  'step.topic': 'Temat',
  'step.place': 'Miejsce',
  'step.time': 'Dzień i godzina',
  'step.contact': 'Twoje dane',
  'step.review': 'Sprawdzenie',

  'birth.label': 'Jaka jest twoja data urodzenia?',
  'birth.hint': 'Na przykład: 14 3 2004',
  'birth.why':
    'Opiekunowie pomagają młodym ludziom w wieku od {min} do {max} lat. Umawiasz kogoś innego? Wpisz datę urodzenia tej osoby.',

  'route.leerplicht.title': 'Masz mniej niż {min} lat? Pomoże ci Leerplicht (obowiązek szkolny)',
  'route.leerplicht.text':
    'Jeśli masz mniej niż {min} lat i nie chodzisz do szkoły, pomoże ci urzędnik ds. obowiązku szkolnego w twojej gminie. Dlatego nie możesz się tu umówić. Skontaktuj się z:',
  'route.general.title': 'Masz {max} lat lub więcej? Pomoże ci twoja gmina',
  'route.general.text':
    'Opiekunowie pomagają młodym ludziom do {max} roku życia. W sprawach szkoły, pracy lub pieniędzy pomoże ci twoja gmina. Skontaktuj się z:',
  'route.phone': 'Telefon',
  'route.email': 'E-mail',
  'route.website': 'Strona internetowa',
  'route.soon': 'Kończysz {min} lat {date}? Od tego dnia możesz się tu umówić.',
  'route.municipality': 'W jakiej gminie mieszkasz?',
  'route.change': 'Zmień datę urodzenia',

  'topic.label': 'O czym chcesz porozmawiać?',

  'place.location': 'Gdzie chcesz porozmawiać?',
  'place.channel': 'Jak chcesz porozmawiać?',
  'place.remote': 'Przez telefon lub wideo',
  'place.ways': 'Możliwe: {channels}',
  'place.none': 'Nie ma miejsca dla tego tematu. Wybierz inny temat albo zadzwoń do swojej gminy.',

  'channel.in-person': 'Na miejscu',
  'channel.phone': 'Przez telefon',
  'channel.video': 'Przez wideo',
  'channel.in-person.how': 'Przychodzisz do {place}: {address}.',
  'channel.phone.how': 'Opiekun zadzwoni do ciebie o godzinie spotkania. Miej włączony telefon.',
  'channel.video.how':
    'Przed rozmową dostaniesz link do rozmowy wideo. Potrzebujesz telefonu lub komputera z kamerą.',

  'time.loading': 'Szukamy wolnych terminów…',
  'time.first': 'Pierwszy wolny termin: {when}',
  'time.firstAction': 'Wybierz ten termin',
  'time.week': 'Tydzień od {from} do {to}',
  'time.previousWeek': 'Poprzedni tydzień',
  'time.nextWeek': 'Następny tydzień',
  'time.day': 'Wybierz dzień',
  'time.dayFree': {
    one: '1 wolny termin',
    few: '{count} wolne terminy',
    many: '{count} wolnych terminów',
    other: '{count} wolnego terminu',
  },
  'time.dayNone': 'brak miejsc lub zamknięte',
  'time.times': 'Wybierz godzinę w dniu {day}',
  'time.chosen': 'Wybrano: {when}',
  'time.emptyWeek': 'W tym tygodniu nie ma wolnych terminów. Zobacz inny tydzień.',
  'time.ageLimit':
    'Możesz się umówić do {date} włącznie. Potem będziesz mieć {max} lat i pomoże ci twoja gmina.',
  'time.full.title': 'Teraz nie ma wolnych terminów',
  'time.full.text':
    'Wszystkie terminy są zajęte. Poproś, żeby opiekun do ciebie oddzwonił, albo przyjdź na dyżur bez umawiania.',
  'time.noSuit': 'Żaden termin ci nie pasuje?',
  'time.noSuitText': 'Poproś o telefon od nas albo przyjdź na dyżur bez umawiania.',
  'time.callback': 'Poproś o telefon',
  'time.otherPlace': 'Wybierz inne miejsce',
  'time.taken.title': 'Ktoś inny był szybszy',
  'time.taken.text':
    'Przepraszamy, ktoś właśnie zarezerwował wybrany przez ciebie termin. Wybierz inny. Wszystko, co wpisano, zostaje zapisane.',
  'time.nearest': 'Te terminy są najbliżej',
  'time.loadFailed': 'Nie udało się pobrać wolnych terminów.',

  'walkIn.title': 'Dyżur bez umawiania w {place}',
  'walkIn.text': 'Możesz przyjść bez umawiania się:',
  'walkIn.hours': '{day} od {opens} do {closes}',
  'walkIn.none': '{place} nie ma dyżuru bez umawiania.',
  'walkIn.call': 'Możesz też zadzwonić: {phone}',

  'callback.title': 'Poproś o telefon',
  'callback.intro':
    'Zostaw swoje imię i numer telefonu. Opiekun z {place} oddzwoni, żeby ustalić termin.',
  'callback.unavailable': '{place} nie może do ciebie oddzwonić.',
  'callback.name': 'Twoje imię i nazwisko',
  'callback.phone': 'Twój numer telefonu',
  'callback.phoneHint': 'Na przykład 06 00000000. Numer zagraniczny zaczyna się od +.',
  'callback.times': 'Kiedy najlepiej do ciebie zadzwonić?',
  'callback.timesHint': 'Na przykład: po 15:00 albo w poniedziałek.',
  'callback.submit': 'Oddzwońcie do mnie',
  'callback.back': 'Wróć do terminów',
  'callback.done.title': 'Oddzwonimy do ciebie',
  'callback.done.text': 'Twoja prośba dotarła. Opiekun z {place} do ciebie oddzwoni.',

  'contact.nameSelf': 'Twoje imię i nazwisko',
  'contact.nameOther': 'Imię i nazwisko młodej osoby',
  'contact.emailSelf': 'Twój adres e-mail',
  'contact.emailOther': 'Adres e-mail młodej osoby',
  'contact.phoneSelf': 'Twój numer komórkowy',
  'contact.phoneOther': 'Numer komórkowy młodej osoby',
  'contact.phoneHint': 'Na przykład 06 00000000. Numer zagraniczny zaczyna się od +.',
  'contact.either': 'Wpisz adres e-mail albo numer komórkowy, albo oba. Tam wyślemy potwierdzenie.',
  'contact.preferred': 'Jak chcesz dostać potwierdzenie?',
  'contact.preferred.email': 'E-mailem',
  'contact.preferred.sms': 'SMS-em',
  'contact.forOther': 'Umawiam kogoś innego',
  'contact.forOtherHint':
    'Na przykład jako pracownik młodzieżowy. Wtedy zapytamy też o twoje dane.',
  'contact.bookedBy': 'Twoje dane',
  'bookedBy.name': 'Twoje imię i nazwisko',
  'bookedBy.organisation': 'Twoja organizacja',
  'bookedBy.email': 'Twój adres e-mail',
  'bookedBy.phone': 'Twój numer telefonu',
  'contact.note': 'Chcesz już coś nam powiedzieć?',
  'contact.noteHint': 'Możesz to zostawić puste. Nie wpisuj tu informacji medycznych.',

  'review.appointment': 'Spotkanie',
  'review.topic': 'Temat',
  'review.when': 'Kiedy',
  'review.where': 'Gdzie',
  'review.how': 'Jak',
  'review.person': 'Dane',
  'review.dateOfBirth': 'Data urodzenia',
  'review.bookedBy': 'Umówione przez',
  'review.submit': 'Umów spotkanie',
  'review.privacy':
    'Twoich danych używamy tylko do tego spotkania. Widzi je opiekun i nikt więcej.',

  'confirm.title': 'Spotkanie jest umówione',
  'confirm.sent': 'Wyślemy potwierdzenie na podany adres e-mail lub numer komórkowy.',
  'confirm.reference': 'Numer referencyjny',
  'confirm.ics': 'Dodaj do kalendarza',
  'confirm.icsHint': 'Plik .ics do kalendarza w telefonie lub komputerze.',
  'confirm.manage.title': 'Zmień lub odwołaj',
  'confirm.manage.text':
    'Tym linkiem możesz później zmienić termin lub odwołać spotkanie. Nie udostępniaj go innym. Dostaniesz go też w potwierdzeniu.',
  'confirm.manage.link': 'Link do twojego spotkania',
  'confirm.again': 'Umów kolejne spotkanie',

  'ics.summary': 'Rozmowa z opiekunem',
  'ics.description':
    'Numer referencyjny {reference}. Aby zmienić lub odwołać, użyj linku z potwierdzenia.',

  'manage.loading': 'Pobieramy twoje spotkanie…',
  'manage.title': 'Twoje spotkanie',
  'manage.reschedule': 'Zmień termin',
  'manage.cancel': 'Odwołaj',
  'manage.confirmCancel.title': 'Na pewno chcesz odwołać spotkanie?',
  'manage.confirmCancel.text': 'Termin zwolni się wtedy dla kogoś innego.',
  'manage.confirmCancel.yes': 'Tak, odwołaj',
  'manage.confirmCancel.no': 'Nie, zostaw',
  'manage.cancelled.title': 'Spotkanie zostało odwołane',
  'manage.cancelled.text': 'Jednak chcesz porozmawiać? Umów nowe spotkanie.',
  'manage.rescheduleTitle': 'Wybierz nowy termin',
  'manage.rescheduleSubmit': 'Przenieś spotkanie',
  'manage.rescheduled.title': 'Spotkanie zostało przeniesione',
  'manage.invalid.title': 'Ten link nie działa',
  'manage.invalid.text':
    'Link jest niepoprawny lub już nieważny albo spotkanie już nie istnieje. Użyj całego linku z potwierdzenia. Albo umów nowe spotkanie.',
  'manage.bookNew': 'Umów nowe spotkanie',
  'manage.back': 'Wróć do spotkania',
  'manage.failed': 'Nie udało się. Spróbuj ponownie.',

  'validation.location': 'Wybierz miejsce.',
  'validation.channel': 'Wybierz, jak chcesz porozmawiać.',
  'validation.slot': 'Wybierz dzień i godzinę.',
  'validation.age-out-of-bounds':
    'W dniu tego spotkania jesteś za młody lub za stary dla opiekuna. Sprawdź datę urodzenia albo wybierz wcześniejszy termin.',
  'validation.mobile-required': 'Do SMS-a potrzebny jest numer komórkowy.',
  'validation.topic-not-offered': 'W tym miejscu nie ma rozmów na ten temat.',
} as const satisfies Catalog<BookingMessageKey>;
