import { isLetterCode, isLowerLetterCode, isUpperLetterCode } from '../../text/letters.js';

const SPACE = 32;
const TAB = 9;
const COMMA = 44;
const MAX_INDENT = 8;

/**
 * `Ravi, your VPN account is ready.`, `assistant: Maria, the order shipped.`: a lone name that
 * opens a sentence, line or chat turn and is followed by a comma and a lower-case word (or `I`)
 * addresses someone. `Florence, Italy` (capital after the comma) does not.
 */
export function isOpeningVocative(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== COMMA || text.charCodeAt(end + 1) !== SPACE) return false;
  const next = text.charCodeAt(end + 2);
  const pronounI = next === 73 && !isLowerLetterCode(text.charCodeAt(end + 3));
  if (!isLowerLetterCode(next) && !pronounI) return false;
  return opensSentence(text, start);
}

/** `Thanks for the update, Kenji.`, `See you tomorrow, Amara!`: a name closing a sentence after a comma. */
export function isClosingVocative(text: string, start: number, end: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== SPACE || text.charCodeAt(start - 2) !== COMMA) return false;
  const next = text.charCodeAt(end);
  if (next !== 46 && next !== 33 && next !== 63) return false;
  // `Python, Ruby, Julia.`: the end of a list of capitalised words, not someone addressed.
  return isLowerLetterCode(text.charCodeAt(start - 3)) && !startsCapitalised(text, start - 3);
}

/** Whether the word ending at `last` (inclusive) starts with a capital. */
function startsCapitalised(text: string, last: number): boolean {
  let i = last;
  while (i > 0 && isLetterCode(text.charCodeAt(i - 1)) && last - i < 24) i--;
  return isUpperLetterCode(text.charCodeAt(i));
}

/** Nothing but white space, a bullet, a quote or a `role:` prefix between the sentence start and `start`. */
export function opensSentence(text: string, start: number): boolean {
  let j = start - 1;
  const floor = start - MAX_INDENT;
  while (j >= 0 && j >= floor && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j--;
  if (j < 0) return true;
  switch (text.charCodeAt(j)) {
    case 10: case 13: case 46: case 33: case 63: case 58: case 62: case 42: case 0x2022: case 0xff1a:
      return true;
    case 34: case 39: case 0x201c: case 0x2018:
      return true;
    case 45:
      // A bullet (`- Ravi, …`), not a hyphenated word.
      return j === 0 || text.charCodeAt(j - 1) === 10 || text.charCodeAt(j - 1) === SPACE;
    default:
      return false;
  }
}
