import { FILTER_NAMES, type FilterName, type FinderQuery } from './finder-query.ts';

/** A way out of an empty result: drop one filter (or the words) and find `count` organisations. */
export interface Suggestion {
  readonly drop: FilterName | 'q';
  readonly count: number;
}

/**
 * For an empty result: what each filter (and the search words) costs. Every part of the query is
 * left out in turn and the rest counted; the suggestions that find something come first, most
 * results first, so the one to drop is the top one.
 */
export async function suggestionsFor(
  query: FinderQuery,
  count: (query: FinderQuery) => Promise<number>,
): Promise<Suggestion[]> {
  const parts: (FilterName | 'q')[] = [
    ...(query.q.trim() === '' ? [] : (['q'] as const)),
    ...FILTER_NAMES.filter((name) => query[name] !== ''),
  ];
  const counted = await Promise.all(
    parts.map(async (drop) => ({ drop, count: await count({ ...query, [drop]: '' }) })),
  );
  return counted.filter((suggestion) => suggestion.count > 0).sort((a, b) => b.count - a.count);
}
