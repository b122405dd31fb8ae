/**
 * Whole numbers and plural forms without `Intl`, for the languages whose rules for them are simple.
 * Chromium loads its number and plural data on the first `Intl.NumberFormat` or `Intl.PluralRules`
 * of a page: 65–77 ms at 4× CPU, in the finder's first view, for a "12 organisaties" (decision
 * 0297). Everything else (fractions, which `Intl` rounds first; negative numbers; Polish
 * thousands; Arabic digits and plurals) still goes to `Intl`. A test compares these answers with
 * `Intl`'s for every shipped language.
 */

/** The thousands separator of the languages that write digits 0–9 and group by three from 1000. */
const thousandsSeparators: Readonly<Record<string, string>> = { nl: '.', en: ',', tr: '.' };

/** Languages that write whole numbers below 1000 as plain digits 0–9. */
const latinDigits = new Set(['nl', 'en', 'tr', 'pl']);

/** Languages with only `one` (1 or −1) and `other` among the cardinal plural forms of a number. */
const oneOrOther = new Set(['nl', 'en', 'tr']);

/**
 * `value` as `Intl.NumberFormat` writes it in `language`, or `undefined` where that needs `Intl`.
 */
export function plainNumber(language: string, value: number): string | undefined {
  if (!Number.isSafeInteger(value) || value < 0 || !latinDigits.has(language)) return undefined;
  const digits = String(value);
  if (value < 1000) return digits;
  const separator = thousandsSeparators[language];
  return separator === undefined ? undefined : digits.replace(/\B(?=(\d{3})+$)/g, separator);
}

/**
 * The cardinal plural form of `count` as `Intl.PluralRules` picks it in `language`, or
 * `undefined` where that needs `Intl`.
 */
export function plainPluralRule(language: string, count: number): Intl.LDMLPluralRule | undefined {
  if (!Number.isSafeInteger(count) || !oneOrOther.has(language)) return undefined;
  return Math.abs(count) === 1 ? 'one' : 'other';
}
