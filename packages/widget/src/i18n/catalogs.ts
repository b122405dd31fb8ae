import type { Catalog, Catalogs } from './types.ts';
import { ar } from './messages/ar.ts';
import { en } from './messages/en.ts';
import { nl, type KitMessageKey } from './messages/nl.ts';
import { pl } from './messages/pl.ts';
import { tr } from './messages/tr.ts';

/** The kit's messages in every language it ships. */
export const kitCatalogs = { nl, en, ar, tr, pl } as const satisfies Catalogs<KitMessageKey>;

/** Languages the kit ships. */
export type KitLanguage = keyof typeof kitCatalogs;

/**
 * A component's catalogs: the kit's messages extended with the component's own, for exactly the
 * languages the component ships. A language the component does not list is not offered, so a
 * page in Arabic gets a Dutch referral form rather than a mix of Arabic and Dutch.
 *
 * @example
 * ```ts
 * const catalogs = extendCatalogs({ nl: referralNl, en: referralEn });
 * ```
 */
export function extendCatalogs<K extends string>(
  own: { nl: Catalog<K> } & Partial<Record<string, Partial<Catalog<K>>>>,
): Catalogs<K | KitMessageKey> {
  const merged: Record<string, Partial<Catalog<K | KitMessageKey>>> = {};
  for (const [language, messages] of Object.entries(own)) {
    if (messages === undefined) continue;
    const kit = (kitCatalogs as Readonly<Record<string, Catalog<KitMessageKey>>>)[language] ?? {};
    merged[language] = { ...kit, ...messages } as Partial<Catalog<K | KitMessageKey>>;
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
