import type { Catalog } from '../../i18n/index.ts';
import type { FinderMessageKey } from './nl.ts';

/**
 * Polish messages of the organisation finder. `other` of a count repeats `many`: the finder fills
 * in counts already formatted ("10 000"), which plural rules read as no number, and `other` is
 * then the form shown. The search hint suggests Dutch words: the network's organisations and
 * topics are described in Dutch and English.
 */
export const pl: Catalog<FinderMessageKey> = {
  'finder.label': 'Wyszukiwarka organizacji',
  'finder.search.label': 'Szukaj organizacji',
  'finder.search.hint':
    'Szukaj po nazwie lub temacie, np. „angst” (lęk) albo „verzuim” (nieobecności).',
  'finder.filters.label': 'Zawęź listę',
  'finder.filter.municipality': 'Gmina',
  'finder.filter.municipality.all': 'Wszystkie gminy',
  'finder.filter.theme': 'Temat',
  'finder.filter.theme.all': 'Wszystkie tematy',
  'finder.filter.service': 'Rodzaj pomocy',
  'finder.filter.service.all': 'Wszystkie rodzaje pomocy',
  'finder.filter.coachingForm': 'Forma coachingu',
  'finder.filter.coachingForm.all': 'Wszystkie formy',
  'finder.filter.audience': 'Dla kogo',
  'finder.filter.audience.all': 'Dla wszystkich',
  'finder.filter.clear': 'Wyczyść wyszukiwanie i filtry',

  'finder.count.all': {
    one: '1 organizacja, od A do Z',
    few: '{count} organizacje, od A do Z',
    many: '{count} organizacji, od A do Z',
    other: '{count} organizacji, od A do Z',
  },
  'finder.count.found': {
    one: 'Znaleziono 1 organizację',
    few: 'Znaleziono {count} organizacje',
    many: 'Znaleziono {count} organizacji',
    other: 'Znaleziono {count} organizacji',
  },
  'finder.count.none': 'Nie znaleziono organizacji',
  'finder.shown': 'Widzisz {shown} z {count}.',
  'finder.more': 'Pokaż więcej',
  'finder.results.label': 'Znalezione organizacje',
  'finder.loading': 'Wczytywanie organizacji…',
  'finder.searching': 'Szukanie…',

  'finder.empty.title': 'Żadna organizacja nie pasuje do twojego wyboru',
  'finder.empty.dropFilter': {
    one: 'Bez filtra „{filter}: {value}” jest 1 organizacja.',
    few: 'Bez filtra „{filter}: {value}” są {count} organizacje.',
    many: 'Bez filtra „{filter}: {value}” jest {count} organizacji.',
    other: 'Bez filtra „{filter}: {value}” jest {count} organizacji.',
  },
  'finder.empty.dropFilterAction': 'Usuń filtr „{filter}”',
  'finder.empty.dropQuery': {
    one: 'Bez wyszukiwanego słowa „{query}” jest 1 organizacja.',
    few: 'Bez wyszukiwanego słowa „{query}” są {count} organizacje.',
    many: 'Bez wyszukiwanego słowa „{query}” jest {count} organizacji.',
    other: 'Bez wyszukiwanego słowa „{query}” jest {count} organizacji.',
  },
  'finder.empty.dropQueryAction': 'Wyczyść wyszukiwane słowo',
  'finder.empty.otherWords': 'Spróbuj innego lub krótszego słowa.',

  'finder.error.load': 'Nie udało się wczytać listy organizacji.',
  'finder.error.search': 'Wyszukiwanie teraz nie działa.',

  'finder.result.services': 'Pomoc',
  'finder.result.municipalities': 'Gdzie',
  'finder.result.themes': 'Tematy',
  'finder.result.more': { one: 'i jeszcze 1', other: 'i jeszcze {count}' },

  'finder.detail.back': 'Wróć do listy',
  'finder.detail.about': 'Czym zajmuje się {name}?',
  'finder.detail.coachingForms': 'Formy coachingu',
  'finder.detail.audiences': 'Dla kogo',
  'finder.detail.contact': 'Kontakt',
  'finder.detail.website': 'Strona internetowa',
  'finder.detail.phone': 'Telefon',
  'finder.detail.email': 'E-mail',
  'finder.detail.address': 'Adres',
  'finder.detail.noContact': 'Brak znanych danych kontaktowych.',
  'finder.detail.refer': 'Skieruj do tej organizacji',
  'finder.detail.referred': 'Wybrano: {name}. Przejdź dalej w formularzu zgłoszenia.',
};
