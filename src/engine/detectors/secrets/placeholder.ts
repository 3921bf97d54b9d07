import { dominantCharShare } from '../../validators/entropy.js';
import { isAsciiAlphanumeric, isAsciiUpper } from '../../text/chars.js';
import { containsWithin, toLowerAscii } from '../../text/ascii-search.js';
import { isOneOfIgnoreCase } from '../../text/word-lists.js';

/**
 * What stands in for a credential without being one: placeholders written into example keys
 * (`sk-xxxxxxxx`, `YOUR_API_KEY_HERE`), masks (`********`), template and environment
 * references (`${API_KEY}`, `{{ vault_pw }}`) and type names (`string`).
 */

// Words that only a human writing an example puts inside a key. Matched in one case
// (`your`, `YOUR`, `Your`) so that random mixed-case bodies practically never hit them.
const PLACEHOLDER_WORDS = ['xxxx', 'your', 'placeholder', 'redacted', 'dummy', 'example', 'sample', 'insert', 'fake', 'changeme'];

/** The placeholder words by their first letter (ASCII lower case), so each position costs one lookup. */
const WORDS_BY_FIRST_LETTER: readonly (readonly string[])[] = Array.from({ length: 128 }, (_, code) =>
  PLACEHOLDER_WORDS.filter((word) => word.charCodeAt(0) === code),
);

/** Whether the slice contains a placeholder word (`your`, `xxxx`, `example`, …) in one case. */
export function hasPlaceholderWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const first = toLowerAscii(text.charCodeAt(i));
    if (first >= 128) continue;
    const words = WORDS_BY_FIRST_LETTER[first]!;
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      if (i + word.length <= end && matchesWordInOneCase(text, i, word)) return true;
    }
  }
  return false;
}

function matchesWordInOneCase(text: string, at: number, word: string): boolean {
  let upper = 0;
  for (let k = 0; k < word.length; k++) {
    const code = text.charCodeAt(at + k);
    if (toLowerAscii(code) !== word.charCodeAt(k)) return false;
    if (isAsciiUpper(code)) upper++;
  }
  const titleCase = upper === 1 && isAsciiUpper(text.charCodeAt(at));
  return upper === 0 || upper === word.length || titleCase;
}

/** `abcdef`, `123456`: runs a person types, which random data practically never contains. */
function hasCountingRun(text: string, start: number, end: number): boolean {
  let run = 0;
  let ascending = 0;
  for (let i = start + 1; i < end; i++) {
    if (text.charCodeAt(i) - text.charCodeAt(i - 1) === 1 && isAsciiAlphanumeric(text.charCodeAt(i))) {
      ascending++;
      if (++run >= 5) return true;
    } else {
      run = 0;
    }
  }
  // Random bodies hold a few ascending pairs by chance (6 in 16 is about 1 in 200,000); typed ones are mostly ascending.
  return end - start > 8 && ascending * 2 > end - start;
}

/**
 * True for bodies that are evidently not a real credential: one character dominating
 * (`xxxxxxxx`, `00000000`), typed counting runs, or a placeholder word. Provider detectors
 * call it with `words = false` where a documented test key contains such a word
 * (`AKIAIOSFODNN7EXAMPLE`).
 */
export function looksLikePlaceholder(text: string, start: number, end: number, words = true): boolean {
  if (end - start >= 6 && dominantCharShare(text, start, end) > 0.4) return true;
  if (hasCountingRun(text, start, end)) return true;
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
  if (containsWithin(text, '${', start, end) || containsWithin(text, '{{', start, end)) return true;
  let allMask = true;
  for (let i = start; i < end && allMask; i++) allMask = isMaskChar(text.charCodeAt(i));
  if (allMask) return true;
  return isOneOfIgnoreCase(NON_VALUES, text, start, end);
}
