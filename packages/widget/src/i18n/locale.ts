/** Languages written right to left, by primary language subtag. */
const rightToLeft = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb']);

/** The primary language subtag of a BCP 47 tag, lowercased: `en-GB` → `en`. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** `rtl` for languages written right to left, else `ltr`. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  return rightToLeft.has(primaryLanguage(language)) ? 'rtl' : 'ltr';
}

/**
 * The language a component should speak: its own `lang`, else the nearest ancestor's (normally the
 * page's `<html lang>`), else Dutch — restricted to the languages it ships.
 */
export function resolveLanguage(element: Element | undefined, shipped: readonly string[]): string {
  const candidates = [
    element?.getAttribute('lang'),
    element?.closest('[lang]')?.getAttribute('lang'),
    element?.ownerDocument.documentElement.getAttribute('lang'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const language = primaryLanguage(candidate);
    if (shipped.includes(language)) return language;
    // A page in a language we do not ship falls back to Dutch, not to the next candidate: the
    // page author chose that language, so the ancestor's language is no better a guess.
    return 'nl';
  }
  return 'nl';
}
