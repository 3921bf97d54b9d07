import { closingQuote } from './json-source.js';

/**
 * Before JSON text is parsed, two kinds of source are swapped for sentinel strings
 * (`"\uE000<index>"`) that the walk leaves alone and `restoreLiterals` puts back verbatim:
 *
 * - number literals a double would change (`12345678901234567890`, `1E300`, `49.90`), so that
 *   re-serialising keeps them as written;
 * - containers nested inside one the walk will replace with `TOO_DEEP`. Their content is never
 *   read, and building it (a document nested 700,000 levels deep is 4 MB) costs V8 time that
 *   grows faster than the text.
 */
const SENTINEL = '\uE000';

const SENTINEL_TOKEN = /"\uE000(\d+)"/g;

const QUOTE = 34;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

function isNumberStart(code: number): boolean {
  return code === 45 || (code >= 48 && code <= 57);
}

function isNumberChar(code: number): boolean {
  // digits . + - e E
  return (code >= 48 && code <= 57) || code === 46 || code === 43 || code === 45 || code === 101 || code === 69;
}

/**
 * Returns `text` with sentinels in place of the number literals whose canonical form differs
 * from their source and of every container nested more than `keptLevels` levels below the root
 * (the root is level 0), the swapped source pushed onto `literals`; or undefined when nothing
 * needs swapping. One pass; string contents (and their escapes) are skipped.
 *
 * A container is swapped only when its brackets balance and its strings close: a malformed
 * document stays malformed, so the caller still treats it as text. Text that already holds the
 * sentinel character, raw or escaped, is returned undefined: a sentinel it carried would be
 * skipped by the walk and replaced on the way out.
 */
export function protectSource(text: string, literals: string[], keptLevels = Infinity): string | undefined {
  let out: string | undefined;
  let copiedUpTo = 0;
  let level = 0;
  let cutLevels = keptLevels;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = closingQuote(text, i + 1) + 1;
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (level > cutLevels) {
        const end = containerEnd(text, i);
        if (end !== -1) {
          out = (out ?? '') + text.slice(copiedUpTo, i) + `"${SENTINEL}${literals.length}"`;
          literals.push(text.slice(i, end));
          copiedUpTo = i = end;
          continue;
        }
        // Unbalanced: JSON.parse will refuse it; looking again at every deeper level would be quadratic.
        cutLevels = Infinity;
      }
      level++;
      i++;
      continue;
    }
    if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      level--;
      i++;
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
      out = (out ?? '') + text.slice(copiedUpTo, start) + `"${SENTINEL}${literals.length}"`;
      literals.push(literal);
      copiedUpTo = i;
    }
  }
  if (out === undefined) return undefined;
  if (holdsSentinel(text)) {
    literals.length = 0;
    return undefined;
  }
  return out + text.slice(copiedUpTo);
}

/** Puts the swapped source back in serialised JSON. */
export function restoreLiterals(json: string, literals: readonly string[]): string {
  return json.replace(SENTINEL_TOKEN, (token, index: string) => literals[Number(index)] ?? token);
}

/** The source a sentinel string stands for. */
export function swappedSource(sentinel: string, literals: readonly string[]): string {
  return literals[Number(sentinel.slice(1))] ?? sentinel;
}

/** True for the sentinel strings `protectSource` writes: the walk must not touch them. */
export function isSentinel(value: string): boolean {
  return value.length > 1 && value.charCodeAt(0) === 0xe000;
}

/** The escape `\uE000` is case-insensitive only in its letter; the zeros are digits. */
function holdsSentinel(text: string): boolean {
  return text.includes(SENTINEL) || text.includes('\\ue000') || text.includes('\\uE000');
}

/**
 * Index just past the bracket that closes the container opening at `from`, or -1 when the
 * brackets do not pair up or a string does not close before the text ends. The open brackets
 * are kept as bits (1 for a brace), so a document nested 700,000 levels deep needs 88 KB.
 */
function containerEnd(text: string, from: number): number {
  let braces = new Uint32Array(8);
  let open = 0;
  const length = text.length;
  let i = from;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = closingQuote(text, i + 1);
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      const word = open >>> 5;
      if (word === braces.length) {
        const grown = new Uint32Array(braces.length * 2);
        grown.set(braces);
        braces = grown;
      }
      const bit = 1 << (open & 31);
      braces[word] = code === OPEN_BRACE ? braces[word]! | bit : braces[word]! & ~bit;
      open++;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      // `from` is an open bracket and the loop returns when it closes: `open` is at least 1 here.
      open--;
      const brace = (braces[open >>> 5]! >>> (open & 31)) & 1;
      if (brace !== (code === CLOSE_BRACE ? 1 : 0)) return -1;
      if (open === 0) return i + 1;
    }
    i++;
  }
  return -1;
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
