import type { LocalisedText } from '@vangnet/sdk';

/** A catalog text in `language`, else in Dutch (the catalog always has Dutch); none gives `''`. */
export function localised(text: LocalisedText | undefined, language: string): string {
  if (!text) return '';
  return text[language] ?? text['nl'] ?? '';
}
