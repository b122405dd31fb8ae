import type { OrganisationFilter, OrganisationSearch } from '@vangnet/sdk';

/** The filters of the finder, in the order they are shown; each is a query parameter of the API. */
export const FILTER_NAMES = [
  'municipality',
  'theme',
  'service',
  'coachingForm',
  'audience',
] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** What the user searches for: words and one value per filter, `''` when unset. */
export type FinderQuery = { q: string } & Record<FilterName, string>;

export const EMPTY_QUERY: FinderQuery = {
  q: '',
  municipality: '',
  theme: '',
  service: '',
  coachingForm: '',
  audience: '',
};

/** Whether the query narrows anything. */
export function isNarrowed(query: FinderQuery): boolean {
  return query.q.trim() !== '' || FILTER_NAMES.some((name) => query[name] !== '');
}

/** The query for the local index: unset filters left out. */
export function toSearch(query: FinderQuery): OrganisationSearch {
  const search: OrganisationSearch = {};
  if (query.q.trim() !== '') search.q = query.q;
  for (const name of FILTER_NAMES) if (query[name] !== '') search[name] = query[name];
  return search;
}

/**
 * The query as the API's parameters. The values come from the catalog's lists (or the host's
 * attributes, validated against them), so the casts only restate what the catalog guarantees.
 */
export function toFilter(query: FinderQuery): OrganisationFilter {
  return toSearch(query) as OrganisationFilter;
}
