/**
 * ISO 7064 mod 97-10 check of the IBAN written between `start` and `end` of `text`: the first four
 * characters are moved to the end, letters become 10..35, and the resulting number must leave
 * remainder 1 when divided by 97. Spaces are skipped (grouped form); letters may be either case;
 * any other character fails. Check digits 00, 01 and 99 are never issued and fail too.
 */
export function isIbanChecksumValid(text: string, start = 0, end = text.length): boolean {
  let remainder = 0;
  let seen = 0;
  let headEnd = start;
  // Body first (after the country code and check digits), then the four head characters.
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) continue;
    if (seen < 4) {
      seen++;
      headEnd = i + 1;
      continue;
    }
    remainder = appendMod97(remainder, code);
    if (remainder < 0) return false;
  }
  if (seen < 4) return false;
  for (let i = start; i < headEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) continue;
    remainder = appendMod97(remainder, code);
    if (remainder < 0) return false;
  }
  if (remainder !== 1) return false;
  const checkDigits = checkDigitsValue(text, start, headEnd);
  return checkDigits >= 2 && checkDigits <= 98;
}

/** Appends one IBAN character to a running mod-97 remainder; -1 for a character IBANs never hold. */
function appendMod97(remainder: number, code: number): number {
  if (code >= 48 && code <= 57) return (remainder * 10 + (code - 48)) % 97;
  const letter = (code | 32) - 97;
  if (letter < 0 || letter > 25) return -1;
  return (remainder * 100 + letter + 10) % 97;
}

function checkDigitsValue(text: string, start: number, headEnd: number): number {
  let value = 0;
  let seen = 0;
  for (let i = start; i < headEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) continue;
    seen++;
    if (seen < 3) continue;
    if (code < 48 || code > 57) return -1;
    value = value * 10 + (code - 48);
  }
  return value;
}
