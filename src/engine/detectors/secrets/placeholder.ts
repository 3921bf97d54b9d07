import { codeUnitsOf } from '../../text/code-units.js';
import { isOneOfIgnoreCase } from '../../text/word-lists.js';
import { bodyStats, measureBody } from './body-stats.js';

/**
 * What stands in for a credential without being one: placeholders written into example keys
 * (`sk-xxxxxxxx`, `YOUR_API_KEY_HERE`), masks (`********`), template and environment
 * references (`${API_KEY}`, `{{ vault_pw }}`) and type names (`string`).
 */

// Words that only a human writing an example puts inside a key. Matched in one case
// (`your`, `YOUR`, `Your`) so that random mixed-case bodies practically never hit them.
const PLACEHOLDER_WORDS = ['xxxx', 'your', 'placeholder', 'redacted', 'dummy', 'example', 'sample', 'insert', 'fake', 'changeme'];
const SHORTEST_WORD = 4;

/**
 * The placeholder word (index + 1) starting with each pair of ASCII lower-case letters, keyed
 * `first << 7 | second`: no two words share their first two letters, so a position costs one
 * lookup and only a real candidate is compared in full.
 */
const WORD_BY_PAIR = new Uint8Array(128 * 128);
PLACEHOLDER_WORDS.forEach((word, index) => {
  const key = (word.charCodeAt(0) << 7) | word.charCodeAt(1);
  if (WORD_BY_PAIR[key] !== 0) throw new Error(`placeholder words share a first pair: ${word}`);
  WORD_BY_PAIR[key] = index + 1;
});

/** Whether the slice contains a placeholder word (`your`, `xxxx`, `example`, …) in one case. */
export function hasPlaceholderWord(text: string, start: number, end: number): boolean {
  const units = codeUnitsOf(text);
  for (let i = start; i + SHORTEST_WORD <= end; i++) {
    // `| 32` lower-cases ASCII letters and maps no other code unit below 128 onto one.
    const first = units[i]! | 32;
    const second = units[i + 1]! | 32;
    if ((first | second) >= 128) continue;
    const entry = WORD_BY_PAIR[(first << 7) | second]!;
    if (entry === 0) continue;
    const word = PLACEHOLDER_WORDS[entry - 1]!;
    if (i + word.length <= end && matchesWordInOneCase(units, i, word)) return true;
  }
  return false;
}

function matchesWordInOneCase(units: Uint16Array, at: number, word: string): boolean {
  let upper = 0;
  for (let k = 0; k < word.length; k++) {
    const code = units[at + k]!;
    const isUpper = code >= 65 && code <= 90;
    if ((isUpper ? code + 32 : code) !== word.charCodeAt(k)) return false;
    if (isUpper) upper++;
  }
  const titleCase = upper === 1 && units[at]! >= 65 && units[at]! <= 90;
  return upper === 0 || upper === word.length || titleCase;
}

/**
 * True for bodies that are evidently not a real credential: one character dominating
 * (`xxxxxxxx`, `00000000`), typed counting runs, or a placeholder word. Provider detectors
 * call it with `words = false` where a documented test key contains such a word
 * (`AKIAIOSFODNN7EXAMPLE`).
 */
export function looksLikePlaceholder(text: string, start: number, end: number, words = true): boolean {
  measureBody(text, start, end);
  return isMeasuredPlaceholder(text, start, end, words);
}

/** `looksLikePlaceholder` for the slice `measureBody` was last given. */
export function isMeasuredPlaceholder(text: string, start: number, end: number, words = true): boolean {
  if (end - start >= 6 && bodyStats.dominantShare > 0.4) return true;
  if (bodyStats.countingRun) return true;
  return words && hasPlaceholderWord(text, start, end);
}

/** `* • x X # . - _ ?`: what masks are made of. */
function isMaskChar(code: number): boolean {
  return code === 42 || code === 8226 || code === 120 || code === 88 || code === 35 || code === 46 || code === 45 || code === 95 || code === 63;
}

const NON_VALUES = [
  'null', 'none', 'nil', 'undefined', 'true', 'false', 'string', 'str', 'bool', 'boolean', 'number',
  'int', 'any', 'object', 'optional', 'required', 'empty', 'redacted', 'hidden', 'masked', 'filtered',
  'omitted', 'removed', 'secretstr', 'text',
];

/**
 * Values that stand for a secret without being one: masks (`********`), template and
 * environment references (`${API_KEY}`, `$DB_PASS`, `{{ vault_pw }}`, `%s`, `<token>`),
 * redaction markers (`[REDACTED]`) and type names (`string`, `null`).
 */
export function isMaskOrTemplate(text: string, start: number, end: number): boolean {
  if (end <= start) return true;
  const first = text.charCodeAt(start);
  // $ < { [
  if (first === 36 || first === 60 || first === 123 || first === 91) return true;
  // `%s`, `%(password)s`; a percent-encoded character such as `%40` is real content.
  if (first === 37 && (text.charCodeAt(start + 1) === 40 || end - start === 2)) return true;
  const units = codeUnitsOf(text);
  if (hasTemplateOpener(units, start, Math.min(end, text.length))) return true;
  // Past the end of the text nothing is a mask character.
  let allMask = end <= text.length;
  for (let i = start; i < end && allMask; i++) allMask = isMaskChar(units[i]!);
  if (allMask) return true;
  return isOneOfIgnoreCase(NON_VALUES, text, start, end);
}

/** Whether `${` or `{{` lies fully inside `[start, end)`. */
function hasTemplateOpener(units: Uint16Array, start: number, end: number): boolean {
  for (let i = start; i + 1 < end; i++) {
    const code = units[i]!;
    if ((code === 36 || code === 123) && units[i + 1] === 123) return true;
  }
  return false;
}
