import { directionOf } from '../../widget/src/i18n/locale.ts';

/** The workspace's languages: Dutch (B1, the reference) and English are in the bundle. */
export const staffLanguages = ['nl', 'en', 'ar', 'tr', 'pl'] as const;

/** A language the workspace speaks. */
export type StaffLanguage = (typeof staffLanguages)[number];

/** The languages fetched only when someone chooses them, one chunk each. */
export type LoadedLanguage = Exclude<StaffLanguage, 'nl' | 'en'>;

/** The workspace's text sets: its own and one per section. */
export type TextSetName = 'workspace' | 'agenda' | 'callbacks' | 'monitoring' | 'outbox';

/** One loaded language's texts for every text set, as its language module exports them. */
export type LanguageTexts = Readonly<Record<TextSetName, Readonly<Record<string, string>>>>;

/** Texts of one part of the workspace: Dutch (B1, the reference) and English, same keys. */
export interface MessageCatalogs<K extends string> {
  readonly nl: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

/** `msg(key, params)` in one language; placeholders are `{name}`. */
export interface Translator<K extends string> {
  /** The language the texts are really in: Dutch while a chosen language is still loading. */
  readonly lang: StaffLanguage;
  msg(key: K, params?: Record<string, string | number>): string;
}

// Kept in memory for the page's life, like everything else of the workspace.
const loaded = new Map<LoadedLanguage, LanguageTexts>();

/** The workspace language for a BCP 47 tag (`en-GB` → `en`); Dutch for any it does not speak. */
export function staffLanguageOf(tag: string): StaffLanguage {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (staffLanguages as readonly string[]).includes(primary)
    ? (primary as StaffLanguage)
    : 'nl';
}

/** Whether a language's texts are here: Dutch and English always are. */
export function hasTexts(language: StaffLanguage): boolean {
  return language === 'nl' || language === 'en' || loaded.has(language);
}

/** Hands a fetched language's texts to every text set's translator. */
export function addLanguage(language: LoadedLanguage, texts: LanguageTexts): void {
  loaded.set(language, texts);
}

/**
 * A translator factory for one set of texts. Dutch and English are given; Arabic, Turkish and
 * Polish come from their language module once it has been fetched (see `languages/load.ts`);
 * until then, and for any other language, the texts are Dutch.
 * Each section of the workspace keeps its own texts beside its element and uses this.
 */
export function createTranslator<K extends string>(
  name: TextSetName,
  catalogs: MessageCatalogs<K>,
): (lang: string) => Translator<K> {
  return (lang) => {
    const wanted = staffLanguageOf(lang);
    const extra =
      wanted === 'nl' || wanted === 'en'
        ? undefined
        : (loaded.get(wanted)?.[name] as Readonly<Record<K, string>> | undefined);
    const language = wanted === 'en' || extra ? wanted : 'nl';
    const messages = extra ?? (language === 'en' ? catalogs.en : catalogs.nl);
    // In right-to-left text each value is isolated (first strong isolate … pop): a time range,
    // a phone number or a reference keeps its own order instead of being reordered by the Arabic
    // around it. Left-to-right texts stay exactly as written.
    const value =
      directionOf(language) === 'rtl'
        ? (text: string) => `\u2068${text}\u2069`
        : (text: string) => text;
    return {
      lang: language,
      msg: (key, params = {}) =>
        (messages[key] ?? catalogs.nl[key]).replace(/\{(\w+)\}/g, (whole, name: string) =>
          name in params ? value(String(params[name])) : whole,
        ),
    };
  };
}
