import { html, type TemplateResult } from 'lit';
import { staffLanguages, type StaffLanguage } from '../translate.ts';
import type { StaffTranslator } from '../messages.ts';

/** Each language named in itself, so a reader finds their own whatever the current language. */
const ownNames: Readonly<Record<StaffLanguage, string>> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  pl: 'Polski',
};

/**
 * The header's language choice: a native `<select>` labelled in the current language. `chosen`
 * is the language asked for, which may still be loading while `t` speaks Dutch.
 */
export function languageChoice(
  t: StaffTranslator,
  chosen: StaffLanguage,
  onChoose: (language: StaffLanguage) => void,
): TemplateResult {
  return html`<div class="language">
    <label class="label" for="language">${t.msg('language.label')}</label>
    <select
      id="language"
      class="input select"
      @change=${(event: Event) =>
        onChoose((event.target as HTMLSelectElement).value as StaffLanguage)}
    >
      ${staffLanguages.map(
        (language) =>
          html`<option
            value=${language}
            lang=${language}
            dir=${language === 'ar' ? 'rtl' : 'ltr'}
            ?selected=${language === chosen}
          >
            ${ownNames[language]}
          </option>`,
      )}
    </select>
  </div>`;
}
