import { isAsciiAlphanumeric, isHexDigit, isWordChar } from './chars.js';

/** `-1` as a separator argument: the candidate has no separator of its own. */
export const NO_SEPARATOR = -1;

const HYPHEN = 45;
const DOT = 46;
const COMMA = 44;

// The rules below read `codeUnitsOf(text)` instead of the string. `length` is the text's
// length: entries of the view past it are stale.
//
// A number stands on its own on the left when it is not glued to a word (`id4111…`, hex ids),
// not the fraction or thousands part of a decimal (`1.`, `1,`), not the end of a hyphenated
// identifier (`ORD-2024-…`), and does not continue a longer digit grouping that uses the
// candidate's own separator (a char code, or NO_SEPARATOR). The letter of an escape (`\n4111…`
// in JSON quoted inside a log line) separates like the whitespace it stands for. The right side
// mirrors it. Digit groups are joined by one separator, a space or a hyphen, used consistently
// (`123-45-6789`, not `123-45 6789`).

/** An ASCII digit: `code - 48`, taken unsigned, is at most 9 for those ten only. */
export function isDigitUnit(code: number): boolean {
  return code - 48 >>> 0 <= 9;
}

const WORD = 1;
const ALPHANUMERIC = 2;
const UNIT_CLASSES = buildUnitClasses();

function buildUnitClasses(): Uint8Array {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    table[code] = (isWordChar(code) ? WORD : 0) | (isAsciiAlphanumeric(code) ? ALPHANUMERIC : 0);
  }
  return table;
}

/** Letters, digits and `_` (as `isWordChar`). */
export function isWordUnit(code: number): boolean {
  return code < 128 && (UNIT_CLASSES[code]! & WORD) !== 0;
}

function isAlphanumericUnit(code: number): boolean {
  return code < 128 && (UNIT_CLASSES[code]! & ALPHANUMERIC) !== 0;
}

/** An escape (`\n`, `\u00e9`) ends right before `at` (as `endsEscape` in escapes.ts). */
export function endsEscapeIn(units: Uint16Array, at: number): boolean {
  if (at < 2) return false;
  const letter = units[at - 1]!;
  if ((letter === 110 || letter === 114 || letter === 116) && units[at - 2] === 92) return true;
  if (at < 6 || units[at - 6] !== 92 || units[at - 5] !== 117) return false;
  for (let i = at - 4; i < at; i++) if (!isHexDigit(units[i]!)) return false;
  return true;
}

/** True when a number that starts at `start` stands on its own on the left (rules above). */
export function isNumberStartFreeIn(units: Uint16Array, start: number, separator: number = NO_SEPARATOR): boolean {
  if (start <= 0) return true;
  const before = units[start - 1]!;
  if (isWordUnit(before)) return endsEscapeIn(units, start);
  if (start < 2) return true;
  const twoBefore = units[start - 2]!;
  if ((before === DOT || before === COMMA) && isDigitUnit(twoBefore)) return false;
  if (before === HYPHEN && isAlphanumericUnit(twoBefore)) return false;
  if (before === separator && isDigitUnit(twoBefore)) return false;
  return true;
}

/** The same for the right side: the code unit at `end` (exclusive end of the number). */
export function isNumberEndFreeIn(units: Uint16Array, length: number, end: number, separator: number = NO_SEPARATOR): boolean {
  if (end >= length) return true;
  const after = units[end]!;
  if (isWordUnit(after)) return false;
  if (end + 1 >= length) return true;
  const twoAfter = units[end + 1]!;
  if ((after === DOT || after === COMMA) && isDigitUnit(twoAfter)) return false;
  if (after === HYPHEN && isAlphanumericUnit(twoAfter)) return false;
  if (after === separator && isDigitUnit(twoAfter)) return false;
  return true;
}

/** Index just past the run of ASCII digits that starts at `start` (`start` itself when none). */
export function digitRunEndIn(units: Uint16Array, length: number, start: number): number {
  let end = start;
  while (end < length && isDigitUnit(units[end]!)) end++;
  return end;
}

/**
 * Matches digit groups of exactly `lengths` (at least two) joined by one consistent separator
 * (rules above). Returns the end index, or -1.
 */
export function matchDigitGroupsIn(units: Uint16Array, length: number, start: number, lengths: readonly number[]): number {
  let position = start;
  let separator = NO_SEPARATOR;
  for (let g = 0; g < lengths.length; g++) {
    if (g > 0) {
      if (position >= length) return -1;
      const code = units[position]!;
      if (g === 1) {
        if (code !== 32 && code !== HYPHEN) return -1;
        separator = code;
      } else if (code !== separator) {
        return -1;
      }
      position++;
    }
    const groupEnd = digitRunEndIn(units, length, position);
    if (groupEnd - position !== lengths[g]) return -1;
    position = groupEnd;
  }
  return position;
}

/** Decimal value of the `count` ASCII digits at `start` (the caller has checked they are digits). */
export function digitsValueIn(units: Uint16Array, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) value = value * 10 + (units[i]! - 48);
  return value;
}
