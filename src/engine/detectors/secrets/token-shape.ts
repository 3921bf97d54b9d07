import { isAsciiAlphanumeric } from '../../text/chars.js';
import { codeUnitsOf } from '../../text/code-units.js';
import { isCamelCaseWords } from './code-reference.js';
import { isMeasuredPlaceholder } from './placeholder.js';
import { DIGIT, LOWER, OTHER, UPPER, bodyStats, classOf, measureBody } from './body-stats.js';

/**
 * Shape tests shared by the secret detectors: character sets of token bodies, character
 * classes, and the checks that separate a random credential from words, placeholders and
 * identifiers (`hosted-eu-20260812-09`). Everything works on `[start, end)` slices of the
 * original text and allocates nothing.
 */

/** `[A-Za-z0-9_-]`: the base64url alphabet, which most modern API keys use. */
export function isBase64UrlChar(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 45 || code === 95;
}

/** `[A-Za-z0-9+/=]`: standard base64 with padding. */
export function isBase64Char(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 43 || code === 47 || code === 61;
}

/** `\n`, `\t` or `\r` written as two characters (JSON strings, logged JSON) just before `at`. */
export function followsEscape(text: string, at: number): boolean {
  if (at < 2 || text.charCodeAt(at - 2) !== 92) return false;
  const letter = text.charCodeAt(at - 1);
  return letter === 110 || letter === 116 || letter === 114;
}

/**
 * Whether a token may start at `at`: the previous character does not glue it to a longer
 * word (`task-…` is not `sk-…`), or it ends an escape (`"\nsk-…"` in JSON).
 */
export function isTokenStart(text: string, at: number, isGlued: (code: number) => boolean): boolean {
  return at === 0 || !isGlued(text.charCodeAt(at - 1)) || followsEscape(text, at);
}

/**
 * `isChar` answered for every ASCII code unit, per set: token bodies are ASCII, and a table
 * read per character is much cheaper than calling one of many predicates through one site.
 */
const asciiTables = new Map<(code: number) => boolean, Uint8Array>();
/** Callers pass module-level predicates; the cap only guards against a closure made per call. */
const MAX_TABLES = 32;

function asciiTableOf(isChar: (code: number) => boolean): Uint8Array {
  let table = asciiTables.get(isChar);
  if (table === undefined) {
    table = new Uint8Array(128);
    for (let code = 0; code < 128; code++) table[code] = isChar(code) ? 1 : 0;
    if (asciiTables.size < MAX_TABLES) asciiTables.set(isChar, table);
  }
  return table;
}

/** Index of the first character at or after `from` that is not in the set. */
export function runEnd(text: string, from: number, isChar: (code: number) => boolean): number {
  const table = asciiTableOf(isChar);
  const units = codeUnitsOf(text);
  const length = text.length;
  let end = from;
  while (end < length) {
    const code = units[end]!;
    if (code < 128 ? table[code] === 0 : !isChar(code)) break;
    end++;
  }
  return end;
}

export { UPPER, LOWER, DIGIT, OTHER };

/** Bit mask of the character classes present in the slice. */
export function charClasses(text: string, start: number, end: number): number {
  const units = codeUnitsOf(text);
  let mask = 0;
  for (let i = start; i < end; i++) mask |= classOf(units[i]!);
  return mask;
}

/** Number of distinct classes among upper case, lower case and digits. */
export function alphanumericClassCount(mask: number): number {
  return (mask & UPPER ? 1 : 0) + (mask & LOWER ? 1 : 0) + (mask & DIGIT ? 1 : 0);
}

/**
 * A body behind a fixed provider prefix: the prefix is most of the evidence, so the bar is
 * low (two character classes, 2 bits of entropy) and only placeholders are turned away.
 */
export function isPlausibleKeyBody(text: string, start: number, end: number, minClasses = 2): boolean {
  measureBody(text, start, end);
  if (alphanumericClassCount(bodyStats.classes) < minClasses) return false;
  if (bodyStats.entropy < 1.95) return false;
  return !isMeasuredPlaceholder(text, start, end);
}

/**
 * A value found only through context (`token=…`, `Bearer …`): it must look random. At least
 * 8 characters, letters with digits (or both cases from 24 characters on), entropy close to what random
 * text of that length reaches, and not an identifier made of plain words and numbers.
 */
export function looksRandom(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 8) return false;
  measureBody(text, start, end);
  const mask = bodyStats.classes;
  const letters = (mask & (UPPER | LOWER)) !== 0;
  // Without digits only long strings qualify: short digit-free mixed case is mostly identifiers.
  const mixed = (letters && (mask & DIGIT) !== 0) || ((mask & UPPER) !== 0 && (mask & LOWER) !== 0 && length >= 24);
  if (!mixed) return false;
  const needed = length >= 16 ? 3 : 2.5;
  if (bodyStats.entropy < needed) return false;
  if (isMeasuredPlaceholder(text, start, end)) return false;
  return !isIdentifierShaped(text, start, end) && !isCamelCaseWords(text, start, end);
}

/**
 * `hosted-eu-20260812-09`, `ORD-2024-118842`, `us-east-1`: two or more segments split by
 * `-`, `_`, `.` or `:`, each made of letters in one case or of digits only.
 */
export function isIdentifierShaped(text: string, start: number, end: number): boolean {
  const units = codeUnitsOf(text);
  let segments = 0;
  let segmentMask = 0;
  for (let i = start; i <= end; i++) {
    const code = i < end ? units[i]! : 45;
    if (code === 45 || code === 95 || code === 46 || code === 58) {
      if (segmentMask !== 0) {
        if (segmentMask !== UPPER && segmentMask !== LOWER && segmentMask !== DIGIT) return false;
        segments++;
      }
      segmentMask = 0;
      continue;
    }
    segmentMask |= classOf(code);
  }
  return segments >= 2;
}
