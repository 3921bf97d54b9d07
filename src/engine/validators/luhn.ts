import { codeUnitsOf } from '../text/code-units.js';

/**
 * Luhn (mod 10) check over the digits of `text` between `start` and `end`. Single spaces and
 * hyphens between digit groups are skipped so that a grouped card number can be checked where it
 * stands, without building a compact copy; any other character fails the check.
 */
export function isLuhnValid(text: string, start = 0, end = text.length): boolean {
  return isLuhnValidIn(codeUnitsOf(text), start, end);
}

/** {@link isLuhnValid} over a code-unit view of the text (see `codeUnitsOf`), for callers that hold one. */
export function isLuhnValidIn(units: Uint16Array, start: number, end: number): boolean {
  let sum = 0;
  let digits = 0;
  for (let i = end - 1; i >= start; i--) {
    const code = units[i]!;
    if (code === 32 || code === 45) continue;
    const digit = code - 48;
    if (digit < 0 || digit > 9) return false;
    // Every second digit from the right is doubled; a doubled digit above 9 counts its digit sum.
    if ((digits & 1) === 1) sum += digit > 4 ? digit * 2 - 9 : digit * 2;
    else sum += digit;
    digits++;
  }
  return digits > 1 && sum % 10 === 0;
}
