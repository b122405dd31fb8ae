/**
 * Phone numbers young people and staff type: Dutch numbers (`06 00000000`, `070 000 0000`,
 * `+31 6 00000000`, `0031 6 ...`) and international numbers in E.164 for newcomers (`+48 ...`).
 * Spaces, dashes, dots and brackets are allowed between digits.
 */
export function normalisePhoneNumber(input: string): string | undefined {
  const compact = input.trim().replace(/[\s().-]/g, '');
  if (/^0[1-9]\d{8}$/.test(compact)) return `+31${compact.slice(1)}`;
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  if (/^\+31[1-9]\d{8}$/.test(international)) return international;
  if (/^\+[1-9]\d{7,14}$/.test(international) && !international.startsWith('+31'))
    return international;
  return undefined;
}

/** Whether `input` is a Dutch or an international (E.164) phone number. */
export function isPhoneNumber(input: string): boolean {
  return normalisePhoneNumber(input) !== undefined;
}

/** Whether `input` is a Dutch mobile number (06, +316, 00316). */
export function isDutchMobileNumber(input: string): boolean {
  return normalisePhoneNumber(input)?.startsWith('+316') ?? false;
}

/** Whether `input` is a Dutch postcode, `2511 AB` or `2511AB`. */
export function isDutchPostcode(input: string): boolean {
  return /^[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}$/i.test(input.trim());
}
