/**
 * Seeded pseudo-random numbers (Mulberry32), so every generated text is identical on every
 * run and machine: figures from two runs compare like for like.
 */
export class Prng {
  constructor(seed) {
    this.state = seed >>> 0;
  }

  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let x = this.state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick(choices) {
    return choices[this.int(0, choices.length - 1)];
  }

  chance(probability) {
    return this.next() < probability;
  }

  chars(alphabet, length) {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.int(0, alphabet.length - 1)];
    return out;
  }

  digits(length) {
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
