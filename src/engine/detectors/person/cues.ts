import { isAsciiDigit } from '../../text/chars.js';
import { codeUnitsOf } from '../../text/code-units.js';
import { isLetterCode, isLowerLetterCode, isUpperLetterCode } from '../../text/letters.js';
import {
  CLOSING,
  CLOSING_HEAD,
  CLOSING_TAIL,
  CONTACT_VERB,
  DIRECT_CLOSING,
  GREETING,
  GREETING_HEAD,
  GREETING_TAIL,
  INTERJECTION,
  INTRODUCTION_LINK,
  LOWER_CASE_TITLE,
  MAYBE_PERSON_KEY,
  NAME_NOUN,
  PERSON_KEY,
  PERSON_NAMESPACE,
  POSSESSIVE,
  RELATION,
  STRONG_INTRODUCTION,
  TITLE,
  TO_LINK,
  WEAK_HEAD,
  WEAK_INTRODUCTION,
  lexicon,
  phraseWords,
} from './lexicon.js';
import { roleLabelCue } from './labels.js';
import { headBefore, isCall } from './verb-phrases.js';
import { isNameShaped, wordStart } from './name-words.js';

/** What precedes a capitalised word and so how much evidence the word itself must bring. */
export const NO_CUE = 0;
/** `Dr. Meyer`, `Herr Müller`: the title alone suffices. */
export const TITLE_CUE = 1;
/** `Hi Sarah,`, `Dear Ms.`, `Thanks Tom!`. */
export const GREETING_CUE = 2;
/** `Best regards,\nJohn Smith`, `Cheers, Tom`, `— Ana Lima`: the name must end the line. */
export const SIGNATURE_CUE = 3;
/** `full_name: …`, `"patient": "…"`. */
export const PERSON_FIELD_CUE = 4;
/** `name: …`, `customer: …`, `From: …`: may hold an organisation or a tool. */
export const MAYBE_PERSON_FIELD_CUE = 5;
/** `my name is …`, `call me …`, `me llamo …`. */
export const STRONG_INTRODUCTION_CUE = 6;
/** `I'm …`, `this is …`, `named …`, `my manager …`, `contact …`, `talk to …`. */
export const WEAK_INTRODUCTION_CUE = 7;
/** `Claro, Lucía.`, `Sure, Tom!`: a reply addressing someone; the name must close the phrase. */
export const VOCATIVE_CUE = 8;
/** `(Christopher Park)`: the name must fill the parentheses. */
export const PARENTHESIS_CUE = 9;

const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const TAB = 9;
const EM_DASH = 0x2014;
const EN_DASH = 0x2013;
const HYPHEN = 45;
const TILDE = 126;
const FULLWIDTH_COLON = 0xff1a;
const MAX_KEY = 32;

/** The flags `cueOfWordBefore` acts on. */
const WORD_BEFORE_CUES =
  TITLE | GREETING | DIRECT_CLOSING | STRONG_INTRODUCTION | WEAK_INTRODUCTION | RELATION | CONTACT_VERB | TO_LINK |
  GREETING_TAIL | CLOSING_TAIL | INTRODUCTION_LINK;
/** Most words before a capitalised one hold no cue: these turn them away before they are hashed. */
const wordBeforeCues = lexicon.filter(WORD_BEFORE_CUES);
const titles = lexicon.filter(TITLE);
const closings = lexicon.filter(CLOSING | CLOSING_TAIL);

/**
 * Looks left of the word starting at `start` for a cue, reading a bounded number of characters
 * (a few words at most), so the cost per capitalised word is constant.
 */
export function findCue(text: string, start: number): number {
  let j = start - 1;
  if (j < 0) return NO_CUE;
  const quote = text.charCodeAt(j);
  const quoted = quote === 34 || quote === 39;
  if (quoted) j--;
  j = skipSpacesBack(text, j, 4);
  if (j < 0) return NO_CUE;
  const code = text.charCodeAt(j);
  if (code === 58 || code === 61 || code === FULLWIDTH_COLON) return fieldCue(text, j);
  // Ruby hashes and Rails parameter logs: `"name"=>"Helen Park"`.
  if (code === 62 && j > 0 && text.charCodeAt(j - 1) === 61) return fieldCue(text, j - 1);
  if (quoted) return NO_CUE;
  if (code === 40) return PARENTHESIS_CUE;
  if (isLetterCode(code)) return cueOfWordBefore(text, j + 1);
  if (code === 44 || code === 33) return cueBeforeComma(text, j);
  if (code === 46) return cueBeforePeriod(text, j);
  if (code === LINE_FEED || code === CARRIAGE_RETURN) {
    const signature = cueBeforeLineBreak(text, j);
    return signature !== NO_CUE ? signature : cueAcrossWrap(text, j);
  }
  if (code === EM_DASH || code === EN_DASH || code === TILDE) return dashSignature(text, j);
  if (code === HYPHEN && j > 0 && text.charCodeAt(j - 1) === HYPHEN) return dashSignature(text, j - 1);
  return NO_CUE;
}

/** `Hi Sarah`, `Mr Smith`, `Thanks Tom`, `my name is Jane`, `I am Jane`, `this is Carlos`. */
function cueOfWordBefore(text: string, end: number): number {
  const start = wordStart(text, end);
  if (!wordBeforeCues.mayHold(codeUnitsOf(text), start, end)) return NO_CUE;
  const flags = lexicon.flagsOf(text, start, end);
  if (flags === 0) return NO_CUE;
  if (flags & TITLE) return isTitle(text, start, end) ? TITLE_CUE : NO_CUE;
  if (flags & (GREETING | DIRECT_CLOSING)) return GREETING_CUE;
  if (flags & STRONG_INTRODUCTION) return STRONG_INTRODUCTION_CUE;
  if (flags & (WEAK_INTRODUCTION | RELATION | CONTACT_VERB)) return WEAK_INTRODUCTION_CUE;
  if (flags & TO_LINK) return headBefore(text, start) ? WEAK_INTRODUCTION_CUE : NO_CUE;
  if (flags & (GREETING_TAIL | CLOSING_TAIL | INTRODUCTION_LINK)) {
    const headEnd = skipSpacesBack(text, start - 1, 2) + 1;
    if (headEnd === start || headEnd === 0 || !isLetterCode(text.charCodeAt(headEnd - 1))) return NO_CUE;
    const headStart = wordStart(text, headEnd);
    const head = lexicon.flagsOf(text, headStart, headEnd);
    if (flags & GREETING_TAIL && head & GREETING_HEAD) return GREETING_CUE;
    if (flags & CLOSING_TAIL && head & CLOSING_HEAD) return GREETING_CUE;
    if (flags & INTRODUCTION_LINK) {
      if (head & CONTACT_VERB) return isCall(text, headStart) ? STRONG_INTRODUCTION_CUE : NO_CUE;
      if (head & WEAK_HEAD) return WEAK_INTRODUCTION_CUE;
      if (head & NAME_NOUN) {
        return possessiveBefore(text, headStart) ? STRONG_INTRODUCTION_CUE : WEAK_INTRODUCTION_CUE;
      }
    }
  }
  return NO_CUE;
}

/** `Hello, Sarah`, `Thanks, Tom`, `Thank you, Priya`, `Best regards, John`. */
function cueBeforeComma(text: string, comma: number): number {
  const start = wordStart(text, comma);
  if (start === comma) return NO_CUE;
  const flags = lexicon.flagsOf(text, start, comma);
  if (flags & GREETING) return GREETING_CUE;
  if (isClosing(text, start, flags)) return SIGNATURE_CUE;
  return flags & INTERJECTION ? VOCATIVE_CUE : NO_CUE;
}

/** `Dr. Meyer`, `Sra. García`, `M. Dupont` (but not the initial in `John M. Smith`). */
function cueBeforePeriod(text: string, period: number): number {
  const start = wordStart(text, period, 8);
  if (start === period) return NO_CUE;
  if (period - start === 1) {
    if (text.charCodeAt(start) !== 77) return NO_CUE; // M.
    // `John M. Smith` has an initial; `Bonjour M. Dupont` a title.
    return initialFollowsName(text, start) ? NO_CUE : TITLE_CUE;
  }
  if (!titles.mayHold(codeUnitsOf(text), start, period)) return NO_CUE;
  const flags = lexicon.flagsOf(text, start, period);
  return flags & TITLE && isTitle(text, start, period) ? TITLE_CUE : NO_CUE;
}

/** A sign-off on an earlier line: `Best regards,\nJohn`, `Thanks!\n\nPriya`, `-- \nAna`. */
function cueBeforeLineBreak(text: string, lineBreak: number): number {
  const floor = Math.max(0, lineBreak - 16);
  let j = lineBreak;
  let breaks = 0;
  while (j >= floor) {
    const code = text.charCodeAt(j);
    if (code === LINE_FEED) breaks++;
    else if (code !== CARRIAGE_RETURN && code !== SPACE && code !== TAB) break;
    j--;
  }
  if (j < 0 || j < floor || breaks > 3) return NO_CUE;
  let code = text.charCodeAt(j);
  if (code === HYPHEN && j > 0 && text.charCodeAt(j - 1) === HYPHEN) return dashSignature(text, j - 1);
  if (code === 44 || code === 33 || code === 46) {
    j--;
    code = text.charCodeAt(j);
  }
  if (j < 0 || !isLetterCode(code)) return NO_CUE;
  const start = wordStart(text, j + 1);
  if (!closings.mayHold(codeUnitsOf(text), start, j + 1)) return NO_CUE;
  return isClosing(text, start, lexicon.flagsOf(text, start, j + 1)) ? SIGNATURE_CUE : NO_CUE;
}

/** `For urgent matters contact\nMark Jensen`: a line wrapped inside a sentence hides no cue. */
function cueAcrossWrap(text: string, lineBreak: number): number {
  let j = lineBreak;
  if (text.charCodeAt(j) === LINE_FEED && j > 0 && text.charCodeAt(j - 1) === CARRIAGE_RETURN) j--;
  j = skipSpacesBack(text, j - 1, 2);
  // The cues that survive a wrap (`contact`, `to`, `my wife`) are written in lower case.
  if (j < 0 || !isLowerLetterCode(text.charCodeAt(j))) return NO_CUE;
  const cue = cueOfWordBefore(text, j + 1);
  return cue === WEAK_INTRODUCTION_CUE || cue === STRONG_INTRODUCTION_CUE || cue === TITLE_CUE ? cue : NO_CUE;
}

/** `— Ana Lima`, `-- Tom`, `~Priya`: the dash must open the line or follow white space. */
function dashSignature(text: string, dash: number): number {
  if (dash === 0) return SIGNATURE_CUE;
  const before = text.charCodeAt(dash - 1);
  return before === SPACE || before === TAB || before === LINE_FEED || before === CARRIAGE_RETURN
    ? SIGNATURE_CUE
    : NO_CUE;
}

/** `name: `, `"full_name": "`, `Full Name: `, `customer.name=`, `Patient: `. */
function fieldCue(text: string, separator: number): number {
  if (separator > 0) {
    const before = text.charCodeAt(separator - 1);
    if (before === 61 || before === 33 || before === 60 || before === 62) return NO_CUE; // ==, !=, <=, >=
  }
  let k = separator - 1;
  if (k >= 0 && (text.charCodeAt(k) === 34 || text.charCodeAt(k) === 39)) k--;
  k = skipSpacesBack(text, k, 2);
  const keyEnd = k + 1;
  const keyStart = keyStartBefore(text, keyEnd);
  if (keyStart === keyEnd) return NO_CUE;

  if (keyStart > 0 && text.charCodeAt(keyStart - 1) === 46) {
    // `service.name`, `gen_ai.tool.name`: only a person-like namespace makes `.name` a person.
    const flags = lexicon.flagsOf(text, keyStart, keyEnd, true);
    if (flags & PERSON_KEY) return PERSON_FIELD_CUE;
    const namespaceStart = keyStartBefore(text, keyStart - 1);
    const namespace = lexicon.flagsOf(text, namespaceStart, keyStart - 1, true);
    return flags & MAYBE_PERSON_KEY && namespace & PERSON_NAMESPACE ? PERSON_FIELD_CUE : NO_CUE;
  }
  if (keyStart > 1 && text.charCodeAt(keyStart - 1) === SPACE && isLetterCode(text.charCodeAt(keyStart - 2))) {
    // Two-word labels: `Full Name:`, `Customer name:`, `Emergency contact:`.
    const pairStart = wordStart(text, keyStart - 1, 16);
    const pair = lexicon.flagsOf(text, pairStart, keyEnd, true);
    if (pair & PERSON_KEY) return PERSON_FIELD_CUE;
    if (pair & MAYBE_PERSON_KEY) return MAYBE_PERSON_FIELD_CUE;
  }
  const flags = lexicon.flagsOf(text, keyStart, keyEnd, true);
  if (flags & PERSON_KEY) return PERSON_FIELD_CUE;
  if (flags & MAYBE_PERSON_KEY) return MAYBE_PERSON_FIELD_CUE;
  return roleLabelCue(text, keyStart) ? MAYBE_PERSON_FIELD_CUE : NO_CUE;
}

function keyStartBefore(text: string, end: number): number {
  const floor = Math.max(0, end - MAX_KEY);
  let i = end;
  while (i > floor) {
    const code = text.charCodeAt(i - 1);
    if (!isLetterCode(code) && code !== 95 && code !== HYPHEN) break;
    i--;
  }
  return i;
}

function isClosing(text: string, start: number, flags: number): boolean {
  if (flags & CLOSING) return true;
  if (!(flags & CLOSING_TAIL)) return false;
  const headEnd = skipSpacesBack(text, start - 1, 2) + 1;
  if (headEnd === start || headEnd === 0) return false;
  return (lexicon.flagsOf(text, wordStart(text, headEnd), headEnd) & CLOSING_HEAD) !== 0;
}

/** A title is written capitalised; `Dr` directly after `742 Evergreen` is a street suffix. */
function isTitle(text: string, start: number, end: number): boolean {
  // `señora Pérez`, `senhor Costa`: Romance languages write titles in lower case mid-sentence.
  if (!isUpperLetterCode(text.charCodeAt(start))) return (phraseWords.flagsOf(text, start, end) & LOWER_CASE_TITLE) !== 0;
  const isDr = end - start === 2 && text.charCodeAt(start) === 68 && (text.charCodeAt(start + 1) | 32) === 114;
  return !(isDr && followsHouseNumber(text, start));
}

/** `742 Evergreen Dr`, `221B Baker Dr`: up to three capitalised words back to a house number. */
function followsHouseNumber(text: string, index: number): boolean {
  let j = index - 1;
  for (let words = 0; words < 3; words++) {
    if (j < 0 || text.charCodeAt(j) !== SPACE) return false;
    j--;
    if (j >= 0 && isAsciiDigit(text.charCodeAt(j))) return true;
    const start = wordStart(text, j + 1);
    if (start === j + 1) return false;
    // `221B`: the letter is glued to the number.
    if (start > 0 && isAsciiDigit(text.charCodeAt(start - 1))) return true;
    if (!isNameShaped(text, start, j + 1)) return false;
    j = start - 1;
  }
  return false;
}

function possessiveBefore(text: string, nounStart: number): boolean {
  const end = skipSpacesBack(text, nounStart - 1, 2) + 1;
  if (end === nounStart || end === 0) return false;
  return (lexicon.flagsOf(text, wordStart(text, end), end) & POSSESSIVE) !== 0;
}

function initialFollowsName(text: string, index: number): boolean {
  const end = skipSpacesBack(text, index - 1, 2) + 1;
  if (end === index || end === 0) return false;
  const start = wordStart(text, end);
  if (start === end || !isUpperLetterCode(text.charCodeAt(start))) return false;
  return (lexicon.flagsOf(text, start, end) & (GREETING | CLOSING | DIRECT_CLOSING)) === 0;
}

/** Index of the last non-space/tab at or before `index`, skipping at most `limit` of them; -1 at the start. */
function skipSpacesBack(text: string, index: number, limit: number): number {
  let j = index;
  const floor = index - limit;
  while (j >= 0 && j >= floor) {
    const code = text.charCodeAt(j);
    if (code !== SPACE && code !== TAB && code !== 0xa0) return j;
    j--;
  }
  return j < 0 ? -1 : j;
}
