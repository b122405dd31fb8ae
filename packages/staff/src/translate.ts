/** Texts of one part of the workspace: Dutch (B1, the reference) and English, same keys. */
export interface MessageCatalogs<K extends string> {
  readonly nl: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

/** `msg(key, params)` in one language; placeholders are `{name}`. */
export interface Translator<K extends string> {
  readonly lang: 'nl' | 'en';
  msg(key: K, params?: Record<string, string | number>): string;
}

/**
 * A translator factory for one set of texts: English for `en`, Dutch for any other language.
 * Each section of the workspace keeps its own texts beside its element and uses this.
 */
export function createTranslator<K extends string>(
  catalogs: MessageCatalogs<K>,
): (lang: string) => Translator<K> {
  return (lang) => {
    const language = lang.toLowerCase().split('-')[0] === 'en' ? 'en' : 'nl';
    const messages = catalogs[language];
    return {
      lang: language,
      msg: (key, params = {}) =>
        messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
          name in params ? String(params[name]) : whole,
        ),
    };
  };
}
