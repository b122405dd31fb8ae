import type { LocalisedText } from '@vangnet/sdk';

/** A catalog text in the language in use, else in Dutch (always there). */
export function localised(text: LocalisedText | undefined, language: string): string {
  if (!text) return '';
  const texts = text as Readonly<Record<string, string | undefined>>;
  return texts[language] ?? texts['nl'] ?? '';
}
