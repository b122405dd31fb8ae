/**
 * A message with plural forms, chosen with `Intl.PluralRules` for the count. `other` is always
 * there; languages add what they need (Polish `few`/`many`, Arabic `zero`…`many`).
 */
export type PluralMessage = { readonly other: string } & Partial<
  Readonly<Record<Intl.LDMLPluralRule, string>>
>;

/** One message: plain text with `{name}` placeholders, or plural forms of such texts. */
export type Message = string | PluralMessage;

/** All messages of one language, by key. */
export type Catalog<K extends string = string> = Readonly<Record<K, Message>>;

/**
 * Loads one language's messages on first use, with a dynamic `import()`: languages beyond Dutch and
 * English are not in the bundle a phone downloads first, only fetched when a page asks for them.
 */
export type CatalogLoader<K extends string = string> = () => Promise<Partial<Catalog<K>>>;

/**
 * Catalogs per language tag (`nl`, `en`, `ar`…), each given or loaded on first use. Dutch is
 * complete and always given; other languages may be partial and fall back to Dutch key by key, so
 * a missing key never shows a raw key to a user.
 */
export type Catalogs<K extends string = string> = Readonly<
  { nl: Catalog<K> } & Record<string, Partial<Catalog<K>> | CatalogLoader<K>>
>;

/** Values filled into `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;
