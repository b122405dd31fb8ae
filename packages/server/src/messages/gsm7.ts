// GSM 03.38: the 7-bit alphabet of text messages. A message of at most 160 septets is one SMS;
// one character outside it makes the whole message UCS-2, 70 characters a part.

const basic =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const extension = '^{}\\[~]|€\f';
const basicSet = new Set(basic);
const extensionSet = new Set(extension);

/** One SMS holds this many septets. */
export const smsSeptets = 160;

/** Septets `text` takes in GSM-7, or `undefined` when a character is not in the alphabet. */
export function gsm7Length(text: string): number | undefined {
  let septets = 0;
  for (const char of text) {
    if (basicSet.has(char)) septets += 1;
    else if (extensionSet.has(char)) septets += 2;
    else return undefined;
  }
  return septets;
}

/**
 * `text` in the GSM-7 alphabet where it can be: accents the alphabet lacks dropped ("ë" → "e"),
 * typographic quotes, dashes and odd spaces made plain. Characters with no plain form stay.
 */
export function toGsm7(text: string): string {
  let out = '';
  for (const char of text
    .replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')) {
    if (basicSet.has(char) || extensionSet.has(char)) out += char;
    else {
      const plain = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += gsm7Length(plain) === undefined ? char : plain;
    }
  }
  return out;
}

/**
 * The first of `candidates` (richest first) that fits one SMS in GSM-7, made GSM-7 where it can
 * be; the shortest when none fits (it is sent as a concatenated message).
 */
export function fitSms(candidates: readonly string[]): string {
  const plain = candidates.map(toGsm7);
  const fits = plain.find((text) => (gsm7Length(text) ?? Infinity) <= smsSeptets);
  if (fits !== undefined) return fits;
  return plain.reduce((shortest, text) => (text.length < shortest.length ? text : shortest));
}
