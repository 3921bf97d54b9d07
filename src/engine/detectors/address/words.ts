/** Word reading for the address detector: letters, inner hyphens and apostrophes, ordinals. */

import { isAsciiDigit } from '../../text/chars.js';
import { codeUnitsOf } from '../../text/code-units.js';
import { foldCode, isLetterCode, isLowerLetterCode, isUpperLetterCode } from '../../text/letters.js';
import { CHECK_SEED, HASH_SEED, checkStep, hashStep } from '../../text/word-table.js';
import { UNIT, addressWords } from './vocabulary.js';

const MAX_WORD = 24;
const HYPHEN = 45;
const SPACE = 32;

/** The word read by `readWord`; one shared cursor, so that scanning allocates nothing. */
export const word = { start: 0, end: 0, flags: 0 };

/**
 * Reads the letter word at `from` into `word` (letters, inner hyphens and apostrophes, or an
 * ordinal such as `5th`); false when there is none.
 */
export function readWord(text: string, from: number): boolean {
  let i = from;
  const ceiling = Math.min(text.length, from + MAX_WORD);
  // Hashed while read, so that the vocabulary lookup does not read the word again.
  let hash = HASH_SEED;
  let check = CHECK_SEED;
  if (isAsciiDigit(text.charCodeAt(i))) {
    while (i < ceiling && isAsciiDigit(text.charCodeAt(i))) i++;
    if (!isOrdinalSuffix(text, i)) return false;
    i += 2;
    for (let k = from; k < i; k++) {
      const folded = foldCode(text.charCodeAt(k));
      hash = hashStep(hash, folded);
      check = checkStep(check, folded);
    }
  } else {
    while (i < ceiling) {
      const code = text.charCodeAt(i);
      if (isLetterCode(code) || ((code === HYPHEN || code === 39) && isLetterCode(text.charCodeAt(i + 1)) && i > from)) {
        const folded = foldCode(code);
        hash = hashStep(hash, folded);
        check = checkStep(check, folded);
        i++;
      } else {
        break;
      }
    }
  }
  if (i === from || (i < text.length && isLetterCode(text.charCodeAt(i)))) return false;
  word.start = from;
  word.end = i;
  word.flags = addressWords.flagsOfChecked(hash, check, i - from);
  return true;
}

function isOrdinalSuffix(text: string, at: number): boolean {
  const a = text.charCodeAt(at) | 32;
  const b = text.charCodeAt(at + 1) | 32;
  const ok = (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
  return ok && !isLetterCode(text.charCodeAt(at + 2));
}

/** End of 1..`max` capitalised words separated by single spaces, or -1. */
export function capitalisedWords(text: string, from: number, max: number): number {
  let end = -1;
  let i = from;
  for (let words = 0; words < max; words++) {
    if (!readWord(text, i) || !isUpperLetterCode(text.charCodeAt(word.start)) || word.flags & UNIT) break;
    if (!isLowerLetterCode(text.charCodeAt(word.start + 1)) && words > 0) break;
    end = word.end;
    if (text.charCodeAt(end) !== SPACE) break;
    i = end + 1;
  }
  return end;
}

/**
 * Start of the letter word (with inner hyphens and apostrophes) ending at `end`, reading back no
 * further than `floor` nor 40 code units; -1 when no letter ends there.
 */
export function wordStartBefore(text: string, end: number, floor: number): number {
  return wordStartBeforeIn(codeUnitsOf(text), end, floor);
}

export function endsWithFolded(text: string, start: number, end: number, ending: string): boolean {
  if (end - start < ending.length) return false;
  const offset = end - ending.length;
  for (let k = 0; k < ending.length; k++) {
    const code = text.charCodeAt(offset + k);
    const lower = code >= 65 && code <= 90 ? code + 32 : code === 0x1e9e ? 0xdf : code;
    if (lower !== ending.charCodeAt(k)) return false;
  }
  return true;
}

/** `wordStartBefore` over the code units of the text (every index it reads is below `end`). */
export function wordStartBeforeIn(units: Uint16Array, end: number, floor: number): number {
  let i = end;
  const limit = Math.max(floor, end - 40);
  while (i > limit) {
    const code = units[i - 1]!;
    if (isLetterCode(code) || ((code === HYPHEN || code === 39) && i - 1 > limit && isLetterCode(units[i - 2]!))) i--;
    else break;
  }
  return i === end ? -1 : i;
}
