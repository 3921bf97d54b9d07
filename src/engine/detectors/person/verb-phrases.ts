import { isLetterCode } from '../../text/letters.js';
import { TO_HEAD, phraseWords } from './lexicon.js';
import { wordStart } from './name-words.js';

const SPACE = 32;
const TAB = 9;

/**
 * Whether the `to`/`with` starting at `linkStart` follows a verb that takes a person: `talk to`,
 * `reach out to`, `spoke with`, and with one pronoun between, `hand it over to`, `forward this to`.
 */
export function headBefore(text: string, linkStart: number): boolean {
  let end = wordEndBefore(text, linkStart);
  if (end < 0) return false;
  let headStart = wordStart(text, end, 16);
  if (isPronounObject(text, headStart, end)) {
    end = wordEndBefore(text, headStart);
    if (end < 0) return false;
    headStart = wordStart(text, end, 16);
  }
  return (phraseWords.flagsOf(text, headStart, end) & TO_HEAD) !== 0;
}

/** `call`, the verb of `call me Ishmael`. */
export function isCall(text: string, start: number): boolean {
  return (text.charCodeAt(start) | 32) === 99 && (text.charCodeAt(start + 1) | 32) === 97 &&
    (text.charCodeAt(start + 2) | 32) === 108 && (text.charCodeAt(start + 3) | 32) === 108 &&
    !isLetterCode(text.charCodeAt(start + 4));
}

/** End of the word one or two spaces before `start`, or -1. */
function wordEndBefore(text: string, start: number): number {
  let j = start - 1;
  if (j >= 0 && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j--;
  if (j >= 0 && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j--;
  return j >= 0 && j < start - 1 && isLetterCode(text.charCodeAt(j)) ? j + 1 : -1;
}

/** `it`, `this`, `them`, `that`, `him`, `her`: objects between a verb and `to`. */
function isPronounObject(text: string, start: number, end: number): boolean {
  const length = end - start;
  const a = text.charCodeAt(start) | 32;
  const b = text.charCodeAt(start + 1) | 32;
  if (length === 2) return a === 105 && b === 116; // it
  if (length === 3) {
    const c = text.charCodeAt(start + 2) | 32;
    return a === 104 && ((b === 101 && c === 114) || (b === 105 && c === 109)); // her, him
  }
  if (length === 4) return a === 116 && b === 104; // this, them, that
  return false;
}
