import { codeUnitsOf } from './code-units.js';
import { foldCode } from './letters.js';

const MAX_WORD = 40;

/** FNV-1a offset basis: the hash of an empty word. Scanners hash as they read with `hashStep`. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** Adds one case-folded code unit (see `foldCode`) to a running word hash. */
export function hashStep(hash: number, foldedCode: number): number {
  return Math.imul(hash ^ foldedCode, 0x01000193);
}

/** The check hash of an empty word (see `checkStep`). */
export const CHECK_SEED = 0x6a09e667 | 0;

/**
 * Adds one case-folded code unit to a running check hash: a second word hash, with another seed
 * and multiplier than `hashStep`'s, that {@link WordTable.flagsOfChecked} compares instead of the
 * word's letters. A scanner computes both as it reads; the two chains run side by side.
 */
export function checkStep(check: number, foldedCode: number): number {
  return Math.imul(check ^ foldedCode, 0x5bd1e995);
}

/**
 * A case-insensitive word → bit-flags table, looked up directly on a slice of the scanned text
 * so that a scanner asks about a word without allocating a substring. Open addressing over
 * FNV-1a hashes of case-folded code units; built once, read-only afterwards. A word is told from
 * the keys by that hash, a second one and its length, never by its letters (see `flagsOfChecked`):
 * scanners hash the words they read as they read them.
 *
 * With `compact` lookups, `_`, `-`, `.` and spaces inside the slice are skipped, so the keys
 * `full_name`, `Full Name` and `full-name` all find the entry `fullname`.
 */
export class WordTable {
  private readonly keys: string[] = [];
  private readonly flags: number[] = [];
  private readonly indexOfKey = new Map<string, number>();
  /**
   * The open-addressing slots, four numbers each in one cache line: the key's hash, its check
   * hash (see `checkStep`), its flags and its length (0: empty slot).
   */
  private records = new Int32Array(0);
  private mask = 0;
  /** Slots are rebuilt once, at the first lookup after words were added. */
  private stale = true;
  /** Counts the calls to `add`: a filter made from the words knows when it is out of date. */
  private additions = 0;

  /** Adds each space-separated word of `words` with `flag` (or-ed into existing flags). */
  add(words: string, flag: number): this {
    for (const word of words.split(/\s+/)) {
      if (word.length === 0 || word.length > MAX_WORD) continue;
      const key = fold(word);
      const index = this.indexOfKey.get(key);
      if (index === undefined) {
        this.indexOfKey.set(key, this.keys.length);
        this.keys.push(key);
        this.flags.push(flag);
      } else {
        this.flags[index]! |= flag;
      }
    }
    this.stale = true;
    this.additions++;
    return this;
  }

  /** A quick test for the words that have any of `flags` (see {@link WordFilter}). */
  filter(flags: number): WordFilter {
    return new WordFilter(this, flags);
  }

  /** The words with any of `flags`, folded. */
  wordsWith(flags: number): string[] {
    return this.keys.filter((_, index) => (this.flags[index]! & flags) !== 0);
  }

  /** How many times words were added: a filter made at another count is out of date. */
  get additionCount(): number {
    return this.additions;
  }

  /**
   * Flags of `text.slice(start, end)`, compared case-insensitively; 0 when absent. Read from the
   * text's code units (see `codeUnitsOf`).
   */
  flagsOf(text: string, start: number, end: number, compact = false): number {
    if (start < 0 || end > text.length) return 0;
    return this.flagsOfUnitRange(codeUnitsOf(text), start, end, compact);
  }

  /**
   * Flags of the word of `length` code units whose `hashStep` hash and `checkStep` check hash,
   * over its case-folded code units, are `hash` and `check`; 0 when absent. The letters are not
   * compared: equal hashes, check and length are taken for the same word. Two words that differ
   * would have to agree on both 32-bit hashes, about once in 2^64 lookups of random words; a
   * compare of the letters, a cache miss away in a table of thousands of keys, costs more than the
   * rest of the lookup (15 of 21 ns a word in PERSON's lexicon).
   */
  flagsOfChecked(hash: number, check: number, length: number): number {
    if (this.stale) this.rebuild();
    const mask = this.mask;
    const records = this.records;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const record = slot << 2;
      const keyLength = records[record + 3]!;
      if (keyLength === 0) return 0;
      if (records[record] === hash && records[record + 1] === check && keyLength === length) return records[record + 2]!;
    }
  }

  /** `flagsOf` over `units` (the text's code units): hashes the slice, then looks it up. */
  flagsOfUnitRange(units: Uint16Array, start: number, end: number, compact = false): number {
    if (end - start > MAX_WORD || end <= start) return 0;
    let hash = HASH_SEED;
    let check = CHECK_SEED;
    let length = 0;
    for (let i = start; i < end; i++) {
      const code = units[i]!;
      if (compact && isSeparator(code)) continue;
      const folded = foldCode(code);
      hash = hashStep(hash, folded);
      check = checkStep(check, folded);
      length++;
    }
    return length === 0 ? 0 : this.flagsOfChecked(hash, check, length);
  }

  private rebuild(): void {
    this.stale = false;
    let size = 16;
    while (size < this.keys.length * 2) size *= 2;
    this.records = new Int32Array(4 * size);
    this.mask = size - 1;
    this.keys.forEach((key, index) => {
      let hash = HASH_SEED;
      let check = CHECK_SEED;
      for (let i = 0; i < key.length; i++) {
        hash = hashStep(hash, key.charCodeAt(i));
        check = checkStep(check, key.charCodeAt(i));
      }
      let slot = hash & this.mask;
      for (; this.records[(slot << 2) + 3] !== 0; slot = (slot + 1) & this.mask) {
        const record = slot << 2;
        // Two keys a lookup could not tell apart: never seen, but the table must not answer for the wrong one.
        if (this.records[record] === hash && this.records[record + 1] === check && this.records[record + 3] === key.length) {
          throw new Error(`word table: two keys of ${key.length} letters share both hashes`);
        }
      }
      this.records.set([hash, check, this.flags[index]!, key.length], slot << 2);
    });
  }
}

function fold(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += String.fromCharCode(foldCode(word.charCodeAt(i)));
  return out;
}

function isSeparator(code: number): boolean {
  return code === 95 || code === 45 || code === 46 || code === 32;
}

/** Word lengths a filter tells apart; longer words share the last bucket. */
const FILTER_LENGTHS = 16;
const FILTER_PAIR_BITS = 10;

/**
 * Whether a slice may be one of a table's words with some flags, told from its length and its
 * first and last folded code units alone, in one bit read: a no is certain, a yes is for the
 * table to answer. A cue search asks the table about the word before a capitalised one; most
 * such words hold no cue, and this turns them away before their hash. Made from the table on
 * first use, and again after words were added to it.
 */
export class WordFilter {
  private readonly bits = new Int32Array((FILTER_LENGTHS << FILTER_PAIR_BITS) >> 5);
  private madeAt = -1;

  constructor(
    private readonly table: WordTable,
    private readonly flags: number,
  ) {}

  /** False when the slice `[start, end)` of `units` (the text's code units) is certainly none of the words. */
  mayHold(units: Uint16Array, start: number, end: number): boolean {
    if (this.madeAt !== this.table.additionCount) this.make();
    if (end <= start) return false;
    const bucket = bucketOf(end - start, foldCode(units[start]!), foldCode(units[end - 1]!));
    return (this.bits[bucket >> 5]! & (1 << (bucket & 31))) !== 0;
  }

  private make(): void {
    this.bits.fill(0);
    for (const word of this.table.wordsWith(this.flags)) {
      const bucket = bucketOf(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1));
      this.bits[bucket >> 5]! |= 1 << (bucket & 31);
    }
    this.madeAt = this.table.additionCount;
  }
}

function bucketOf(length: number, first: number, last: number): number {
  return (Math.min(length, FILTER_LENGTHS - 1) << FILTER_PAIR_BITS) | ((Math.imul(first, 31) + last) & ((1 << FILTER_PAIR_BITS) - 1));
}
