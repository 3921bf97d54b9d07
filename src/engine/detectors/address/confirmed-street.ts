/** Streets confirmed by the postcode and city after their number: `Hansaring 12, 50670 Köln`. */

import { isLowerLetterCode, isUpperLetterCode } from '../../text/letters.js';
import { QUANTITY, STREET_PARTICLE, addressWords } from './vocabulary.js';
import { wordStartBefore } from './words.js';

const MAX_NAME_WORDS = 4;
const SPACE = 32;
const COMMA = 44;
const PERIOD = 46;
const LINE_FEED = 10;

/**
 * The street before a house number that a postcode and city confirmed: back over up to four
 * capitalised words and particles to where a clause opens (`, `, `: `, a line or quote); when no
 * such opening is near, the last word alone.
 */
export function confirmedStreetBefore(text: string, end: number, floor: number): number {
  const last = wordStartBefore(text, end, floor);
  if (last < 0 || !isUpperLetterCode(text.charCodeAt(last))) return -1;
  // `Chapter 3, 10000 Leagues`, `Version 2, 12345 Users`: a count, not a street.
  if (addressWords.flagsOf(text, last, end) & QUANTITY) return -1;
  let first = last;
  for (let words = 1; words <= MAX_NAME_WORDS; words++) {
    if (opensClause(text, first, floor)) return first;
    if (words === MAX_NAME_WORDS || first < 2 || text.charCodeAt(first - 1) !== SPACE) break;
    const before = wordStartBefore(text, first - 1, floor);
    if (before < 0) break;
    const code = text.charCodeAt(before);
    const particle = isLowerLetterCode(code) && (addressWords.flagsOf(text, before, first - 1) & STREET_PARTICLE) !== 0;
    if (!particle && !isUpperLetterCode(code)) break;
    first = before;
  }
  return last;
}

/** The city closes its clause: `…, 50670 Köln.`, not `…, 12345 Users signed up`. */
export function closesClause(text: string, end: number): boolean {
  if (end >= text.length) return true;
  switch (text.charCodeAt(end)) {
    case LINE_FEED: case 13: case PERIOD: case COMMA: case 59: case 33: case 63: case 41: case 34: case 39: case 124: case 92:
      return true;
    default:
      return false;
  }
}

function opensClause(text: string, start: number, floor: number): boolean {
  if (start <= floor) return true;
  let j = start - 1;
  if (text.charCodeAt(j) === SPACE) j--;
  switch (text.charCodeAt(j)) {
    case COMMA: case 58: case LINE_FEED: case 13: case 9: case 34: case 39: case 40: case 62: case 0xff1a:
      return true;
    default:
      return j < floor;
  }
}
