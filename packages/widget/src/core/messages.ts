import type { AttributeProblem } from './attributes.ts';

/** The texts of the shared states, in Dutch (B1) and English; other languages use Dutch. */
const texts = {
  nl: {
    loading: 'Bezig met laden…',
    unavailable: 'Dit onderdeel kan nu niet worden getoond.',
    unreachable: 'Dit onderdeel is nu niet bereikbaar. Probeer het later nog eens.',
    retry: 'Opnieuw proberen',
    forWebmaster: 'Voor de beheerder van deze website:',
    missing: (problem: AttributeProblem) =>
      `het attribuut ${problem.attribute} ontbreekt. Verwacht: ${problem.expected.nl}.`,
    invalid: (problem: AttributeProblem) =>
      `het attribuut ${problem.attribute} klopt niet. Verwacht: ${problem.expected.nl}.`,
    notDefined: (problem: AttributeProblem) =>
      `het element ${problem.attribute} is niet geladen. Verwacht: ${problem.expected.nl}.`,
    providerInvalid: 'de instellingen van vangnet-provider kloppen niet (zie hierboven).',
  },
  en: {
    loading: 'Loading…',
    unavailable: 'This part of the page cannot be shown right now.',
    unreachable: 'This part of the page cannot be reached right now. Please try again later.',
    retry: 'Try again',
    forWebmaster: "For this website's administrator:",
    missing: (problem: AttributeProblem) =>
      `the attribute ${problem.attribute} is missing. Expected: ${problem.expected.en}.`,
    invalid: (problem: AttributeProblem) =>
      `the attribute ${problem.attribute} is not valid. Expected: ${problem.expected.en}.`,
    notDefined: (problem: AttributeProblem) =>
      `the element ${problem.attribute} is not loaded. Expected: ${problem.expected.en}.`,
    providerInvalid: 'the settings of vangnet-provider are not valid (see above).',
  },
};

/** The shared texts. */
export type CoreTexts = (typeof texts)['nl'];

/** The shared texts in `language`, Dutch for a language without its own. */
export function coreTexts(language: string): CoreTexts {
  return language === 'en' ? texts.en : texts.nl;
}

/** The sentence explaining one attribute problem. */
export function problemText(language: string, problem: AttributeProblem): string {
  const t = coreTexts(language);
  if (problem.reason === 'not-defined') return t.notDefined(problem);
  return problem.reason === 'missing' ? t.missing(problem) : t.invalid(problem);
}
