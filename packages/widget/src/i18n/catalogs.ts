import type { Catalog, CatalogLoader, Catalogs } from './types.ts';
import { en } from './messages/en.ts';
import { nl, type KitMessageKey } from './messages/nl.ts';

/**
 * The kit's messages in every language it ships. Dutch and English are in the bundle; the other
 * languages are separate modules, fetched only when a component has to speak them.
 */
export const kitCatalogs = {
  nl,
  en,
  ar: () => import('./messages/ar.ts').then((module) => module.ar),
  tr: () => import('./messages/tr.ts').then((module) => module.tr),
  pl: () => import('./messages/pl.ts').then((module) => module.pl),
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
 * const catalogs = extendCatalogs({ nl: myNl, en: myEn, ar: () => import('./ar.ts').then((m) => m.ar) });
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
