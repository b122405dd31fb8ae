/**
 * Text normalisation for search: the one definition of "the same letters" that the API's `q`, the
 * mock and the widget's own index share, so a search finds the same organisations everywhere.
 */

// Letters that Unicode does not decompose into a base letter plus a mark, so NFD alone would keep
// them apart from what people type on a Dutch keyboard ("Øresund", "Łódź", "Straße").
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const UNDECOMPOSABLE_PATTERN = /[ßæœøłđðþı]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const WHITESPACE = /\s+/g;

/**
 * Folds `text` for comparison: Unicode NFD, diacritics removed, lowercase, runs of whitespace as
 * one space, trimmed. `"  Educé   Coaching"` becomes `"educe coaching"`.
 *
 * @example
 * normaliseText('Angstklachten') === normaliseText('ANGSTKLACHTEN'); // true
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSABLE_PATTERN, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .replace(WHITESPACE, ' ')
    .trim();
}

/**
 * The words of a search query, normalised, without duplicates and without words that another word
 * of the query already contains (`"coach pluscoach"` needs only `pluscoach`). Empty for a blank query.
 */
export function queryWords(query: string): string[] {
  const words = [
    ...new Set(
      normaliseText(query)
        .split(' ')
        .filter((word) => word !== ''),
    ),
  ];
  return words.filter(
    (word, index) =>
      !words.some(
        (other, otherIndex) => otherIndex !== index && other.includes(word) && other !== word,
      ),
  );
}

/**
 * Joins already normalised fields into one haystack. The separator never occurs in a normalised
 * word, so a query word cannot match across two fields.
 */
export function joinHaystack(normalisedFields: readonly string[]): string {
  return normalisedFields.join('\n');
}

/** Whether every word appears in `haystack` (a prefix counts too: it is a substring at the start). */
export function haystackHasWords(haystack: string, words: readonly string[]): boolean {
  for (const word of words) if (!haystack.includes(word)) return false;
  return true;
}

/**
 * Whether `query` matches a record whose searchable texts are `fields`: every word of the query must
 * occur in some field, by prefix or substring, ignoring accents and case. A blank query matches all.
 *
 * For one-off checks; to filter many records per keystroke use {@link createOrganisationIndex}, which
 * normalises each record once.
 *
 * @example
 * matchesQuery(['Educé', 'Coaching bij angstklachten'], 'educe angst'); // true
 * matchesQuery(['Educé'], 'educe impegno'); // false: every word must match
 */
export function matchesQuery(fields: readonly string[], query: string): boolean {
  const words = queryWords(query);
  if (words.length === 0) return true;
  return haystackHasWords(joinHaystack(fields.map(normaliseText)), words);
}
