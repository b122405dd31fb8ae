import type { Catalog, CatalogLoader, Catalogs } from './types.ts';
import { en } from './messages/en.ts';
import { nl, type KitMessageKey } from './messages/nl.ts';

/** Per language, a module that exports that language's catalog under the language's name. */
export type CatalogModules<K extends string, L extends string> = {
  readonly [Language in L]: () => Promise<Readonly<Record<Language, Partial<Catalog<K>>>>>;
};

/**
 * Loaders for languages fetched on first use, one `import()` each. The paths must stay literal in
 * each call: that is what lets the bundler put every language in a chunk of its own.
 *
 * @example
 * ```ts
 * const catalogs = extendCatalogs({ nl, en, ...lazyCatalogs({ ar: () => import('./ar.ts') }) });
 * ```
 */
export function lazyCatalogs<K extends string, L extends string>(
  modules: CatalogModules<K, L>,
): Record<L, CatalogLoader<K>> {
  const loaders: Partial<Record<L, CatalogLoader<K>>> = {};
  for (const language of Object.keys(modules) as L[]) {
    loaders[language] = async () => (await modules[language]())[language];
  }
  return loaders as Record<L, CatalogLoader<K>>;
}

/**
 * The kit's messages in every language it ships. Dutch and English are in the bundle; the other
 * languages are separate modules, fetched only when a component has to speak them.
 */
export const kitCatalogs = {
  nl,
  en,
  ...lazyCatalogs({
    ar: () => import('./messages/ar.ts'),
    tr: () => import('./messages/tr.ts'),
    pl: () => import('./messages/pl.ts'),
  }),
} as const satisfies Catalogs<KitMessageKey>;

/** Languages the kit ships. */
export type KitLanguage = keyof typeof kitCatalogs;

type Entry<K extends string> = Partial<Catalog<K>> | CatalogLoader<K>;

const loadEntry = async <K extends string>(entry: Entry<K> | undefined) =>
  typeof entry === 'function' ? entry() : (entry ?? {});

/**
 * A component's catalogs: the kit's messages extended with the component's own, for exactly the
 * languages the component ships. A language the component does not list is not offered, so a
 * page in Arabic gets a Dutch referral form rather than a mix of Arabic and Dutch. A language
 * that the kit or the component loads lazily stays lazy: both halves are fetched together.
 *
 * @example
 * ```ts
 * const catalogs = extendCatalogs({ nl: myNl, en: myEn, ...lazyCatalogs({ ar: () => import('./ar.ts') }) });
 * ```
 */
export function extendCatalogs<K extends string>(
  own: { nl: Catalog<K> } & Partial<Record<string, Entry<K>>>,
): Catalogs<K | KitMessageKey> {
  const kitEntries: Readonly<Record<string, Entry<KitMessageKey>>> = kitCatalogs;
  const merged: Record<string, Entry<K | KitMessageKey>> = {};
  for (const [language, messages] of Object.entries(own)) {
    if (messages === undefined) continue;
    const kit = kitEntries[language];
    merged[language] =
      typeof kit === 'function' || typeof messages === 'function'
        ? async () => ({ ...(await loadEntry(kit)), ...(await loadEntry(messages)) })
        : ({ ...kit, ...messages } as Partial<Catalog<K | KitMessageKey>>);
  }
  return merged as Catalogs<K | KitMessageKey>;
}

/**
 * Keys that `reference` has and `catalog` lacks: what a translator still has to write. Tests of
 * every component call this for each language it ships.
 */
export function missingKeys(reference: Catalog, catalog: Partial<Catalog>): string[] {
  return Object.keys(reference).filter((key) => {
    const message = catalog[key];
    return message === undefined || (typeof message === 'string' && message.trim() === '');
  });
}
