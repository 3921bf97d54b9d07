import type { Detector, Report } from '../types.js';
import {
  GREETING_CUE,
  MAYBE_PERSON_FIELD_CUE,
  NO_CUE,
  PERSON_FIELD_CUE,
  SIGNATURE_CUE,
  STRONG_INTRODUCTION_CUE,
  TITLE_CUE,
  WEAK_INTRODUCTION_CUE,
  findCue,
} from './person/cues.js';
import { AMBIGUOUS_NAME, KNOWN_NAME, PERSON_VERB, PLACE_PREFIX, lexicon } from './person/lexicon.js';
import { isFirmFirstName, nameAfterConjunction, readCandidate, readName, run } from './person/name-run.js';
import { isWordStartBoundary, wordEnd, wordStart } from './person/name-words.js';
import { isUpperLetterCode } from '../text/letters.js';

const CUE_CONFIDENCE = 0.85;
const DICTIONARY_CONFIDENCE = 0.7;
const MAX_JOINED_NAMES = 3;
const SPACE = 32;

/**
 * Where a capital may start a name: ASCII, Latin-1, Latin Extended-A/B (upper and lower case
 * alternate there, `readCandidate` sorts them out), Greek and Cyrillic capitals. A regex jumps
 * between capitals faster than a loop over every character of lower-case prose.
 */
const CAPITAL = /[A-Z\u00c0-\u00de\u0100-\u024f\u0386-\u03ab\u0400-\u042f]/g;

/**
 * Finds personal names in running text without a model. A capitalised word is a name when a cue
 * precedes it (title, greeting, sign-off, name field, self-introduction) or when it is a common
 * first name followed by a capitalised surname. Reports the name only: titles and greetings stay.
 */
function findPersons(text: string, report: Report): void {
  const capital = CAPITAL;
  capital.lastIndex = 0;
  while (capital.test(text)) {
    let start = capital.lastIndex - 1;
    let resume = start + 1;
    // Title-case runs (`Quarterly Report For Maria Gonzalez`) are walked word by word without
    // going back to the regex for every capital.
    while (isUpperLetterCode(text.charCodeAt(start))) {
      resume = isWordStartBoundary(text, start)
        ? inspectWord(text, start, report)
        : Math.max(wordEnd(text, start), start + 1);
      if (text.charCodeAt(resume) !== SPACE) break;
      start = resume + 1;
    }
    capital.lastIndex = resume;
  }
}

/** Decides about the capitalised word at `start`; returns where scanning resumes. */
function inspectWord(text: string, start: number, report: Report): number {
  if (!readCandidate(text, start)) return run.resume;
  const flags = run.flags;
  const cue = findCue(text, start);
  if (cue !== NO_CUE) {
    readName(text);
    if (!acceptsCue(text, cue, flags)) return run.firstRawEnd;
    report('PERSON', start, run.end, CUE_CONFIDENCE);
    return reportJoinedNames(text, run.resume, cue === GREETING_CUE ? GREETING_CUE : TITLE_CUE, report);
  }
  if (!isFirmFirstName(flags) || followsPlacePrefix(text, start)) return run.firstRawEnd;
  readName(text);
  if (run.organisation) return run.firstRawEnd;
  const lone = run.words === 1 && run.end === run.resume;
  if (lone && !isFollowedByPersonVerb(text, run.end) && !isJoinedToFirstName(text, run.end)) {
    return run.firstRawEnd;
  }
  report('PERSON', start, run.end, DICTIONARY_CONFIDENCE);
  return reportJoinedNames(text, run.resume, NO_CUE, report);
}

/** How much the name itself must bring, given how strong its cue is. */
function acceptsCue(text: string, cue: number, flags: number): boolean {
  if (run.organisation) return false;
  const firm = isFirmFirstName(flags);
  switch (cue) {
    case TITLE_CUE:
    case PERSON_FIELD_CUE:
      return true;
    case GREETING_CUE:
      return firm || run.words >= 2 || endsPhrase(text, run.end);
    case SIGNATURE_CUE:
      return firm || endsPhrase(text, run.end);
    case MAYBE_PERSON_FIELD_CUE:
      return firm || (run.words >= 2 && run.anyKnown);
    case STRONG_INTRODUCTION_CUE:
      return (flags & KNOWN_NAME) !== 0 || run.words >= 2 || endsPhrase(text, run.end);
    case WEAK_INTRODUCTION_CUE:
      return firm || ((flags & AMBIGUOUS_NAME) !== 0 && run.words >= 2);
    default:
      return false;
  }
}

/**
 * `Hi Sarah and Tom,`, `Dear Anna, Ben and Carla`, `Maria Gonzalez and Priya`: a greeting covers
 * every joined name; otherwise a joined name must be a first name or carry a surname. `kind` is
 * GREETING_CUE, another cue (confidence of a cue) or NO_CUE (confidence of the dictionary).
 */
function reportJoinedNames(text: string, from: number, kind: number, report: Report): number {
  let position = from;
  for (let joined = 0; joined < MAX_JOINED_NAMES; joined++) {
    const next = nameAfterConjunction(text, position);
    if (next < 0 || !readCandidate(text, next)) break;
    const flags = run.flags;
    readName(text);
    const accepted = kind === GREETING_CUE
      ? acceptsCue(text, GREETING_CUE, flags)
      : !run.organisation && (isFirmFirstName(flags) || (run.words >= 2 && run.anyKnown));
    if (!accepted) break;
    report('PERSON', next, run.end, kind === NO_CUE ? DICTIONARY_CONFIDENCE : CUE_CONFIDENCE);
    position = run.resume;
  }
  return position;
}

/** `John and Priya`: two first names joined by a conjunction vouch for each other. */
function isJoinedToFirstName(text: string, end: number): boolean {
  const next = nameAfterConjunction(text, end);
  if (next < 0) return false;
  const nextEnd = wordEnd(text, next);
  return isFirmFirstName(lexicon.flagsOf(text, next, nextEnd));
}

/** `Sarah said`, `Priya wrote`: a lone first name doing what people do. */
function isFollowedByPersonVerb(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== SPACE) return false;
  const verbEnd = wordEnd(text, end + 1, 12);
  return verbEnd > end + 1 && (lexicon.flagsOf(text, end + 1, verbEnd) & PERSON_VERB) !== 0;
}

/** `San Diego`, `St. Louis`, `Santa Monica`, `São Paulo`: the first name is part of a place. */
function followsPlacePrefix(text: string, start: number): boolean {
  let j = start - 1;
  if (text.charCodeAt(j) !== SPACE) return false;
  j--;
  if (text.charCodeAt(j) === 46) j--;
  const prefixStart = wordStart(text, j + 1, 8);
  if (prefixStart > j) return false;
  return (
    isUpperLetterCode(text.charCodeAt(prefixStart)) && (lexicon.flagsOf(text, prefixStart, j + 1) & PLACE_PREFIX) !== 0
  );
}

/** The name closes a phrase: end of text or line, or punctuation after optional spaces. */
function endsPhrase(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === 9)) i++;
  if (i >= text.length) return true;
  switch (text.charCodeAt(i)) {
    case 10: case 13: case 44: case 46: case 33: case 63: case 59: case 58: case 41: case 93: case 125:
    case 34: case 39: case 60: case 124: case 45: case 0x2013: case 0x2014: case 0x2019: case 0x201d:
      return true;
    default:
      return false;
  }
}

export const personDetector: Detector = {
  name: 'person',
  types: ['PERSON'],
  enabledByDefault: true,
  trigger: { chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' },
  find: findPersons,
};

export const personDetectors: readonly Detector[] = [personDetector];
