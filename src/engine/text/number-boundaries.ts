import { isAsciiAlphanumeric, isAsciiDigit, isWordChar } from './chars.js';
import { endsEscape } from './escapes.js';

/** `-1` as a separator argument: the candidate has no separator of its own. */
export const NO_SEPARATOR = -1;

const HYPHEN = 45;
const DOT = 46;
const COMMA = 44;

/**
 * True when a number that starts at `start` stands on its own on the left. It must not be glued
 * to a word (`id4111…`, hex ids), be the fraction or thousands part of a decimal (`1.`, `1,`),
 * end a hyphenated identifier (`ORD-2024-…`), or continue a longer digit grouping that uses the
 * candidate's own `separator` (a char code, or NO_SEPARATOR). The letter of an escape (`\n4111…`
 * in JSON quoted inside a log line) separates like the whitespace it stands for.
 */
export function isNumberStartFree(text: string, start: number, separator: number = NO_SEPARATOR): boolean {
  if (start <= 0) return true;
  const before = text.charCodeAt(start - 1);
  if (isWordChar(before)) return endsEscape(text, start);
  if (start < 2) return true;
  const twoBefore = text.charCodeAt(start - 2);
  if ((before === DOT || before === COMMA) && isAsciiDigit(twoBefore)) return false;
  if (before === HYPHEN && isAsciiAlphanumeric(twoBefore)) return false;
  if (before === separator && isAsciiDigit(twoBefore)) return false;
  return true;
}

/** Mirror of {@link isNumberStartFree} for the character at `end` (exclusive end of the number). */
export function isNumberEndFree(text: string, end: number, separator: number = NO_SEPARATOR): boolean {
  if (end >= text.length) return true;
  const after = text.charCodeAt(end);
  if (isWordChar(after)) return false;
  if (end + 1 >= text.length) return true;
  const twoAfter = text.charCodeAt(end + 1);
  if ((after === DOT || after === COMMA) && isAsciiDigit(twoAfter)) return false;
  if (after === HYPHEN && isAsciiAlphanumeric(twoAfter)) return false;
  if (after === separator && isAsciiDigit(twoAfter)) return false;
  return true;
}

/** Index just past the run of ASCII digits that starts at `start` (`start` itself when none). */
export function digitRunEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isAsciiDigit(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Matches digit groups of exactly `lengths` (at least two) joined by one separator, a space or a
 * hyphen, used consistently (`123-45-6789`, not `123-45 6789`). Returns the end index, or -1.
 * The separator used is `text.charCodeAt(start + lengths[0])`.
 */
export function matchDigitGroups(text: string, start: number, lengths: readonly number[]): number {
  let position = start;
  let separator = NO_SEPARATOR;
  for (let g = 0; g < lengths.length; g++) {
    if (g > 0) {
      const code = text.charCodeAt(position);
      if (g === 1) {
        if (code !== 32 && code !== HYPHEN) return -1;
        separator = code;
      } else if (code !== separator) {
        return -1;
      }
      position++;
    }
    const groupEnd = digitRunEnd(text, position);
    if (groupEnd - position !== lengths[g]) return -1;
    position = groupEnd;
  }
  return position;
}

/** Decimal value of the `length` ASCII digits at `start` (the caller has checked they are digits). */
export function digitsValue(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}
