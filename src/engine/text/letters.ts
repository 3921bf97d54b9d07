/**
 * Letter classes and case folding beyond ASCII, for scanners that read names and words:
 * Latin-1, Latin Extended-A/B, Greek and Cyrillic (`José`, `Łukasz`, `Müller`, `Дмитрий`).
 * One table lookup per code unit; the table is built once at module load.
 */

const TABLE_END = 0x530;
const LETTER = 1;
const UPPER = 2;
const LOWER = 4;

const classes = new Uint8Array(TABLE_END);
const folded = new Uint16Array(TABLE_END);

for (let code = 0; code < TABLE_END; code++) {
  const char = String.fromCharCode(code);
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  folded[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
  if (lower === upper) continue;
  classes[code] = LETTER | (char === upper ? UPPER : 0) | (char === lower ? LOWER : 0);
}
// ß and a few others have no single-unit upper case but are letters all the same.
classes[0xdf] = LETTER | LOWER;

const RIGHT_SINGLE_QUOTE = 0x2019;

/** A letter in the supported scripts (ASCII included). */
export function isLetterCode(code: number): boolean {
  return code < TABLE_END && (classes[code]! & LETTER) !== 0;
}

export function isUpperLetterCode(code: number): boolean {
  return code < TABLE_END && (classes[code]! & UPPER) !== 0;
}

export function isLowerLetterCode(code: number): boolean {
  return code < TABLE_END && (classes[code]! & LOWER) !== 0;
}

/** Lower-case form of one code unit for case-insensitive comparison; `’` folds to `'`. */
export function foldCode(code: number): number {
  if (code < TABLE_END) return folded[code]!;
  return code === RIGHT_SINGLE_QUOTE ? 0x27 : code;
}
