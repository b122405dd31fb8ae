/**
 * Names and labels in the order `Intl.Collator` gives, without asking `Intl` where a plain
 * comparison gives the same order. The first collator of a page makes the browser load its
 * collation data: 48 ms at 4× CPU before the referral form's first view, 81 ms before the finder's
 * (decisions 0296 and 0298). Dutch and English use the root order of the Unicode collation:
 * punctuation and symbols, then digits, then letters; case counts only where all else is equal,
 * lowercase first. Text of ASCII letters, digits and the symbols below is compared through a key
 * with that order; anything else (accents, other scripts, other languages) goes to a collator.
 * Tests compare both for every pair of a list, in Node and in Chromium.
 */

/** How to compare: the language's order, and what `Intl.Collator`'s options would say. */
export interface CompareTextOptions {
  /** The language whose order counts, e.g. `nl`. */
  readonly language: string;
  /** Ignore case (and accents): `sensitivity: 'base'`. */
  readonly caseless?: boolean;
  /** Compare runs of digits as numbers, so 2 comes before 10: `numeric: true`. */
  readonly numeric?: boolean;
}

/** The symbols the key knows, in the collation's order; all sort before digits and letters. */
const symbols = ` _-,;:!?.'"()[]{}@*/\\&#%\`^+<=>|~$`;
const languagesInRootOrder = new Set(['nl', 'en']);
/** ASCII letters, digits and the symbols above: the texts a key can place. */
const plainText = new RegExp(`^[A-Za-z0-9${symbols.replace(/[\\\]^-]/g, '\\$&')}]*$`);
const combiningMarks = /\p{M}+/gu;
const leadingZero = /(?:^|\D)0\d/;
/** The longest number whose length one key character holds, between the symbols and `a`. */
const longestNumber = 0x60 - 0x24;
const collators = new Map<string, Intl.Collator>();

/** Compares two texts as `Intl.Collator(language, options)` does: negative, zero or positive. */
export function compareText(a: string, b: string, options: CompareTextOptions): number {
  const keyA = keyOf(a, options);
  const keyB = keyOf(b, options);
  if (keyA === undefined || keyB === undefined) return collatorFor(options).compare(a, b);
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  if (options.caseless) return 0;
  // The same letters and numbers, so the same length: the first difference in case decides.
  for (let index = 0; index < a.length; index += 1) {
    if (a[index] !== b[index]) return a[index] === a[index]!.toLowerCase() ? -1 : 1;
  }
  return 0;
}

/**
 * A key for sorting many texts at once, made once per text: two texts with keys compare as their
 * keys do (`<`), in the order {@link compareText} gives them with `caseless`. `undefined` where
 * only a collator knows the place of the text.
 */
export function caselessKey(text: string, options: CompareTextOptions): string | undefined {
  return keyOf(text, { ...options, caseless: true });
}

function keyOf(text: string, options: CompareTextOptions): string | undefined {
  if (!languagesInRootOrder.has(options.language)) return undefined;
  // Accents count only where nothing else differs: without case, they do not count at all.
  const letters = options.caseless ? text.normalize('NFD').replace(combiningMarks, '') : text;
  if (!plainText.test(letters)) return undefined;
  // Leading zeros, like case, count only where nothing else differs.
  if (options.numeric && !options.caseless && leadingZero.test(letters)) return undefined;
  return primaryKey(letters, options.numeric ?? false);
}

/**
 * Text as a key that compares, code unit by code unit, in its primary order: symbols below digits
 * (`0`–`9`) below letters (`a`–`z`). A number becomes its length (one character between the
 * symbols and the letters) and then its digits without leading zeros, so a longer number is a
 * larger one.
 */
function primaryKey(text: string, numeric: boolean): string | undefined {
  let tooLong = false;
  const key = text.toLowerCase().replace(/\d+|[^a-z]/g, (match) => {
    if (!/\d/.test(match)) return String.fromCharCode(1 + symbols.indexOf(match));
    if (!numeric) return match;
    const digits = match.replace(/^0+(?=\d)/, '');
    tooLong ||= digits.length > longestNumber;
    return String.fromCharCode(0x23 + digits.length) + digits;
  });
  return tooLong ? undefined : key;
}

function collatorFor({ language, caseless = false, numeric = false }: CompareTextOptions) {
  const name = `${language} ${caseless} ${numeric}`;
  let collator = collators.get(name);
  if (!collator) {
    collator = new Intl.Collator(
      language,
      caseless ? { sensitivity: 'base', numeric } : { numeric },
    );
    collators.set(name, collator);
  }
  return collator;
}
