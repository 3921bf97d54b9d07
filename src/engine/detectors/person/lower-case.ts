import type { Report } from '../../types.js';
import { isAsciiDigit } from '../../text/chars.js';
import { isLetterCode, isLowerLetterCode } from '../../text/letters.js';
import { WordTable } from '../../text/word-table.js';
import { CUE_WORD, KNOWN_NAME, NOT_NAME, ORGANISATION, POSSESSIVE, lexicon } from './lexicon.js';
import { isFirmFirstName } from './name-run.js';
import { isApostrophe, wordEnd, wordStart } from './name-words.js';

/** Scanner keywords: the cues `inspectLowerCaseCue` accepts, so that text without them is not swept. */
export const LOWER_CASE_TRIGGERS: readonly string[] = [
  'name is', "name's", 'name’s', "i'm ", 'i’m ', 'i am ', 'call me ', 'me llamo', 'me chamo', 'mi chiamo', "m'appelle",
  'm’appelle',
];

const MAX_WORDS = 3;
const MIN_WORD = 2;
const MAX_WORD = 24;
const SPACE = 32;

/**
 * How sure the cue is: after `my name is` any plausible word is a name; after `call me`, `me
 * llamo` (`call me back`) a known first name; after `i'm` a first name that is nothing else.
 */
const NO_CUE = 0;
const WEAK = 1;
const KNOWN = 2;
const STRONG = 3;

/** Where the name after the cue starts (`me llamo` moves it past `llamo`); one shared record. */
const found = { nameStart: 0 };

/**
 * A name in lower case after a self-introduction, common in chat: `hey, my name is kwame mensah
 * and I forgot my password`. `afterCue` is where the search in `uncased.ts` stopped: after the space
 * that follows a word ending in `m`, `me is`, `me's` or `mi` (`i'm`, `i am`, `my name is`, `call
 * me`, `me llamo`, `mi chiamo`, `m'appelle`); the cue itself is checked here. The name is one to
 * three words and stops at punctuation, a common word (`and`, `from`), or a word shaped like a
 * verb or adverb (`trying`, `locked`, `really`). After the weak `i'm` / `i am` the first word must
 * be a dictionary first name (`i'm jane doe`, not `i'm locked out`). Returns the end of the
 * reported name, or -1.
 */
export function inspectLowerCaseCue(text: string, afterCue: number, confidence: number, report: Report): number {
  if (!mayEndCue(text.charCodeAt(afterCue - 2) | 32, text.charCodeAt(afterCue - 3))) return -1;
  const strength = cueStrength(text, afterCue - 1);
  if (strength === NO_CUE) return -1;
  const nameStart = found.nameStart;
  const end = lowerCaseNameEnd(text, nameStart, strength);
  if (end === nameStart) return -1;
  report('PERSON', nameStart, end, confidence);
  return end;
}

/**
 * The last two letters of a cue: `'m`, `am`, `me`, `le` (`m'appelle`), `is`, `'s`, `mi`. Most
 * words before a space that the sweep stops at (`from`, `them`, `some`, `time`) fail here.
 */
function mayEndCue(last: number, before: number): boolean {
  switch (last) {
    case 109: return isApostrophe(before) || (before | 32) === 97; // 'm, am
    case 101: return (before | 32) === 109 || before === 108; // me, le
    case 115: return (before | 32) === 105 || isApostrophe(before); // is, 's
    case 105: return (before | 32) === 109; // mi
    default: return false;
  }
}

/** Reads the cue whose last word ends at `end` (the space after it). */
function cueStrength(text: string, end: number): number {
  found.nameStart = end + 1;
  const start = wordStart(text, end, 12);
  if (start === end || (start > 0 && isLetterCode(text.charCodeAt(start - 1)))) return NO_CUE;
  const length = end - start;
  const first = text.charCodeAt(start) | 32;
  if (length === 3 && first === 105 && isApostrophe(text.charCodeAt(start + 1))) return WEAK; // i'm
  if (isWordAt(text, start, end, 'am')) return isWordBefore(text, start, 'i') ? WEAK : NO_CUE;
  if (isWordAt(text, start, end, 'is')) {
    const nameStart = wordBefore(text, start);
    return nameStart >= 0 && isWordAt(text, nameStart, start - 1, 'name') && possessiveBefore(text, nameStart) ? STRONG : NO_CUE;
  }
  if (length === 6 && isWordAt(text, start, start + 4, 'name')) return possessiveBefore(text, start) ? STRONG : NO_CUE;
  if (isWordAt(text, start, end, 'me')) {
    if (isWordBefore(text, start, 'call')) return KNOWN;
    return skipVerb(text, end + 1, 'llamo') || skipVerb(text, end + 1, 'chamo') ? KNOWN : NO_CUE;
  }
  if (isWordAt(text, start, end, 'mi')) return skipVerb(text, end + 1, 'chiamo') ? KNOWN : NO_CUE;
  // `m'appelle`
  return length === 9 && first === 109 && isApostrophe(text.charCodeAt(start + 1)) ? KNOWN : NO_CUE;
}

/** `me llamo ana`: moves the name start past the verb when it is `verb`. */
function skipVerb(text: string, at: number, verb: string): boolean {
  const end = at + verb.length;
  if (!isWordAt(text, at, end, verb) || text.charCodeAt(end) !== SPACE) return false;
  found.nameStart = end + 1;
  return true;
}

/** Start of the word before the word at `start` (one space apart), or -1. */
function wordBefore(text: string, start: number): number {
  if (start < 2 || text.charCodeAt(start - 1) !== SPACE) return -1;
  const before = wordStart(text, start - 1, 12);
  return before < start - 1 ? before : -1;
}

function isWordBefore(text: string, start: number, literal: string): boolean {
  const before = wordBefore(text, start);
  return before >= 0 && isWordAt(text, before, start - 1, literal);
}

/** `text[start, end)` is `literal` (lower-case), compared ASCII-case-insensitively. */
function isWordAt(text: string, start: number, end: number, literal: string): boolean {
  if (end - start !== literal.length) return false;
  for (let k = 0; k < literal.length; k++) {
    let code = text.charCodeAt(start + k);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== literal.charCodeAt(k)) return false;
  }
  return true;
}

function possessiveBefore(text: string, nounStart: number): boolean {
  const before = wordBefore(text, nounStart);
  return before >= 0 && (lexicon.flagsOf(text, before, nounStart - 1) & POSSESSIVE) !== 0;
}

/** End of the lower-case name at `start`, or `start` when there is none. */
function lowerCaseNameEnd(text: string, start: number, strength: number): number {
  let end = start;
  let position = start;
  for (let words = 0; words < MAX_WORDS; words++) {
    if (!isLowerLetterCode(text.charCodeAt(position))) break;
    const wordEndAt = wordEnd(text, position, MAX_WORD + 1);
    const length = wordEndAt - position;
    if (length < MIN_WORD || length > MAX_WORD || !endsName(text, wordEndAt)) break;
    const flags = lexicon.flagsOf(text, position, wordEndAt);
    if (words === 0) {
      const accepted = strength === WEAK ? isFirmFirstName(flags)
        : strength === KNOWN ? (flags & KNOWN_NAME) !== 0
        : (flags & KNOWN_NAME) !== 0 || !isCommonWord(text, position, wordEndAt, flags);
      if (!accepted) return start;
    } else if (isCommonWord(text, position, wordEndAt, flags) && !isFirmFirstName(flags)) {
      break;
    }
    end = wordEndAt;
    if (text.charCodeAt(wordEndAt) !== SPACE) break;
    position = wordEndAt + 1;
  }
  return end;
}

/** Not glued to a handle, number or identifier: `jane_doe`, `jane@`, `jane2`. */
function endsName(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const code = text.charCodeAt(end);
  if (isAsciiDigit(code) || code === 95 || code === 64) return false;
  if (code === 46 || code === 47) return end + 1 >= text.length || !isLetterCode(text.charCodeAt(end + 1));
  return true;
}

/** `and`, `trying`, `locked`, `really`, `wrong`: words that follow `my name is` but are no name. */
function isCommonWord(text: string, start: number, end: number, flags: number): boolean {
  if (flags & (NOT_NAME | CUE_WORD | ORGANISATION)) return true;
  const length = end - start;
  if (length >= 5) {
    const a = text.charCodeAt(end - 3);
    const b = text.charCodeAt(end - 2);
    const c = text.charCodeAt(end - 1);
    if (a === 105 && b === 110 && c === 103) return true; // -ing
    if (b === 101 && c === 100 && a !== 101) return true; // -ed, not -eed
    if (b === 108 && c === 121) return true; // -ly
  }
  return flags === 0 && isCommonAdjective(text, start, end);
}

/** Words that follow `my name is` in complaints about the name rather than in the name. */
const commonAdjectives = new WordTable().add(
  'wrong correct incorrect right weird strange misspelt spelt blank missing there here listed shown visible long short unusual fine back later maybe anytime asap',
  1,
);

function isCommonAdjective(text: string, start: number, end: number): boolean {
  return commonAdjectives.flagsOf(text, start, end) !== 0;
}
