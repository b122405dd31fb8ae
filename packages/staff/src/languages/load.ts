import { addLanguage, hasTexts, type LanguageTexts, type StaffLanguage } from '../translate.ts';

// One chunk per language for the whole workspace: a switch fetches one file and then every
// section speaks the language at once. The paths stay literal so the bundler splits them.
const modules: Record<
  Exclude<StaffLanguage, 'nl' | 'en'>,
  () => Promise<{ readonly texts: LanguageTexts }>
> = {
  ar: () => import('./ar.ts'),
  tr: () => import('./tr.ts'),
  pl: () => import('./pl.ts'),
};

const inFlight = new Map<StaffLanguage, Promise<void>>();

/**
 * Fetches a language's texts for every text set, once; Dutch and English are in the bundle.
 * Resolves when the translators speak it. A failed fetch may be tried again later.
 */
export function loadLanguage(language: StaffLanguage): Promise<void> {
  if (language === 'nl' || language === 'en' || hasTexts(language)) return Promise.resolve();
  let loading = inFlight.get(language);
  if (!loading) {
    loading = modules[language]()
      .then((module) => addLanguage(language, module.texts))
      .finally(() => inFlight.delete(language));
    inFlight.set(language, loading);
  }
  return loading;
}
