import { foldCode } from './letters.js';

const EMPTY = -1;
const MAX_WORD = 40;

/** FNV-1a offset basis: the hash of an empty word. Scanners hash as they read with `hashStep`. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** Adds one case-folded code unit (see `foldCode`) to a running word hash. */
export function hashStep(hash: number, foldedCode: number): number {
  return Math.imul(hash ^ foldedCode, 0x01000193);
}

/**
 * A case-insensitive word → bit-flags table, looked up directly on a slice of the scanned text
 * so that a scanner asks about a word without allocating a substring. Open addressing over
 * FNV-1a hashes of case-folded code units; built once, read-only afterwards.
 *
 * With `compact` lookups, `_`, `-`, `.` and spaces inside the slice are skipped, so the keys
 * `full_name`, `Full Name` and `full-name` all find the entry `fullname`.
 */
export class WordTable {
  private readonly keys: string[] = [];
  private readonly flags: number[] = [];
  private readonly indexOfKey = new Map<string, number>();
  private slots = new Int32Array(0);
  private mask = 0;
  /** Slots are rebuilt once, at the first lookup after words were added. */
  private stale = true;

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
    return this;
  }

  /** Flags of `text.slice(start, end)`, compared case-insensitively; 0 when absent. */
  flagsOf(text: string, start: number, end: number, compact = false): number {
    if (end - start > MAX_WORD || end <= start) return 0;
    let hash = HASH_SEED;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (compact && isSeparator(code)) continue;
      hash = hashStep(hash, foldCode(code));
    }
    return this.flagsOfHashed(hash, text, start, end, compact);
  }

  /** Like `flagsOf` when the caller already hashed the slice while reading it. */
  flagsOfHashed(hash: number, text: string, start: number, end: number, compact = false): number {
    if (end - start > MAX_WORD || end <= start) return 0;
    if (this.stale) this.rebuild();
    const mask = this.mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY) return 0;
      if (this.matches(this.keys[entry]!, text, start, end, compact)) return this.flags[entry]!;
    }
  }

  private matches(key: string, text: string, start: number, end: number, compact: boolean): boolean {
    let k = 0;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (compact && isSeparator(code)) continue;
      if (k >= key.length || key.charCodeAt(k) !== foldCode(code)) return false;
      k++;
    }
    return k === key.length;
  }

  private rebuild(): void {
    this.stale = false;
    let size = 16;
    while (size < this.keys.length * 2) size *= 2;
    this.slots = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
    this.keys.forEach((key, index) => {
      let slot = hashKey(key) & this.mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.slots[slot] = index;
    });
  }
}

function fold(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += String.fromCharCode(foldCode(word.charCodeAt(i)));
  return out;
}

function hashKey(key: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < key.length; i++) hash = hashStep(hash, key.charCodeAt(i));
  return hash;
}

function isSeparator(code: number): boolean {
  return code === 95 || code === 45 || code === 46 || code === 32;
}
