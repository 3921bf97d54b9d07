import { closingQuote } from './json-source.js';

/**
 * JSON.parse turns number literals into doubles, so re-serialising would change literals such
 * as `12345678901234567890`, `1E300` or `49.90`. Before parsing, such literals are swapped for
 * sentinel strings that the walk leaves alone and `restoreNumbers` puts back verbatim.
 */
export const NUMBER_SENTINEL = '\uE000';

const SENTINEL_TOKEN = /"\uE000(\d+)"/g;

function isNumberStart(code: number): boolean {
  return code === 45 || (code >= 48 && code <= 57);
}

function isNumberChar(code: number): boolean {
  // digits . + - e E
  return (code >= 48 && code <= 57) || code === 46 || code === 43 || code === 45 || code === 101 || code === 69;
}

/**
 * Returns `text` with every number literal whose canonical form differs from its source
 * replaced by `"\uE000<index>"`, the literals pushed onto `literals`; or undefined when no
 * literal needs protecting. One pass; string contents (and their escapes) are skipped.
 */
export function protectNumbers(text: string, literals: string[]): string | undefined {
  let out: string | undefined;
  let copiedUpTo = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 34) {
      i = closingQuote(text, i + 1) + 1;
      continue;
    }
    if (!isNumberStart(code)) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && isNumberChar(text.charCodeAt(i))) i++;
    if (isPlainInteger(text, start, i)) continue;
    const literal = text.slice(start, i);
    if (String(Number(literal)) !== literal) {
      out = (out ?? '') + text.slice(copiedUpTo, start) + `"${NUMBER_SENTINEL}${literals.length}"`;
      literals.push(literal);
      copiedUpTo = i;
    }
  }
  return out === undefined ? undefined : out + text.slice(copiedUpTo);
}

/**
 * `-?(0|[1-9][0-9]*)` with at most 15 digits: printed back exactly as written, so the common
 * literal (a count, an id, a token total) needs no string made to check it.
 */
function isPlainInteger(text: string, start: number, end: number): boolean {
  let i = start;
  if (text.charCodeAt(i) === 45) i++;
  const digits = end - i;
  if (digits < 1 || digits > 15) return false;
  const first = text.charCodeAt(i);
  if (first === 48) return digits === 1 && i === start;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Puts the protected literals back in serialised JSON. */
export function restoreNumbers(json: string, literals: readonly string[]): string {
  return json.replace(SENTINEL_TOKEN, (token, index: string) => literals[Number(index)] ?? token);
}

/** True for the sentinel strings `protectNumbers` writes: the walk must not touch them. */
export function isNumberSentinel(value: string): boolean {
  return value.length > 1 && value.charCodeAt(0) === 0xe000;
}
