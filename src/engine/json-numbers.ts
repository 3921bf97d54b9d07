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
      i++;
      while (i < length) {
        const inner = text.charCodeAt(i);
        if (inner === 92) i += 2;
        else if (inner === 34) break;
        else i++;
      }
      i++;
      continue;
    }
    if (!isNumberStart(code)) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && isNumberChar(text.charCodeAt(i))) i++;
    const literal = text.slice(start, i);
    if (String(Number(literal)) !== literal) {
      out = (out ?? '') + text.slice(copiedUpTo, start) + `"${NUMBER_SENTINEL}${literals.length}"`;
      literals.push(literal);
      copiedUpTo = i;
    }
  }
  return out === undefined ? undefined : out + text.slice(copiedUpTo);
}

/** Puts the protected literals back in serialised JSON. */
export function restoreNumbers(json: string, literals: readonly string[]): string {
  return json.replace(SENTINEL_TOKEN, (token, index: string) => literals[Number(index)] ?? token);
}

/** True for the sentinel strings `protectNumbers` writes: the walk must not touch them. */
export function isNumberSentinel(value: string): boolean {
  return value.length > 1 && value.charCodeAt(0) === 0xe000;
}
