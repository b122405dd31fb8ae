import type { Catalog } from '../types.ts';

/**
 * The kit's Dutch messages, at language level B1. Dutch is the reference: its keys are the keys
 * every other language must have.
 */
export const nl = {
  'field.required': '(verplicht)',
  'field.errorPrefix': 'Fout:',
  'select.placeholder': 'Maak een keuze',

  'dateOfBirth.day': 'Dag',
  'dateOfBirth.month': 'Maand',
  'dateOfBirth.year': 'Jaar',
  'dateOfBirth.hint': 'Bijvoorbeeld: 14 3 2009',

  'counter.remaining': { one: 'Nog {count} teken over', other: 'Nog {count} tekens over' },
  'counter.over': { one: '{count} teken te veel', other: '{count} tekens te veel' },

  'summary.title': {
    one: 'Er is 1 ding niet goed ingevuld',
    other: 'Er zijn {count} dingen niet goed ingevuld',
  },
  'summary.intro': 'Klik op een fout om het veld aan te passen.',

  'stepper.label': 'Voortgang',
  'stepper.progress': 'Stap {current} van {total}',
  'stepper.done': '(klaar)',
  'stepper.current': '(nu bezig)',

  'nav.next': 'Volgende',
  'nav.back': 'Vorige',
  'nav.submit': 'Versturen',

  'review.change': 'Wijzig',
  'review.empty': 'Niet ingevuld',

  'busy.sending': 'Bezig met versturen…',

  'retry.title': 'Versturen is niet gelukt',
  'retry.offline': 'Er is geen internetverbinding.',
  'retry.network': 'Er is geen verbinding met de server.',
  'retry.server': 'Er ging iets mis bij ons.',
  'retry.rateLimited': 'Er komen nu te veel aanvragen binnen.',
  'retry.rateLimitedWait': 'Probeer het over {seconds} seconden opnieuw.',
  'retry.kept': 'Wat je hebt ingevuld, is niet verloren.',
  'retry.action': 'Opnieuw proberen',

  'emergency.title': 'Niet voor noodgevallen',
  'emergency.danger': 'Is er direct gevaar? Bel 112.',
  'emergency.veiligThuis':
    'Zorgen over huiselijk geweld of kindermishandeling? Bel Veilig Thuis: 0800-2000. Gratis, dag en nacht.',

  'validation.required': 'Vul dit in.',
  'validation.choose': 'Maak een keuze.',
  'validation.chooseAtLeast': { one: 'Kies er minstens 1.', other: 'Kies er minstens {minimum}.' },
  'validation.chooseAtMost': { one: 'Kies er hoogstens 1.', other: 'Kies er hoogstens {maximum}.' },
  'validation.tooShort': {
    one: 'Gebruik minstens 1 teken.',
    other: 'Gebruik minstens {minimum} tekens.',
  },
  'validation.tooLong': {
    one: 'Gebruik hoogstens 1 teken.',
    other: 'Gebruik hoogstens {maximum} tekens.',
  },
  'validation.email': 'Vul een e-mailadres in zoals naam@example.org.',
  'validation.phone':
    'Vul een telefoonnummer in zoals 06 00000000, of een buitenlands nummer dat begint met +.',
  'validation.url': 'Vul een webadres in dat begint met https://.',
  'validation.date': 'Vul een bestaande datum in.',
  'validation.format': 'Dit klopt niet. Kijk het nog eens na.',
  'validation.invalid': 'Dit klopt niet. Kijk het nog eens na.',
  'validation.contact-required': 'Vul een e-mailadres of een telefoonnummer in.',
  'validation.dateIncomplete': 'Vul de dag, de maand en het jaar in.',
  'validation.dateNotReal': 'Deze datum bestaat niet. Kijk de dag en de maand nog eens na.',
  'validation.yearFormat': 'Vul het jaar in met 4 cijfers, zoals 2009.',
  'validation.dateInFuture': 'Deze datum ligt in de toekomst.',
  'validation.dateTooEarly': 'Deze datum ligt te ver in het verleden.',
} as const satisfies Catalog;

/** The keys of the kit's messages. */
export type KitMessageKey = keyof typeof nl;
