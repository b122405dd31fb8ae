import type { Catalog } from '../../i18n/index.ts';

/**
 * The referral form's own Dutch messages, at language level B1. They are for school staff,
 * Leerplicht and JGZ: "je" as in the rest of the network's pages, short sentences, no jargon
 * beyond the names the network itself uses (Pluscoaching, OPDC).
 */
export const nl = {
  // Names the form's landmarks, so a page with two forms can tell them apart.
  'form.name': 'Aanmelding',
  'form.intro':
    'Meld een leerling of student aan voor hulp. Het invullen duurt ongeveer 10 minuten. Wat je invult, blijft alleen in dit scherm staan tot je het verstuurt.',
  'form.noServices':
    'In deze gemeente kun je via dit formulier geen jongere aanmelden. Neem contact op met de gemeente.',

  'step.service': 'Welke hulp zoek je?',
  'step.referrer': 'Over jou',
  'step.youngPerson': 'Over de jongere',
  'step.supportNeed': 'Wat is er aan de hand?',
  'step.preference': 'Voorkeur',
  'step.consent': 'Toestemming',
  'step.review': 'Controleer je aanmelding',

  'service.municipality': 'Gemeente van de school',
  'service.municipalityHint': 'Welke hulp er is, verschilt per gemeente.',
  'service.service': 'Soort hulp',
  'service.chooseMunicipalityFirst': 'Kies eerst de gemeente. Dan zie je welke hulp er is.',

  'referrer.organisation': 'School of organisatie',
  'referrer.name': 'Je naam',
  'referrer.role': 'Je functie',
  'referrer.email': 'Je e-mailadres',
  'referrer.emailHint': 'Hier sturen we de bevestiging naartoe.',
  'referrer.phone': 'Je telefoonnummer',
  'referrer.phoneHint': 'Zo kunnen we je bellen als we een vraag hebben.',

  'youngPerson.intro': 'Vul alleen in wat nodig is. Een BSN of een diagnose vragen we nooit.',
  'youngPerson.givenName': 'Voornaam',
  'youngPerson.familyName': 'Achternaam',
  'youngPerson.dateOfBirth': 'Geboortedatum',
  'youngPerson.age': 'De jongere is vandaag {age} jaar.',
  'youngPerson.schoolType': 'Soort school',
  'youngPerson.schoolLevel': 'Niveau of groep',
  'youngPerson.classYear': 'Klas of leerjaar',
  'youngPerson.classYearHint': 'Zoals de school het noemt. Bijvoorbeeld: 3B of jaar 2.',
  'youngPerson.school': 'Naam van de school',

  'parent.title': 'Ouder of verzorger',
  'parent.requiredHint': 'Verplicht, omdat de jongere jonger is dan {age} jaar.',
  'parent.optionalHint': 'Niet verplicht, omdat de jongere {age} jaar of ouder is.',
  'parent.name': 'Naam van de ouder of verzorger',
  'parent.relationship': 'Wie is het?',
  'parent.relationship.parent': 'Ouder',
  'parent.relationship.guardian': 'Voogd',
  'parent.phone': 'Telefoonnummer van de ouder of verzorger',
  'parent.email': 'E-mailadres van de ouder of verzorger',
  'parent.contactHint': 'Vul een telefoonnummer of een e-mailadres in, of allebei.',

  'supportNeed.reasons': 'Waarom meld je de jongere aan?',
  'supportNeed.reasonsHint': 'Kies alles wat past.',
  'supportNeed.description': 'Wat is er aan de hand?',
  'supportNeed.descriptionHint':
    'Schrijf op wat de hulpverlener moet weten. Schrijf geen medische gegevens op die niet nodig zijn.',
  'supportNeed.triedAtSchool': 'Wat heeft de school al gedaan?',
  'supportNeed.triedAtSchoolHint':
    'Bijvoorbeeld: gesprekken met de mentor, loopbaancoaching of hulp van de intern begeleider.',
  'supportNeed.helpInPlace': 'Welke hulp is er al?',
  'supportNeed.helpInPlaceHint':
    'Bijvoorbeeld: begeleiding vanuit het OPDC, of hulp die doorloopt na de overstap van het vo naar het mbo.',

  'preference.coachingForm': 'Welke vorm van coaching past het best?',
  'preference.organisation': 'Voorkeur voor een organisatie',
  'preference.organisationHint':
    'Niet verplicht. Heb je geen voorkeur? Dan kiezen wij een organisatie die past.',
  'preference.noOrganisation': 'Geen voorkeur',
  'preference.organisationsFailed':
    'De lijst met organisaties kan nu niet worden geladen. Je kunt zonder voorkeur verder.',
  'preference.organisationSelected': '{name} is gekozen als voorkeur.',

  'consent.intro':
    'Je mag de jongere alleen aanmelden als de juiste mensen toestemming geven. De jongere is {age} jaar. Daarom is toestemming nodig van:',
  'consent.party.young-person': 'de jongere',
  'consent.party.parent': 'de ouder of verzorger',
  'consent.title.young-person': 'Toestemming van de jongere',
  'consent.title.parent': 'Toestemming van de ouder of verzorger',
  'consent.obtained.young-person': 'De jongere geeft toestemming voor deze aanmelding',
  'consent.obtained.parent': 'De ouder of verzorger geeft toestemming voor deze aanmelding',
  'consent.method': 'Hoe heb je de toestemming gekregen?',
  'consent.method.in-person': 'In een gesprek',
  'consent.method.phone': 'Aan de telefoon',
  'consent.method.letter': 'Per brief of e-mail',
  'consent.date': 'Op welke datum?',
  'consent.dateHint': 'Bijvoorbeeld: 2 3 2026',
  'consent.pluscoaching':
    'Pluscoaching is vrijwillig. Bespreek de aanmelding daarom altijd eerst met de jongere, ook als die jonger is dan 12.',
  'consent.discussed': 'Ik heb de aanmelding eerst met de jongere besproken',
  'consent.noAge': 'Vul eerst de geboortedatum van de jongere in.',
  'consent.noBand':
    'Voor deze leeftijd is niet bekend wie toestemming moet geven. Neem contact op met de organisatie voordat je de jongere aanmeldt.',
  'privacy.title': 'Wat gebeurt er met de gegevens?',
  'privacy.use':
    'We gebruiken de gegevens alleen om de jongere te helpen. Alleen de mensen die de aanmelding behandelen, kunnen ze lezen.',
  'privacy.never': 'We vragen nooit om een BSN, een diagnose of bijlagen.',
  'privacy.browser':
    'Wat je invult, wordt niet in deze browser bewaard. Als je de pagina sluit voordat je verstuurt, is het weg.',
  'privacy.rights':
    'De jongere en de ouders mogen altijd vragen welke gegevens we hebben, en vragen om ze aan te passen.',

  'review.intro': 'Kijk of alles klopt. Klopt er iets niet? Kies dan Wijzig.',
  'review.consentLine': '{party}: {method}, {date}',
  'review.discussed': 'Besproken met de jongere',
  'review.age': '{date} ({age} jaar)',
  'review.return': 'Terug naar controleren',
  'review.send': 'Aanmelding versturen',
  'review.slow': 'Dit duurt langer dan normaal. Even geduld, we blijven het proberen.',
  'review.rejected':
    'De aanmelding is niet verstuurd. Er ging iets mis dat opnieuw proberen niet oplost. Neem contact op met de beheerder van deze website. Wat je hebt ingevuld, is niet verloren.',
  'review.fieldsRejected':
    'Een paar antwoorden zijn niet goed. We hebben je naar de eerste fout gebracht.',

  'done.title': 'Je aanmelding is verstuurd',
  'done.reference': 'Referentienummer',
  'done.statusLink': 'Bekijk hoe het staat met deze aanmelding',
  'done.statusLinkHint':
    'Bewaar deze link. Met de link zie je later of er een coach is gevonden. De link toont geen gegevens van de jongere.',
  'done.referenceHint': 'Bewaar dit nummer. Noem het als je contact met ons opneemt.',
  'done.changesNotSent':
    'Je eerste versie was al bij ons binnen. Die hebben we bewaard. Je wijzigingen daarna zijn niet meegestuurd. Geef ze door als je contact met ons opneemt.',
  'done.service': 'Soort hulp',
  'done.organisation': 'Organisatie',
  'done.organisationNone': 'Nog niet gekozen. Wij zoeken een organisatie die past.',
  'done.next': 'Wat gebeurt er nu?',
  'done.again': 'Nieuwe aanmelding',

  'validation.parentRequired': 'Vul de naam van een ouder of verzorger in.',
  'validation.consentObtained':
    'Geef aan of er toestemming is. Zonder toestemming kun je niet aanmelden.',
  'validation.discussed': 'Bespreek de aanmelding eerst met de jongere.',
  'validation.consentBeforeBirth': 'Deze datum ligt voor de geboortedatum.',
  'validation.unknown': 'Deze keuze bestaat niet (meer). Kies opnieuw.',
  'validation.service-not-offered':
    'Deze gemeente biedt deze hulp niet. Kies een andere soort hulp.',
  'validation.future-date': 'Deze datum ligt in de toekomst.',
  'validation.consent-young-person': 'De toestemming van de jongere ontbreekt.',
  'validation.consent-parent': 'De toestemming van de ouder of verzorger ontbreekt.',
} as const satisfies Catalog;

/** The keys of the referral form's own messages. */
export type ReferralMessageKey = keyof typeof nl;
