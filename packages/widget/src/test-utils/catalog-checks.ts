// Test support: the checks every catalog of the kit and of each component passes, in every
// language the kit ships, so a language added to the kit fails until each component speaks it.
import { expect } from '@open-wc/testing';
import { intlLocale, kitCatalogs, missingKeys } from '../i18n/index.ts';
import type { Catalog, CatalogLoader, Catalogs, Message } from '../i18n/index.ts';

export interface CatalogSet {
  /** The messages a translator writes, every language loaded at once, keyed by language. */
  readonly own: Readonly<Record<string, Catalog>> & { readonly nl: Catalog };
  /** What the component really uses: the kit's and its own, lazy languages behind loaders. */
  readonly shipped: Catalogs;
}

const placeholders = (text: string | undefined): string[] =>
  [...new Set(text?.match(/\{\w+\}/g) ?? [])].sort();

const mainText = (message: Message | undefined): string | undefined =>
  typeof message === 'object' ? message.other : message;

/** What is wrong with one message compared with its Dutch `reference`, in words for a translator. */
function messageProblems(
  language: string,
  key: string,
  reference: Message,
  message: Message | undefined,
): string[] {
  const expected = placeholders(mainText(reference));
  const own = placeholders(mainText(message));
  const problems =
    own.join() === expected.join()
      ? []
      : [`${key}: ${own.join() || 'none'} for ${expected.join()}`];
  if (typeof message !== 'object') return problems;
  const categories = new Set<string>(
    new Intl.PluralRules(intlLocale(language)).resolvedOptions().pluralCategories,
  );
  // Dutch and English `other` is plural ("1 organisaties"): a count needs `one` as well.
  if ((language === 'nl' || language === 'en') && message.one === undefined) {
    problems.push(`${key}: no "one"`);
  }
  for (const [form, text] of Object.entries(message)) {
    if (!categories.has(form)) problems.push(`${key}: ${language} has no plural form "${form}"`);
    // A form may spell out "1" instead of {count}, but never bring a placeholder of its own.
    const extra = placeholders(text).filter((name) => !expected.includes(name));
    if (extra.length > 0) problems.push(`${key}.${form}: ${extra.join()} is not in Dutch`);
  }
  return problems;
}

/**
 * Everything wrong with `language` in a component's catalogs: not shipped, a Dutch key missing
 * (in its own file, or once loaded with the kit's merged in), a placeholder changed, or a plural
 * form the language does not have. Empty when all is well.
 */
export async function catalogProblems(
  { own, shipped }: CatalogSet,
  language: string,
): Promise<string[]> {
  const catalog = own[language];
  const entry = shipped[language] as Partial<Catalog> | CatalogLoader | undefined;
  if (catalog === undefined || entry === undefined) return [`${language} is not shipped`];
  const merged = typeof entry === 'function' ? await entry() : entry;
  const missing = new Set([...missingKeys(own.nl, catalog), ...missingKeys(shipped.nl, merged)]);
  return [
    ...[...missing].map((key) => `${key}: missing`),
    ...Object.entries(own.nl).flatMap(([key, reference]) =>
      missing.has(key) ? [] : messageProblems(language, key, reference, catalog[key]),
    ),
  ];
}

/**
 * Describes one test per language of the kit: the component's catalogs in that language have
 * no {@link catalogProblems}.
 *
 * @example
 * ```ts
 * describeCatalogs('<vangnet-booking-form>', { own: bookingOwnCatalogs, shipped: bookingCatalogs });
 * ```
 */
export function describeCatalogs(component: string, set: CatalogSet): void {
  describe(`${component}: messages in every language`, () => {
    for (const language of Object.keys(kitCatalogs)) {
      it(`ships ${language}: every Dutch message, same placeholders, its own plural forms`, async () => {
        expect(await catalogProblems(set, language)).to.deep.equal([]);
      });
    }
  });
}
