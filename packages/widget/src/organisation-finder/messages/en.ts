import type { Catalog } from '../../i18n/index.ts';
import type { FinderMessageKey } from './nl.ts';

/** English messages of the organisation finder. */
export const en: Catalog<FinderMessageKey> = {
  'finder.label': 'Find an organisation',
  'finder.search.label': 'Search for an organisation',
  'finder.search.hint': 'Search by name or topic, for example "anxiety" or "absence".',
  'finder.filters.label': 'Narrow the list',
  'finder.filter.municipality': 'Municipality',
  'finder.filter.municipality.all': 'All municipalities',
  'finder.filter.theme': 'Topic',
  'finder.filter.theme.all': 'All topics',
  'finder.filter.service': 'Kind of help',
  'finder.filter.service.all': 'All kinds of help',
  'finder.filter.coachingForm': 'Form of coaching',
  'finder.filter.coachingForm.all': 'All forms',
  'finder.filter.audience': 'For whom',
  'finder.filter.audience.all': 'Everyone',
  'finder.filter.clear': 'Clear search and filters',

  'finder.count.all': {
    one: '1 organisation, A to Z',
    other: '{count} organisations, A to Z',
  },
  'finder.count.found': { one: '1 organisation found', other: '{count} organisations found' },
  'finder.count.none': 'No organisations found',
  'finder.shown': 'You see {shown} of {count}.',
  'finder.more': 'Show more',
  'finder.results.label': 'Organisations found',
  'finder.loading': 'Loading the organisations…',
  'finder.searching': 'Searching…',

  'finder.empty.title': 'No organisation matches your choice',
  'finder.empty.dropFilter': {
    one: 'Without the filter "{filter}: {value}" there is 1 organisation.',
    other: 'Without the filter "{filter}: {value}" there are {count} organisations.',
  },
  'finder.empty.dropFilterAction': 'Remove filter "{filter}"',
  'finder.empty.dropQuery': {
    one: 'Without the search words "{query}" there is 1 organisation.',
    other: 'Without the search words "{query}" there are {count} organisations.',
  },
  'finder.empty.dropQueryAction': 'Clear the search words',
  'finder.empty.otherWords': 'Try other or shorter search words.',

  'finder.error.load': 'The list of organisations could not be loaded.',
  'finder.error.search': 'Searching does not work right now.',

  'finder.result.services': 'Help',
  'finder.result.municipalities': 'Where',
  'finder.result.themes': 'Topics',
  'finder.result.more': { one: 'and 1 more', other: 'and {count} more' },

  'finder.detail.back': 'Back to the list',
  'finder.detail.about': 'What does {name} do?',
  'finder.detail.coachingForms': 'Forms of coaching',
  'finder.detail.audiences': 'For whom',
  'finder.detail.contact': 'Contact',
  'finder.detail.website': 'Website',
  'finder.detail.phone': 'Phone',
  'finder.detail.email': 'Email',
  'finder.detail.address': 'Address',
  'finder.detail.noContact': 'No contact details are known.',
  'finder.detail.refer': 'Refer to this organisation',
  'finder.detail.referred': 'You chose {name}. Continue with the referral form.',
};
