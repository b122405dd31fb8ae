import type { Catalog } from '../../i18n/index.ts';

/**
 * The booking form's own Dutch messages, at language level B1: short sentences, "je", everyday
 * words. Dutch is the reference: every other language has exactly these keys.
 */
export const nl = {
  'booking.title': 'Praat met een casemanager',
  'booking.intro':
    'Ben je tussen de {min} en {max} jaar en wil je weer naar school, of dreig je te stoppen? Maak een afspraak met een casemanager. Jullie kijken samen wat je nodig hebt.',
  'booking.loading': 'Even geduld…',
  'booking.unavailable': 'Afspraken maken lukt nu niet. Probeer het over een paar minuten opnieuw.',
  'booking.retry': 'Opnieuw proberen',

  'step.birth': 'Geboortedatum',
  'step.topic': 'Onderwerp',
  'step.place': 'Plek',
  'step.time': 'Dag en tijd',
  'step.contact': 'Gegevens',
  'step.review': 'Controleren',

  'birth.label': 'Wat is je geboortedatum?',
  'birth.hint': 'Bijvoorbeeld: 14 3 2004',
  'birth.why':
    'Casemanagers helpen jongeren van {min} tot {max} jaar. Maak je de afspraak voor iemand anders? Vul dan de geboortedatum van die jongere in.',

  'route.leerplicht.title': 'Ben je jonger dan {min}? Dan helpt Leerplicht je',
  'route.leerplicht.text':
    'Ben je jonger dan {min} en ga je niet (meer) naar school? Dan helpt de leerplichtambtenaar van je gemeente. Je kunt hier dus geen afspraak maken. Neem contact op met:',
  'route.general.title': 'Ben je {max} of ouder? Dan helpt je gemeente je',
  'route.general.text':
    'Casemanagers helpen jongeren tot {max} jaar. Voor vragen over school, werk of geld helpt je gemeente je verder. Neem contact op met:',
  'route.phone': 'Telefoon',
  'route.email': 'E-mail',
  'route.website': 'Website',
  'route.soon': 'Word je op {date} {min}? Vanaf die dag kun je hier een afspraak maken.',
  'route.municipality': 'In welke gemeente woon je?',
  'route.change': 'Geboortedatum aanpassen',

  'topic.label': 'Waar wil je over praten?',

  'place.location': 'Waar wil je praten?',
  'place.channel': 'Hoe wil je praten?',
  'place.remote': 'Aan de telefoon of met video',
  'place.ways': 'Kan: {channels}',
  'place.none': 'Er is geen plek voor dit onderwerp. Kies een ander onderwerp, of bel je gemeente.',

  'channel.in-person': 'Op de locatie',
  'channel.phone': 'Aan de telefoon',
  'channel.video': 'Met video',
  'channel.in-person.how': 'Je komt naar {place}: {address}.',
  'channel.phone.how':
    'De casemanager belt je op de tijd van de afspraak. Zorg dat je telefoon aan staat.',
  'channel.video.how':
    'Je krijgt voor het gesprek een link naar het videogesprek. Je hebt een telefoon of computer met camera nodig.',

  'time.loading': 'We zoeken vrije tijden…',
  'time.first': 'Eerste vrije tijd: {when}',
  'time.firstAction': 'Kies deze tijd',
  'time.week': 'Week van {from} tot en met {to}',
  'time.previousWeek': 'Vorige week',
  'time.nextWeek': 'Volgende week',
  'time.day': 'Kies een dag',
  'time.dayFree': { one: '1 tijd vrij', other: '{count} tijden vrij' },
  'time.dayNone': 'vol of gesloten',
  'time.times': 'Kies een tijd op {day}',
  'time.chosen': 'Gekozen: {when}',
  'time.emptyWeek': 'In deze week is geen tijd vrij. Kijk bij een andere week.',
  'time.ageLimit':
    'Je kunt een afspraak maken tot en met {date}. Daarna ben je {max} en helpt je gemeente je verder.',
  'time.full.title': 'Er is nu geen tijd vrij',
  'time.full.text':
    'Alle tijden zijn bezet. Laat je terugbellen door een casemanager, of kom langs op het inloopspreekuur.',
  'time.noSuit': 'Geen tijd die past?',
  'time.noSuitText': 'Laat je terugbellen, of kom langs op het inloopspreekuur.',
  'time.callback': 'Laat je terugbellen',
  'time.otherPlace': 'Kies een andere plek',
  'time.taken.title': 'Iemand anders was je net voor',
  'time.taken.text':
    'Sorry, de tijd die je koos is net door iemand anders geboekt. Kies een andere tijd. Wat je hebt ingevuld, blijft bewaard.',
  'time.nearest': 'Deze tijden liggen er dichtbij',
  'time.loadFailed': 'We konden de vrije tijden niet ophalen.',

  'walkIn.title': 'Inloopspreekuur bij {place}',
  'walkIn.text': 'Je kunt zonder afspraak langskomen:',
  'walkIn.hours': '{day} van {opens} tot {closes} uur',
  'walkIn.none': '{place} heeft geen inloopspreekuur.',
  'walkIn.call': 'Bellen kan ook: {phone}',

  'callback.title': 'Laat je terugbellen',
  'callback.intro':
    'Laat je naam en telefoonnummer achter. Een casemanager van {place} belt je terug om een tijd af te spreken.',
  'callback.unavailable': '{place} kan je niet terugbellen.',
  'callback.name': 'Je naam',
  'callback.phone': 'Je telefoonnummer',
  'callback.phoneHint': 'Bijvoorbeeld 06 00000000. Een buitenlands nummer begint met +.',
  'callback.times': 'Wanneer kunnen we je het best bellen?',
  'callback.timesHint': 'Bijvoorbeeld: na 15:00 uur, of op maandag.',
  'callback.submit': 'Bel me terug',
  'callback.back': 'Terug naar de tijden',
  'callback.done.title': 'We bellen je terug',
  'callback.done.text': 'Je vraag is binnen. Een casemanager van {place} belt je terug.',

  'contact.nameSelf': 'Je naam',
  'contact.nameOther': 'Naam van de jongere',
  'contact.emailSelf': 'Je e-mailadres',
  'contact.emailOther': 'E-mailadres van de jongere',
  'contact.phoneSelf': 'Je mobiele nummer',
  'contact.phoneOther': 'Mobiel nummer van de jongere',
  'contact.phoneHint': 'Bijvoorbeeld 06 00000000. Een buitenlands nummer begint met +.',
  'contact.either':
    'Vul een e-mailadres of een mobiel nummer in, of allebei. Daar sturen we de bevestiging naartoe.',
  'contact.preferred': 'Hoe wil je de bevestiging krijgen?',
  'contact.preferred.email': 'Per e-mail',
  'contact.preferred.sms': 'Per sms',
  'contact.forOther': 'Ik maak de afspraak voor iemand anders',
  'contact.forOtherHint': 'Bijvoorbeeld als jongerenwerker. We vragen dan ook jouw gegevens.',
  'contact.bookedBy': 'Jouw gegevens',
  'bookedBy.name': 'Jouw naam',
  'bookedBy.organisation': 'Jouw organisatie',
  'bookedBy.email': 'Jouw e-mailadres',
  'bookedBy.phone': 'Jouw telefoonnummer',
  'contact.note': 'Wil je alvast iets vertellen?',
  'contact.noteHint': 'Dit mag leeg blijven. Schrijf hier geen medische gegevens.',

  'review.appointment': 'Afspraak',
  'review.topic': 'Onderwerp',
  'review.when': 'Wanneer',
  'review.where': 'Waar',
  'review.how': 'Hoe',
  'review.person': 'Gegevens',
  'review.dateOfBirth': 'Geboortedatum',
  'review.bookedBy': 'Geboekt door',
  'review.submit': 'Afspraak maken',
  'review.privacy':
    'We gebruiken je gegevens alleen voor deze afspraak. De casemanager ziet ze, verder niemand.',

  'confirm.title': 'Je afspraak staat vast',
  'confirm.sent': 'We sturen een bevestiging naar het e-mailadres of mobiele nummer dat je gaf.',
  'confirm.reference': 'Referentie',
  'confirm.ics': 'Zet in je agenda',
  'confirm.icsHint': 'Een .ics-bestand voor je agenda op je telefoon of computer.',
  'confirm.manage.title': 'Verzetten of afzeggen',
  'confirm.manage.text':
    'Met deze link kun je de afspraak later verzetten of afzeggen. Deel hem niet met anderen. Je krijgt hem ook in de bevestiging.',
  'confirm.manage.link': 'Link naar je afspraak',
  'confirm.again': 'Nog een afspraak maken',

  'ics.summary': 'Gesprek met een casemanager',
  'ics.description':
    'Referentie {reference}. Verzetten of afzeggen kan met de link in je bevestiging.',

  'manage.loading': 'We halen je afspraak op…',
  'manage.title': 'Je afspraak',
  'manage.reschedule': 'Verzetten',
  'manage.cancel': 'Afzeggen',
  'manage.confirmCancel.title': 'Wil je de afspraak echt afzeggen?',
  'manage.confirmCancel.text': 'De tijd komt dan vrij voor iemand anders.',
  'manage.confirmCancel.yes': 'Ja, afzeggen',
  'manage.confirmCancel.no': 'Nee, niet afzeggen',
  'manage.cancelled.title': 'Je afspraak is afgezegd',
  'manage.cancelled.text': 'Wil je toch praten? Maak een nieuwe afspraak.',
  'manage.rescheduleTitle': 'Kies een nieuwe tijd',
  'manage.rescheduleSubmit': 'Afspraak verzetten',
  'manage.rescheduled.title': 'Je afspraak is verzet',
  'manage.invalid.title': 'Deze link werkt niet',
  'manage.invalid.text':
    'De link is niet (meer) goed, of de afspraak bestaat niet meer. Gebruik de hele link uit je bevestiging. Of maak een nieuwe afspraak.',
  'manage.bookNew': 'Nieuwe afspraak maken',
  'manage.back': 'Terug naar je afspraak',
  'manage.failed': 'Dat lukte niet. Probeer het opnieuw.',

  'validation.location': 'Kies een plek.',
  'validation.channel': 'Kies hoe je wilt praten.',
  'validation.slot': 'Kies een dag en een tijd.',
  'validation.age-out-of-bounds':
    'Op de dag van deze afspraak ben je te jong of te oud voor een casemanager. Kijk je geboortedatum na, of kies een eerdere tijd.',
  'validation.mobile-required': 'Voor een sms is een mobiel nummer nodig.',
  'validation.topic-not-offered': 'Deze plek heeft geen gesprekken over dit onderwerp.',
} as const satisfies Catalog;

/** The keys of the booking form's own messages. */
export type BookingMessageKey = keyof typeof nl;
