import { ownCopy } from './clean-text-memo.js';
import { closingQuote, skipJsonSpace } from './json-source.js';
import { startsWithAt } from './text/ascii-search.js';
import { isAsciiDigit } from './text/chars.js';

/**
 * Scrubs a JSON document where its tokens sit in the source, without `JSON.parse` and without a
 * tree: each string and long integer is handed to a visitor, and only the values it changes are
 * written anew; everything else (whitespace, escapes, number literals, key order) comes back as
 * it was. Most GenAI documents are clean, and then nothing is built at all.
 *
 * The walk validates the grammar as `JSON.parse` does, with one exception: a raw control character
 * inside a string (a line break an LLM wrote into a hand-made document) is taken as part of the
 * string, which is scanned whole, where `JSON.parse` refuses the document and it is scanned as
 * text. Looking for them would cost more than the rest of the walk; either way every character of
 * the string is scanned. The walk gives up, leaving the document to the parse-and-walk path, on
 * anything that path must decide with the whole object in hand (the visitor says when), on escaped
 * keys, on nesting past a fixed recursion bound, and on malformed text (which that path treats as text).
 */

/** What the visitor says about an object member, from its key, before the value is read. */
export const Member = {
  /** Hand the value's strings and long integers to the visitor. */
  Walk: 0,
  /** Pass the value on verbatim (it is still checked to be JSON). */
  Keep: 1,
  /** Stop: the caller takes the document another way. */
  GiveUp: 2,
  /** Hand the value to `wholeValue`, whatever its shape (a key rule takes it as one). */
  Whole: 3,
} as const;
export type Member = (typeof Member)[keyof typeof Member];

/** The shape of a value handed to `wholeValue`. */
export const ValueKind = { String: 0, Number: 1, Boolean: 2, Null: 3, Array: 4, Object: 5 } as const;
export type ValueKind = (typeof ValueKind)[keyof typeof ValueKind];

export interface JsonSourceVisitor {
  /**
   * Keys the walk takes as answered `Walk` without asking: the visitor adds those whose answer
   * can be reused (a clean key, no rule), and only those.
   */
  readonly walkedKeys: WalkedKeys;
  /** What to do with the member whose key is `key` (as written: a key with escapes makes the walk give up). */
  member(key: string): Member;
  /** Whether a container at `depth` (the document itself is at the depth the walk began) is walked; false gives up. */
  entersContainer(depth: number): boolean;
  /**
   * A string value, unescaped, under `key` (undefined in an array or at the top). Returns its
   * replacement, the same string when unchanged, or undefined to give up.
   */
  stringValue(value: string, key: string | undefined, depth: number): string | undefined;
  /** An integer literal of nine digits or more, as written. Returns its replacement, or undefined when unchanged. */
  longInteger(literal: string): unknown;
  /**
   * The value of a member answered `Whole`: a string unescaped, a number as written, `true` or
   * `false`, `null`, or the source of an array or object. Returns its replacement value, or
   * undefined when unchanged.
   */
  wholeValue(key: string, kind: ValueKind, value: string): unknown;
  /** Whether an object under a key answered `Whole` is walked member by member instead (its own keys decide). */
  walksObjectUnder(key: string): boolean;
}

/** Integers with fewer digits are counts, sizes and short ids: never handed to the visitor. */
const MIN_VISITED_DIGITS = 9;
/**
 * Containers nested deeper than this below the document are left to the other path, which
 * walks them without recursion limits of its own (`maxDepth` stops it).
 */
const MAX_NESTING = 200;

const QUOTE = 34;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const COLON = 58;
const LETTER_E = 101;
const LETTER_F = 102;
const LETTER_N = 110;
const LETTER_T = 116;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

let enabled = true;

/** Turns the walk off (it then always gives up), so that tests can compare it with the parsing path. */
export function useJsonSourceWalk(on: boolean): void {
  enabled = on;
}

/** Thrown inside the walk to unwind it; caught by `walkJsonSource` only. */
const GIVE_UP = Symbol('give up');

/**
 * The document with every changed value written in place; `text` itself when nothing changed;
 * undefined when the walk gave up (nothing it did may be kept: the caller redoes the document).
 */
export function walkJsonSource(text: string, depth: number, visitor: JsonSourceVisitor): string | undefined {
  if (!enabled) return undefined;
  const walk = new SourceWalk(text, visitor);
  try {
    walk.at = skipJsonSpace(text, 0);
    walk.value(undefined, depth, 0, false);
    if (skipJsonSpace(text, walk.at) !== text.length) return undefined;
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
  return walk.output();
}

class SourceWalk {
  at = 0;
  /**
   * Index of the next backslash at or after the last string read (`length` when none). A string
   * without one is its own value; one with escapes is unescaped (see `unescaped`).
   */
  private nextBackslash = -1;
  private edits: (number | string)[] | undefined;
  private readonly walkedKeys: WalkedKeys;

  constructor(
    private readonly text: string,
    private readonly visitor: JsonSourceVisitor,
  ) {
    this.walkedKeys = visitor.walkedKeys;
  }

  output(): string {
    const edits = this.edits;
    if (edits === undefined) return this.text;
    let out = '';
    let copied = 0;
    for (let e = 0; e < edits.length; e += 3) {
      out += this.text.slice(copied, edits[e] as number) + (edits[e + 2] as string);
      copied = edits[e + 1] as number;
    }
    return out + this.text.slice(copied);
  }

  /** Reads the value at `at`; `keep` passes it on unvisited. */
  value(key: string | undefined, depth: number, nesting: number, keep: boolean): void {
    const text = this.text;
    const code = text.charCodeAt(this.at);
    if (code === QUOTE) return this.string(key, depth, keep);
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (nesting >= MAX_NESTING || (!keep && !this.visitor.entersContainer(depth))) throw GIVE_UP;
      return code === OPEN_BRACE ? this.object(depth, nesting, keep) : this.array(depth, nesting, keep);
    }
    if (code === MINUS || isAsciiDigit(code)) return this.number(keep);
    if (text.startsWith('true', this.at)) this.at += 4;
    else if (text.startsWith('null', this.at)) this.at += 4;
    else if (text.startsWith('false', this.at)) this.at += 5;
    else throw GIVE_UP;
  }

  /** The value at `at` as one, for a member answered `Whole`; an object may be walked after all. */
  private whole(key: string, depth: number, nesting: number): void {
    const text = this.text;
    const start = this.at;
    const code = text.charCodeAt(start);
    let kind: ValueKind;
    let value: string;
    if (code === QUOTE) {
      const close = this.stringEnd(start);
      kind = ValueKind.String;
      value = this.nextBackslash < close ? unescaped(text, start, close, this.nextBackslash) : text.slice(start + 1, close);
      this.at = close + 1;
    } else if (code === OPEN_BRACE && this.visitor.walksObjectUnder(key)) {
      this.value(key, depth, nesting, false);
      return;
    } else {
      this.value(key, depth, nesting, true);
      value = text.slice(start, this.at);
      kind = kindOf(code);
    }
    const replacement = this.visitor.wholeValue(key, kind, value);
    if (replacement !== undefined) this.edit(start, this.at, JSON.stringify(replacement));
  }

  private object(depth: number, nesting: number, keep: boolean): void {
    const text = this.text;
    this.at = skipJsonSpace(text, this.at + 1);
    if (text.charCodeAt(this.at) === CLOSE_BRACE) {
      this.at++;
      return;
    }
    for (;;) {
      if (text.charCodeAt(this.at) !== QUOTE) throw GIVE_UP;
      const close = this.stringEnd(this.at);
      // An escaped key is spelled differently in the source: the parsing path decides about it.
      if (this.nextBackslash < close) throw GIVE_UP;
      let key: string | undefined;
      let member: Member = Member.Keep;
      if (!keep) {
        key = this.walkedKeys.find(text, this.at + 1, close);
        if (key !== undefined) {
          member = Member.Walk;
        } else {
          key = text.slice(this.at + 1, close);
          member = this.visitor.member(key);
          if (member === Member.GiveUp) throw GIVE_UP;
        }
      }
      this.at = skipJsonSpace(text, close + 1);
      if (text.charCodeAt(this.at) !== COLON) throw GIVE_UP;
      this.at = skipJsonSpace(text, this.at + 1);
      if (member === Member.Whole) this.whole(key!, depth + 1, nesting + 1);
      else this.value(key, depth + 1, nesting + 1, member === Member.Keep);
      this.at = skipJsonSpace(text, this.at);
      const next = text.charCodeAt(this.at);
      if (next === CLOSE_BRACE) {
        this.at++;
        return;
      }
      if (next !== COMMA) throw GIVE_UP;
      this.at = skipJsonSpace(text, this.at + 1);
    }
  }

  private array(depth: number, nesting: number, keep: boolean): void {
    const text = this.text;
    this.at = skipJsonSpace(text, this.at + 1);
    if (text.charCodeAt(this.at) === CLOSE_BRACKET) {
      this.at++;
      return;
    }
    for (;;) {
      this.value(undefined, depth + 1, nesting + 1, keep);
      this.at = skipJsonSpace(text, this.at);
      const next = text.charCodeAt(this.at);
      if (next === CLOSE_BRACKET) {
        this.at++;
        return;
      }
      if (next !== COMMA) throw GIVE_UP;
      this.at = skipJsonSpace(text, this.at + 1);
    }
  }

  private string(key: string | undefined, depth: number, keep: boolean): void {
    const start = this.at;
    const close = this.stringEnd(start);
    this.at = close + 1;
    if (keep) return;
    const text = this.text;
    let value: string;
    if (this.nextBackslash < close) {
      value = unescaped(text, start, close, this.nextBackslash);
    } else {
      value = text.slice(start + 1, close);
    }
    const replacement = this.visitor.stringValue(value, key, depth);
    if (replacement === undefined) throw GIVE_UP;
    if (replacement !== value) this.edit(start, close + 1, JSON.stringify(replacement));
  }

  /**
   * Index of the quote closing the string that opens at `start`. Keeps `nextBackslash` at or
   * after `start`: each backslash is searched for once, so the walk stays linear.
   */
  private stringEnd(start: number): number {
    const text = this.text;
    const close = closingQuote(text, start + 1);
    if (close === text.length) throw GIVE_UP;
    if (this.nextBackslash < start) {
      const found = text.indexOf('\\', start + 1);
      this.nextBackslash = found === -1 ? text.length : found;
    }
    return close;
  }

  /** Reads a number literal, strictly as JSON writes them; hands long integers to the visitor. */
  private number(keep: boolean): void {
    const text = this.text;
    const start = this.at;
    let i = start;
    if (text.charCodeAt(i) === MINUS) i++;
    const first = text.charCodeAt(i);
    if (first === ZERO) {
      i++;
    } else if (isAsciiDigit(first)) {
      i = digitsEnd(text, i + 1);
    } else {
      throw GIVE_UP;
    }
    const integerEnd = i;
    if (text.charCodeAt(i) === DOT) {
      const end = digitsEnd(text, i + 1);
      if (end === i + 1) throw GIVE_UP;
      i = end;
    }
    // `e` or `E` (setting bit 5 lower-cases a letter).
    if ((text.charCodeAt(i) | 0x20) === LETTER_E) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === PLUS || sign === MINUS) i++;
      const end = digitsEnd(text, i);
      if (end === i) throw GIVE_UP;
      i = end;
    }
    this.at = i;
    if (keep || i !== integerEnd) return;
    const digits = text.charCodeAt(start) === MINUS ? i - start - 1 : i - start;
    if (digits < MIN_VISITED_DIGITS) return;
    const replacement = this.visitor.longInteger(text.slice(start, i));
    if (replacement !== undefined) this.edit(start, i, JSON.stringify(replacement));
  }

  private edit(start: number, end: number, replacement: string): void {
    (this.edits ??= []).push(start, end, replacement);
  }


}

/**
 * The value of the string token `[start, close]`, whose first backslash is at `backslash`. Prose
 * escapes little but its line breaks, and `replaceAll` undoes those several times faster than
 * `JSON.parse` reads the token; any other escape goes to `JSON.parse`.
 */
function unescaped(text: string, start: number, close: number, backslash: number): string {
  let onlyLineBreaks = true;
  for (let at = backslash; at !== -1 && at < close; at = text.indexOf('\\', at + 2)) {
    if (text.charCodeAt(at + 1) !== LETTER_N) {
      onlyLineBreaks = false;
      break;
    }
  }
  if (onlyLineBreaks) return text.slice(start + 1, close).replaceAll('\\n', '\n');
  try {
    return JSON.parse(text.slice(start, close + 1)) as string;
  } catch {
    // An escape JSON does not know (`\x41`, `\u12`), or a raw control character beside escapes
    // other than line breaks, which `JSON.parse` refuses: the parsing path scans such text whole.
    throw GIVE_UP;
  }
}

/** Longer keys are rare enough to be asked about each time. */
const MAX_KNOWN_KEY = 64;
const KEY_SLOTS = 256;

/**
 * Keys a visitor said to walk, found where they are spelled in the source: a key that repeats in
 * every message (`role`, `parts`, `content`) then costs neither a string nor a question. Holds
 * only keys, which the visitor has scanned and found clean. Direct-mapped and bounded: a key
 * takes the slot of its length and first and last characters, replacing whichever key held it.
 */
export class WalkedKeys {
  private readonly slots: (string | undefined)[] = new Array<string | undefined>(KEY_SLOTS).fill(undefined);

  /** The known key spelled `text[start, end)`, or undefined. */
  find(text: string, start: number, end: number): string | undefined {
    const length = end - start;
    if (length === 0 || length > MAX_KNOWN_KEY) return undefined;
    const key = this.slots[slotOf(length, text.charCodeAt(start), text.charCodeAt(end - 1))];
    return key !== undefined && key.length === length && startsWithAt(text, start, key) ? key : undefined;
  }

  add(key: string): void {
    const length = key.length;
    if (length === 0 || length > MAX_KNOWN_KEY) return;
    // A key sliced from the document would keep the whole document alive.
    this.slots[slotOf(length, key.charCodeAt(0), key.charCodeAt(length - 1))] = ownCopy(key);
  }
}

function slotOf(length: number, first: number, last: number): number {
  return (length * 31 + first * 7 + last) & (KEY_SLOTS - 1);
}

function kindOf(firstCode: number): ValueKind {
  switch (firstCode) {
    case OPEN_BRACE:
      return ValueKind.Object;
    case OPEN_BRACKET:
      return ValueKind.Array;
    case LETTER_N:
      return ValueKind.Null;
    case LETTER_T:
    case LETTER_F:
      return ValueKind.Boolean;
    default:
      return ValueKind.Number;
  }
}

function digitsEnd(text: string, from: number): number {
  let i = from;
  // Past the end `charCodeAt` is NaN, which no comparison holds for: test for a digit, not its absence.
  while (isAsciiDigit(text.charCodeAt(i))) i++;
  return i;
}

