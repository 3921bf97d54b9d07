import type { Report } from '../../types.js';
import { isAsciiDigit } from '../../text/chars.js';
import { isLowerLetterCode, isUpperLetterCode } from '../../text/letters.js';
import { NO_CUE, PERSON_FIELD_CUE, TITLE_CUE, findCue } from './cues.js';
import { CUE_WORD, KNOWN_NAME, NOT_NAME, ORGANISATION, SURNAME_WORD, lexicon } from './lexicon.js';
import { isFirmFirstName } from './name-run.js';
import { isWordEndBoundary, scanWord, scanned } from './name-words.js';
import { opensSentence } from './vocative.js';

const MAX_WORDS = 3;
const SPACE = 32;
const MAX_EMAIL_LOOKAHEAD = 64;

/**
 * An all-capitals name: `ANANYA IYER` heading a résumé, `Name: JOHN SMITH`, `Dear MR. OKAFOR`.
 * Acronyms and shouted text are the risk, so without a cue the first word must be a dictionary
 * first name, a surname must follow, and the name must stand alone on its line or before a
 * contact detail (`ANANYA IYER ananya.iyer@example.in · +91 …`). Called right after `readCandidate`
 * refused the word at `start` for being all capitals; returns where scanning resumes.
 */
export function inspectCapitals(text: string, start: number, resume: number, cueConfidence: number, dictionaryConfidence: number, report: Report): number {
  const firstEnd = scanned.end;
  const flags = lexicon.flagsOfChecked(scanned.hash, scanned.check, firstEnd - start);
  if (flags & CUE_WORD || (flags & NOT_NAME && !(flags & KNOWN_NAME))) return resume;
  const firm = isFirmFirstName(flags);
  // Acronyms (`API`, `MIT`, `GET`) are everywhere: without a first name only a field or title
  // cue counts, and those end in `:`, `=` or `.` (`Name: OKAFOR`, `MR. OKAFOR`).
  if (!firm && !followsFieldOrTitle(text, start)) return resume;
  const cue = findCue(text, start);
  if (cue === NO_CUE && !firm) return resume;

  let end = firstEnd;
  let words = 1;
  let position = scanned.rawEnd;
  while (text.charCodeAt(position) === SPACE && isUpperLetterCode(text.charCodeAt(position + 1))) {
    scanWord(text, position + 1);
    if (!scanned.capitals || !isWordEndBoundary(text, scanned.rawEnd)) break;
    const next = lexicon.flagsOfChecked(scanned.hash, scanned.check, scanned.end - position - 1);
    if (next & (ORGANISATION | CUE_WORD) || (next & NOT_NAME && !(next & (KNOWN_NAME | SURNAME_WORD)))) break;
    // A fourth capitalised word: a shouted sentence or a heading, not a name.
    if (words === MAX_WORDS) return resume;
    end = scanned.end;
    position = scanned.rawEnd;
    words++;
  }

  if (cue === TITLE_CUE || cue === PERSON_FIELD_CUE || (cue !== NO_CUE && firm)) {
    report('PERSON', start, end, cueConfidence);
    return position;
  }
  if (words < 2 || !opensSentence(text, start) || !closesHeading(text, end)) return resume;
  report('PERSON', start, end, dictionaryConfidence);
  return position;
}

/** `Name: OKAFOR`, `MR. OKAFOR`, `name="OKAFOR"`: a field separator or title period before the word. */
export function followsFieldOrTitle(text: string, start: number): boolean {
  let j = start - 1;
  const quote = text.charCodeAt(j);
  if (quote === 34 || quote === 39) j--;
  while (j >= 0 && start - j < 6 && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === 9)) j--;
  const code = text.charCodeAt(j);
  return code === 58 || code === 61 || code === 46 || code === 62 || code === 0xff1a;
}

/** The name ends its line, or a contact detail or separator follows it. */
function closesHeading(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === 9) && i - end < 4) i++;
  if (i >= text.length) return true;
  const code = text.charCodeAt(i);
  switch (code) {
    case 10: case 13: case 44: case 124: case 0xb7: case 0x2022: case 45: case 0x2013: case 0x2014: case 40: case 60:
    case 43: case 58: case 34:
      return true;
    default:
      if (isAsciiDigit(code)) return true;
      return i > end && isLowerLetterCode(code) && isEmailAhead(text, i);
  }
}

/** `ananya.iyer@example.in`: an `@` inside the next token. */
function isEmailAhead(text: string, from: number): boolean {
  const ceiling = Math.min(text.length, from + MAX_EMAIL_LOOKAHEAD);
  for (let i = from; i < ceiling; i++) {
    const code = text.charCodeAt(i);
    if (code === 64) return i > from;
    if (code === SPACE || code === 10 || code === 13 || code === 9) return false;
  }
  return false;
}
