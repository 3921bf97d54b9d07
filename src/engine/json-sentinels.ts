import { closingQuote } from './json-source.js';

/**
 * Before JSON text is parsed, two kinds of source are swapped for sentinel strings (a marker
 * character and an index: `"\uE000<index>"`) that the walk leaves alone and `restoreLiterals`
 * puts back verbatim:
 *
 * - number literals a double would change (`12345678901234567890`, `1E300`, `49.90`), so that
 *   re-serialising keeps them as written;
 * - containers nested inside one the walk will replace with `TOO_DEEP`. Their content is never
 *   read, and building it (a document nested 700,000 levels deep is 4 MB) costs V8 time that
 *   grows faster than the text.
 */
/** Markers are taken from the private-use area, the first one the text does not hold. */
const FIRST_MARKER = 0xe000;
const LAST_MARKER = 0xf8ff;
const FIRST_SENTINEL = String.fromCharCode(FIRST_MARKER);
/** A marker written raw, or escaped (any case). */
const MARKER_SPELLING = /[\uE000-\uF8FF]|\\u[eEfF]\d{3}/g;

/** The source swapped out of one JSON text, and the marker its sentinels start with. */
export class SwappedSources {
  marker = FIRST_SENTINEL;
  readonly sources: string[] = [];

  /** Whether `value` is one of this text's sentinels, which the walk must not touch. */
  isSentinel(value: string): boolean {
    return value.length > 1 && value.charCodeAt(0) === this.marker.charCodeAt(0);
  }

  /** The source a sentinel stands for. */
  sourceOf(sentinel: string): string {
    return this.sources[Number(sentinel.slice(1))] ?? sentinel;
  }
}

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
 * marker character, raw or escaped, would have its own strings taken for sentinels (skipped by the
 * walk, replaced on the way out): the marker is the first private-use character the text holds in
 * neither form, and text holding all of them is returned undefined.
 */
export function protectSource(text: string, swapped: SwappedSources, keptLevels = Infinity): string | undefined {
  const literals = swapped.sources;
  literals.length = 0;
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
          if (out === undefined && !chooseMarker(text, swapped)) return undefined;
          out = (out ?? '') + text.slice(copiedUpTo, i) + `"${swapped.marker}${literals.length}"`;
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
      if (out === undefined && !chooseMarker(text, swapped)) return undefined;
      out = (out ?? '') + text.slice(copiedUpTo, start) + `"${swapped.marker}${literals.length}"`;
      literals.push(literal);
      copiedUpTo = i;
    }
  }
  return out === undefined ? undefined : out + text.slice(copiedUpTo);
}

/** Puts the swapped source back in serialised JSON. */
export function restoreLiterals(json: string, swapped: SwappedSources): string {
  // JSON.stringify escapes no private-use character: a sentinel comes back as it went in.
  const sentinel = new RegExp(`"${swapped.marker}(\\d+)"`, 'g');
  return json.replace(sentinel, (token, index: string) => swapped.sources[Number(index)] ?? token);
}

/**
 * Sets the marker to the first private-use character that `text` holds neither raw nor as a
 * `\uXXXX` escape; false when it holds them all. Markers are those whose escape has one letter
 * (`\uE000` to `\uF899`), so that its two spellings cover every case. Nearly always the first:
 * three native searches tell; otherwise one pass records every marker the text holds, so that a
 * text packed with them costs one pass, not one per marker.
 */
function chooseMarker(text: string, swapped: SwappedSources): boolean {
  if (!text.includes(FIRST_SENTINEL) && !text.includes('\\ue000') && !text.includes('\\uE000')) {
    swapped.marker = FIRST_SENTINEL;
    return true;
  }
  const held = new Set<number>();
  MARKER_SPELLING.lastIndex = 0;
  for (let found = MARKER_SPELLING.exec(text); found !== null; found = MARKER_SPELLING.exec(text)) {
    const spelled = found[0];
    held.add(spelled.length === 1 ? spelled.charCodeAt(0) : parseInt(spelled.slice(2), 16));
  }
  for (let code = FIRST_MARKER; code <= LAST_MARKER; code++) {
    if (held.has(code) || !/^[ef]\d{3}$/.test(code.toString(16))) continue;
    swapped.marker = String.fromCharCode(code);
    return true;
  }
  return false;
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
