/** Languages the Vangnet components speak, at least in part (missing texts fall back to Dutch). */
export const LANGUAGES = ['nl', 'en', 'ar', 'pl', 'tr'] as const;

/** The primary language subtag of a BCP 47 tag, lowercased: `en-GB` → `en`. */
export function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Whether `tag` is a well-formed language tag whose language is one of `languages`. */
export function isKnownLanguage(tag: string, languages: readonly string[] = LANGUAGES): boolean {
  try {
    Intl.getCanonicalLocales(tag);
  } catch {
    return false;
  }
  return languages.includes(primarySubtag(tag));
}

/**
 * The language of a component: its own `lang`, else the provider's, else the nearest ancestor's
 * (normally the page's `<html lang>`), else Dutch — restricted to `languages`. A page in a language
 * we do not ship gets Dutch: the region's language, and the one every text exists in.
 */
export function languageOf(
  element: Element,
  providerLanguage: string | undefined,
  languages: readonly string[] = LANGUAGES,
): string {
  const own = element.getAttribute('lang');
  const inherited = element.parentElement?.closest('[lang]')?.getAttribute('lang');
  const tag = own || providerLanguage || inherited || element.ownerDocument.documentElement.lang;
  const language = primarySubtag(tag ?? '');
  return languages.includes(language) ? language : 'nl';
}
