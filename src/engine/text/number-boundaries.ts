import { isAsciiAlphanumeric, isAsciiDigit, isHexDigit, isWordChar } from './chars.js';
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

// Code-unit forms of the functions above, for loops that read `codeUnitsOf(text)` instead of the
// string. `length` is the text's length: entries of the view past it are stale.

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

/** `endsEscape` over the code units of the text: an escape (`\n`, `\u00e9`) ends right before `at`. */
export function endsEscapeIn(units: Uint16Array, at: number): boolean {
  if (at < 2) return false;
  const letter = units[at - 1]!;
  if ((letter === 110 || letter === 114 || letter === 116) && units[at - 2] === 92) return true;
  if (at < 6 || units[at - 6] !== 92 || units[at - 5] !== 117) return false;
  for (let i = at - 4; i < at; i++) if (!isHexDigit(units[i]!)) return false;
  return true;
}

/** {@link isNumberStartFree} over the code units of the text. */
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

/** {@link isNumberEndFree} over the code units of a text of `length` code units. */
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

/** {@link digitRunEnd} over the code units of a text of `length` code units. */
export function digitRunEndIn(units: Uint16Array, length: number, start: number): number {
  let end = start;
  while (end < length && isDigitUnit(units[end]!)) end++;
  return end;
}

/** {@link matchDigitGroups} over the code units of a text of `length` code units. */
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

/** {@link digitsValue} over the code units of the text. */
export function digitsValueIn(units: Uint16Array, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) value = value * 10 + (units[i]! - 48);
  return value;
}
