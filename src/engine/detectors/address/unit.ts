import { isAsciiDigit, isAsciiLetter, isAsciiUpper } from '../../text/chars.js';
import { isUpperLetterCode } from '../../text/letters.js';
import { UNIT, mayEndUnit } from './vocabulary.js';
import { readWord, word, wordStartBefore } from './words.js';

const SPACE = 32;
const COMMA = 44;
const PERIOD = 46;
const MAX_UNIT_ID = 6;
const MAX_BUILDING_WORDS = 4;

/**
 * `Flat 2, ` / `Apt. 4B ` / `Unit 12 ` before the house number at `numberStart`: start of the
 * unit word, or -1. British and Indian addresses put the flat first (`Flat 2, 14 Kingsway Road`).
 */
export function unitBefore(text: string, numberStart: number, floor: number): number {
  let j = numberStart - 1;
  if (j <= floor || text.charCodeAt(j) !== SPACE) return -1;
  j--;
  if (text.charCodeAt(j) === COMMA) j--;
  const idEnd = j + 1;
  while (j >= floor && idEnd - j <= MAX_UNIT_ID && (isAsciiDigit(text.charCodeAt(j)) || isAsciiLetter(text.charCodeAt(j)))) j--;
  const idStart = j + 1;
  if (idStart === idEnd || idEnd - idStart > MAX_UNIT_ID || !hasDigitOrCapital(text, idStart, idEnd)) return -1;
  return unitWordBefore(text, idStart, floor);
}

/** `Flat ` / `Apt. ` / `Suite ` right before `idStart`: start of the unit word, or -1. */
export function unitWordBefore(text: string, idStart: number, floor: number): number {
  let j = idStart - 1;
  if (j <= floor || text.charCodeAt(j) !== SPACE) return -1;
  j--;
  if (text.charCodeAt(j) === PERIOD) j--;
  if (!mayEndUnit(text.charCodeAt(j - 1), text.charCodeAt(j))) return -1;
  const unitStart = wordStartBefore(text, j + 1, floor);
  if (unitStart < 0 || !isUpperLetterCode(text.charCodeAt(unitStart))) return -1;
  if (!readWord(text, unitStart) || word.end !== j + 1 || !(word.flags & UNIT)) return -1;
  return unitStart;
}

/** `4B`, `302`, `C`: a unit id holds a digit or is a capital letter. */
function hasDigitOrCapital(text: string, start: number, end: number): boolean {
  if (end - start === 1 && isAsciiUpper(text.charCodeAt(start))) return true;
  for (let i = start; i < end; i++) if (isAsciiDigit(text.charCodeAt(i))) return true;
  return false;
}

/**
 * `Sai Residency, MG Road`: a building name of capitalised words, a comma, then a street that
 * `street` accepts. End of the street, or 0. Only tried after a unit (`Flat 302, …`).
 */
export function buildingThenStreet(text: string, from: number, street: (text: string, from: number) => number): number {
  let i = from;
  for (let words = 0; words < MAX_BUILDING_WORDS; words++) {
    if (!readWord(text, i) || !isUpperLetterCode(text.charCodeAt(word.start))) return 0;
    const end = word.end;
    if (text.charCodeAt(end) === COMMA && text.charCodeAt(end + 1) === SPACE) return street(text, end + 2);
    if (text.charCodeAt(end) !== SPACE) return 0;
    i = end + 1;
  }
  return 0;
}
