import { codeUnitsOf } from '../../text/code-units.js';

/**
 * Everything the secret detectors ask about a candidate body, measured in one walk over its
 * code units: the character classes present, Shannon entropy, the share of the most frequent
 * character, and typed counting runs (`abcdef`, `123456`). Separate helpers walked a body
 * five times; this walks it once, plus one short pass over its distinct characters.
 */

export const UPPER = 1;
export const LOWER = 2;
export const DIGIT = 4;
export const OTHER = 8;

/** Class bit of every ASCII code unit; anything from 128 on is OTHER. */
const CLASS_OF_ASCII = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  CLASS_OF_ASCII[code] = code >= 65 && code <= 90 ? UPPER : code >= 97 && code <= 122 ? LOWER : code >= 48 && code <= 57 ? DIGIT : OTHER;
}

/** The class bit (UPPER, LOWER, DIGIT or OTHER) of a code unit. */
export function classOf(code: number): number {
  return code < 128 ? CLASS_OF_ASCII[code]! : OTHER;
}

// Counting cells: ASCII gets exact cells, other code units share 128 hashed cells. A collision
// can only lower the entropy estimate, which errs towards not redacting a non-ASCII string,
// never towards reporting a word as random.
const counts = new Uint32Array(256);
const firstSeen = new Uint8Array(256);

// `c * log2(c)` for the counts a token usually has, so that entropy costs no logarithm per character.
const LOG_TABLE_SIZE = 256;
const countTimesLog = new Float64Array(LOG_TABLE_SIZE);
for (let count = 1; count < LOG_TABLE_SIZE; count++) countTimesLog[count] = count * Math.log2(count);

function timesLog(count: number): number {
  return count < LOG_TABLE_SIZE ? countTimesLog[count]! : count * Math.log2(count);
}

/** What the last `measureBody` call found; reused so that measuring allocates nothing. */
export const bodyStats = {
  /** Bit mask of UPPER, LOWER, DIGIT, OTHER. */
  classes: 0,
  /** Shannon entropy in bits per character: random base64 of length 40 about 5, English words about 3, `xxxxxxxx` 0. */
  entropy: 0,
  /** Share (0..1) of the slice taken by its most frequent character: 1 for `********`. */
  dominantShare: 0,
  /** A run of five ascending steps, or mostly ascending steps (see placeholder.ts). */
  countingRun: false,
};

// The slice `bodyStats` describes: detectors often ask several questions about one body in a row.
let measuredText: string | undefined;
let measuredStart = 0;
let measuredEnd = 0;

/** Fills `bodyStats` for `text.slice(start, end)`; `text` is the text being scanned. */
export function measureBody(text: string, start: number, end: number): void {
  if (start === measuredStart && end === measuredEnd && text === measuredText) return;
  measuredText = text;
  measuredStart = start;
  measuredEnd = end;
  const length = end - start;
  if (length <= 0) {
    bodyStats.classes = 0;
    bodyStats.entropy = 0;
    bodyStats.dominantShare = 0;
    bodyStats.countingRun = false;
    return;
  }
  const units = codeUnitsOf(text);
  let classes = 0;
  let most = 0;
  let distinct = 0;
  let run = 0;
  let ascending = 0;
  let countingRun = false;
  let previous = units[start]!;
  for (let i = start; i < end; i++) {
    const code = units[i]!;
    const cls = code < 128 ? CLASS_OF_ASCII[code]! : OTHER;
    classes |= cls;
    const cell = code < 128 ? code : 128 + (code & 127);
    const count = ++counts[cell]!;
    if (count === 1) firstSeen[distinct++] = cell;
    if (count > most) most = count;
    if (i > start) {
      if (code - previous === 1 && cls !== OTHER) {
        ascending++;
        if (++run >= 5) countingRun = true;
      } else {
        run = 0;
      }
    }
    previous = code;
  }
  let sum = 0;
  for (let k = 0; k < distinct; k++) {
    const cell = firstSeen[k]!;
    sum += timesLog(counts[cell]!);
    counts[cell] = 0;
  }
  bodyStats.classes = classes;
  bodyStats.entropy = Math.max(0, Math.log2(length) - sum / length);
  bodyStats.dominantShare = most / length;
  // Random bodies hold a few ascending pairs by chance (6 in 16 is about 1 in 200,000); typed ones are mostly ascending.
  bodyStats.countingRun = countingRun || (length > 8 && ascending * 2 > length);
}
