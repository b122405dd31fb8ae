import type { Catalog } from '../../i18n/index.ts';

/** Dutch messages of the organisation finder, at language level B1; the reference for every language. */
export const nl = {
  'finder.label': 'Organisaties zoeken',
  'finder.search.label': 'Zoek een organisatie',
  'finder.search.hint': 'Zoek op naam of onderwerp, bijvoorbeeld "angst" of "verzuim".',
  'finder.filters.label': 'Maak de lijst kleiner',
  'finder.filter.municipality': 'Gemeente',
  'finder.filter.municipality.all': 'Alle gemeenten',
  'finder.filter.theme': 'Onderwerp',
  'finder.filter.theme.all': 'Alle onderwerpen',
  'finder.filter.service': 'Soort hulp',
  'finder.filter.service.all': 'Alle soorten hulp',
  'finder.filter.coachingForm': 'Vorm van coaching',
  'finder.filter.coachingForm.all': 'Alle vormen',
  'finder.filter.audience': 'Voor wie',
  'finder.filter.audience.all': 'Iedereen',
  'finder.filter.clear': 'Wis zoekwoord en filters',

  'finder.count.all': {
    one: '1 organisatie, van A tot Z',
    other: '{count} organisaties, van A tot Z',
  },
  'finder.count.found': { one: '1 organisatie gevonden', other: '{count} organisaties gevonden' },
  'finder.count.none': 'Geen organisaties gevonden',
  'finder.shown': 'Je ziet er {shown} van de {count}.',
  'finder.more': 'Meer tonen',
  'finder.results.label': 'Gevonden organisaties',
  'finder.loading': 'De organisaties worden geladen…',
  'finder.searching': 'Bezig met zoeken…',

  'finder.empty.title': 'Geen organisatie past bij je keuze',
  'finder.empty.dropFilter': {
    one: 'Zonder het filter "{filter}: {value}" is er 1 organisatie.',
    other: 'Zonder het filter "{filter}: {value}" zijn er {count} organisaties.',
  },
  'finder.empty.dropFilterAction': 'Haal filter "{filter}" weg',
  'finder.empty.dropQuery': {
    one: 'Zonder het zoekwoord "{query}" is er 1 organisatie.',
    other: 'Zonder het zoekwoord "{query}" zijn er {count} organisaties.',
  },
  'finder.empty.dropQueryAction': 'Wis het zoekwoord',
  'finder.empty.otherWords': 'Probeer een ander of korter zoekwoord.',

  'finder.error.load': 'De lijst met organisaties kon niet worden geladen.',
  'finder.error.search': 'Zoeken lukt nu niet.',

  'finder.result.services': 'Hulp',
  'finder.result.municipalities': 'Waar',
  'finder.result.themes': 'Onderwerpen',
  'finder.result.more': { one: 'en nog 1', other: 'en nog {count}' },

  'finder.detail.back': 'Terug naar de lijst',
  'finder.detail.about': 'Wat doet {name}?',
  'finder.detail.coachingForms': 'Vormen van coaching',
  'finder.detail.audiences': 'Voor wie',
  'finder.detail.contact': 'Contact',
  'finder.detail.website': 'Website',
  'finder.detail.phone': 'Telefoon',
  'finder.detail.email': 'E-mail',
  'finder.detail.address': 'Adres',
  'finder.detail.noContact': 'Er zijn geen contactgegevens bekend.',
  'finder.detail.refer': 'Verwijs naar deze organisatie',
  'finder.detail.referred': 'Je hebt {name} gekozen. Ga verder met het aanmeldformulier.',
} as const satisfies Catalog;

/** The keys of the finder's own messages. */
export type FinderMessageKey = keyof typeof nl;
