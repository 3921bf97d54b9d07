/**
 * Seeded pseudo-random numbers, so every fake value in the corpus is the same on every run
 * and on every machine. Each item gets its own stream (seeded by its id), so adding an item
 * never changes the values of the others.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  static fromText(text: string): Prng {
    return new Prng(fnv1a(text));
  }

  /** Mulberry32: tiny, fast and well distributed enough for test data. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let x = this.state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(choices: readonly T[]): T {
    if (choices.length === 0) throw new RangeError('pick from an empty list');
    return choices[this.int(0, choices.length - 1)]!;
  }

  chars(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.int(0, alphabet.length - 1)]!;
    return out;
  }

  digits(length: number): string {
    return this.chars(DIGITS, length);
  }
}

export const DIGITS = '0123456789';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const ALNUM = DIGITS + UPPER + LOWER;
export const HEX = '0123456789abcdef';
export const BASE64URL = ALNUM + '-_';
export const BASE64 = UPPER + LOWER + DIGITS + '+/';

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
