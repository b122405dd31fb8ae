import { compareText, type CompareTextOptions } from './compare-text.ts';

const symbols = ` _-,;:!?.'"()[]{}@*/\\&#%\`^+<=>|~$`;

/** Names and labels of the kinds the network has, and the edges of the key. */
export const textsToCompare: readonly string[] = [
  "'s-Gravenhage",
  'Den Haag',
  'den Haag',
  'Den haag',
  'Delft',
  'Midden-Delfland',
  'Middendelfland',
  'Midden Delfland',
  'Leidschendam-Voorburg',
  'Pijnacker-Nootdorp',
  'Zoetermeer',
  'Ede',
  'ede',
  'Ee',
  'Eerste 2',
  'Eerste 10',
  'Eerste 02',
  'Eerste 0',
  'Eerste 00',
  'Eerste 00001',
  'Eerste 1',
  'Eerste 1a',
  'Eerste 1 a',
  'Jongerenpunt070',
  'Jongerenpunt70',
  'Jongerenpunt 70',
  'Jongerenpunt',
  'a1b',
  'a01b',
  'A1b',
  '1'.repeat(30),
  '1'.repeat(59),
  '1'.repeat(60),
  '2'.repeat(61),
  `${'0'.repeat(70)}5`,
  'Geld & schulden',
  'Geld en schulden',
  'Werk (en stage)',
  'Werk/stage',
  'School, werk',
  'Zorg: thuis',
  'Educé',
  'Educe',
  'educe',
  'Educe\u0301',
  'Coöperatie Rugwind',
  'Cooperatie Rugwind',
  'Steunpunt Brède',
  'Praktijk Café Ëlan',
  'Praktijk Cafe Elan',
  'Súdwest-Fryslân',
  'Één',
  'Straße',
  'Strasse',
  'ĳs',
  'ijs',
  'Øresund',
  'Orešund',
  'Ελλάδα',
  '',
  ...[...symbols].map((symbol) => `a${symbol}b`),
  'ab',
  'a0b',
  'aBb',
];

const optionSets = [{}, { caseless: true }, { numeric: true }, { caseless: true, numeric: true }];

/**
 * Every pair of {@link textsToCompare} that `compareText` orders otherwise than `Intl.Collator`,
 * in each of `languages` and each combination of options; none is the answer.
 */
export function compareTextMismatches(languages: readonly string[]): string[] {
  const found: string[] = [];
  for (const language of languages) {
    for (const set of optionSets) {
      const options: CompareTextOptions = { language, ...set };
      const collator = new Intl.Collator(
        language,
        options.caseless
          ? { sensitivity: 'base', numeric: !!options.numeric }
          : { numeric: !!options.numeric },
      );
      for (const a of textsToCompare) {
        for (const b of textsToCompare) {
          const expected = Math.sign(collator.compare(a, b));
          const actual = Math.sign(compareText(a, b, options));
          if (actual !== expected)
            found.push(`${JSON.stringify(options)} ${a} / ${b}: ${actual}, not ${expected}`);
        }
      }
    }
  }
  return found;
}
