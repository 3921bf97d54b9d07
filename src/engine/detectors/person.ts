import type { Detector, Report } from '../types.js';
import { inspectCapitals } from './person/capitals.js';
import {
  GREETING_CUE,
  MAYBE_PERSON_FIELD_CUE,
  NO_CUE,
  PARENTHESIS_CUE,
  PERSON_FIELD_CUE,
  SIGNATURE_CUE,
  STRONG_INTRODUCTION_CUE,
  TITLE_CUE,
  VOCATIVE_CUE,
  WEAK_INTRODUCTION_CUE,
  findCue,
} from './person/cues.js';
import { isHonouredAt } from './person/honorifics.js';
import {
  AMBIGUOUS_NAME,
  KNOWN_NAME,
  LIFE_VERB,
  NOT_NAME,
  PERSON_VERB,
  THING_NAME,
  PLACE_PREFIX,
  CUE_CONFIDENCE,
  lexicon,
  phraseWords,
} from './person/lexicon.js';
import {
  CANDIDATE_READ,
  isFirmFirstName,
  nameAfterConjunction,
  readCandidate,
  readName,
  refusedWordEnd,
  run,
} from './person/name-run.js';
import { isWordStartBoundaryUnits, scanWord, wordEndUnits, scanned, wordEnd, wordStart } from './person/name-words.js';
import { isInPersonRecord } from './person/record.js';
import { uncasedPersonDetector } from './person/uncased.js';
import { isClosingVocative, isOpeningVocative } from './person/vocative.js';
import { codeUnitsOf } from '../text/code-units.js';
import { kernelHolding, nextSetBit } from '../text/kernel/kernel.js';
import { isUpperLetterCode } from '../text/letters.js';

const DICTIONARY_CONFIDENCE = 0.7;
const MAX_JOINED_NAMES = 3;
const SPACE = 32;

/**
 * Where a capital may start a name: ASCII, Latin-1, Latin Extended-A/B (upper and lower case
 * alternate there, `readCandidate` sorts them out), Greek and Cyrillic capitals. One byte per code
 * unit below `CAPITAL_TABLE_END`; nothing above it starts a name.
 */
const CAPITAL_TABLE_END = 0x530;
const CAPITAL = buildCapitalTable(/[A-Z\u00c0-\u00de\u0100-\u024f\u0386-\u03ab\u0400-\u042f]/);

function buildCapitalTable(capital: RegExp): Uint8Array {
  const table = new Uint8Array(CAPITAL_TABLE_END);
  for (let code = 0; code < CAPITAL_TABLE_END; code++) if (capital.test(String.fromCharCode(code))) table[code] = 1;
  return table;
}

function isCapitalCode(code: number): boolean {
  return code < CAPITAL_TABLE_END && CAPITAL[code] === 1;
}

/**
 * Pairs of code units as 32-bit words, over the same memory as the view from `codeUnitsOf`, so
 * that a loop tests two code units per read. Kept while the view is. Undefined when the view does
 * not start on a 4-byte boundary (`codeUnitsOf` hands out whole arrays, so it always does).
 */
let pairView: Int32Array<ArrayBufferLike> | undefined;
let pairViewUnits: Uint16Array | undefined;

function pairsOf(units: Uint16Array): Int32Array<ArrayBufferLike> | undefined {
  if (pairViewUnits !== units) {
    pairView = (units.byteOffset & 3) === 0 ? new Int32Array(units.buffer, units.byteOffset, units.length >> 1) : undefined;
    pairViewUnits = units;
  }
  return pairView;
}

/** Bit 5 of both halves of a pair: set in lower-case ASCII letters, digits, space and most punctuation. */
const PAIR_BIT_5 = 0x00200020;
/** Any code unit at or above 0x80 in either half of a pair. */
const PAIR_HIGH = 0xff80ff80 | 0;
/** Added to an ASCII pair, these carry into bit 7 of a half from `A` (0x41) and from past `Z` (0x5b) on. */
const PAIR_FROM_A = 0x003f003f;
const PAIR_PAST_Z = 0x00250025;
const PAIR_BIT_7 = 0x00800080;

/**
 * `nextCapital` read from the kernel's bitmap, 32 code units per word: its candidates are `A`-`Z`
 * and every unit at or above 0x80, which is checked here.
 */
function nextCapitalByBits(units: Uint16Array, bits: Int32Array, from: number, length: number): number {
  for (let i = nextSetBit(bits, from, length); i < length; i = nextSetBit(bits, i + 1, length)) {
    const code = units[i]!;
    if (code < 0x80 || isCapitalCode(code)) return i;
  }
  return length;
}

/**
 * Index of the first capital (see `CAPITAL`) at or after `from`, or `length`. Lower-case prose
 * is skipped sixteen code units at a time: a capital is either ASCII, with bit 5 clear, or at or
 * above 0x80, so a block whose units all have bit 5 set and lie below 0x80 holds none. Other
 * blocks (a capital, a line break, `_`, `[`, accented letters) are read pair by pair, ASCII pairs
 * by a range test on both halves at once.
 */
function nextCapital(units: Uint16Array, pairs: Int32Array<ArrayBufferLike> | undefined, from: number, length: number): number {
  let i = from;
  if (pairs === undefined) {
    while (i < length && !isCapitalCode(units[i]!)) i++;
    return i;
  }
  if ((i & 1) !== 0) {
    if (i >= length || isCapitalCode(units[i]!)) return i;
    i++;
  }
  const pairCount = length >> 1;
  let pair = i >> 1;
  for (;;) {
    while (pair + 8 <= pairCount) {
      const a = pairs[pair]!;
      const b = pairs[pair + 1]!;
      const c = pairs[pair + 2]!;
      const d = pairs[pair + 3]!;
      const e = pairs[pair + 4]!;
      const f = pairs[pair + 5]!;
      const g = pairs[pair + 6]!;
      const h = pairs[pair + 7]!;
      if ((a & b & c & d & e & f & g & h & PAIR_BIT_5) !== PAIR_BIT_5 || ((a | b | c | d | e | f | g | h) & PAIR_HIGH) !== 0) break;
      pair += 8;
    }
    const blockEnd = Math.min(pairCount, pair + 8);
    for (; pair < blockEnd; pair++) {
      const p = pairs[pair]!;
      const k = pair << 1;
      if ((p & PAIR_HIGH) === 0) {
        // Both units ASCII: bit 7 of `unit + 0x3f` says unit >= `A`, of `unit + 0x25` unit > `Z`.
        const capitals = (p + PAIR_FROM_A) & ~(p + PAIR_PAST_Z) & PAIR_BIT_7;
        if (capitals === 0) continue;
        return (capitals & 0x80) !== 0 ? k : k + 1;
      }
      if (isCapitalCode(units[k]!)) return k;
      if (isCapitalCode(units[k + 1]!)) return k + 1;
    }
    if (pair >= pairCount) return (length & 1) !== 0 && isCapitalCode(units[length - 1]!) ? length - 1 : length;
  }
}

/**
 * Finds personal names in running text without a model. A capitalised word is a name when a cue
 * precedes it (title, greeting, sign-off, name field or role label, self-introduction, a verb such
 * as `contact`), when an honorific follows it (`Rahul ji`, `Tanaka-san`), or when it is a common
 * first name followed by a capitalised surname, a verb such as `said`, or a comma opening a
 * sentence (`Ravi, your VPN …`). All-capitals names are read by `capitals.ts`; names without
 * capitals by `uncasedPersonDetector`. Reports the name only: titles and greetings stay.
 */
function findPersons(text: string, report: Report): void {
  const length = text.length;
  let units = codeUnitsOf(text);
  let pairs = pairsOf(units);
  let bits = kernelHolding(units)?.capitalsOf(text);
  let i = 0;
  while (i < length) {
    i = bits !== undefined ? nextCapitalByBits(units, bits, i, length) : nextCapital(units, pairs, i, length);
    if (i >= length) return;
    let start = i;
    let resume = start + 1;
    // Title-case runs (`Quarterly Report For Maria Gonzalez`) are walked word by word without
    // going back to the search for every capital.
    while (start < length && isUpperLetterCode(units[start]!)) {
      if (isWordStartBoundaryUnits(units, start)) {
        // Most capitalised words open a sentence (`The`, `However`) or are known things (`Monday`).
        resume = refusedWordEnd(text, units, length, start);
        if (resume < 0) {
          resume = resume === CANDIDATE_READ ? inspectCandidate(text, start, report) : inspectWord(text, start, report);
          // `report` may scan another text, which overwrites the shared view: ask again.
          units = codeUnitsOf(text);
          pairs = pairsOf(units);
          bits = kernelHolding(units)?.capitalsOf(text);
        }
      } else {
        resume = Math.max(wordEndUnits(units, length, start), start + 1);
      }
      if (resume >= length || units[resume] !== SPACE) break;
      start = resume + 1;
    }
    i = resume;
  }
}

/** Decides about the capitalised word at `start`; returns where scanning resumes. */
function inspectWord(text: string, start: number, report: Report): number {
  if (!readCandidate(text, start)) {
    if (!run.capitals) return run.resume;
    return inspectCapitals(text, start, run.resume, CUE_CONFIDENCE, DICTIONARY_CONFIDENCE, report);
  }
  return inspectCandidate(text, start, report);
}

/** Decides about the candidate at `start` that `readCandidate` (or `refusedWordEnd`) put in `run`. */
function inspectCandidate(text: string, start: number, report: Report): number {
  const flags = run.flags;
  if (run.hyphen > 0 && isHonouredAt(text, run.hyphen)) {
    // `Tanaka-san`, `Sharma-ji`: the honorific was read as part of the word.
    report('PERSON', start, run.hyphen, CUE_CONFIDENCE);
    return run.firstRawEnd;
  }
  const cue = findCue(text, start);
  if (cue !== NO_CUE) {
    readName(text);
    if (acceptsCue(text, start, cue, flags)) {
      report('PERSON', start, run.end, CUE_CONFIDENCE);
      return reportJoinedNames(text, run.resume, cue === GREETING_CUE ? GREETING_CUE : TITLE_CUE, report);
    }
    // A weak cue that did not fit (`Danke, Lukas Brandt"`) leaves the dictionary to decide.
    if (!isFirmFirstName(flags) || followsPlacePrefix(text, start)) return reportHonoured(text, start, report);
  } else {
    if (run.firstEnd === run.firstRawEnd && isHonouredAt(text, run.firstEnd)) {
      report('PERSON', start, run.firstEnd, CUE_CONFIDENCE);
      return run.firstRawEnd;
    }
    if (!isFirmFirstName(flags) || followsPlacePrefix(text, start)) return run.firstRawEnd;
    readName(text);
  }
  if (run.organisation) return run.firstRawEnd;
  const lone = run.words === 1 && run.end === run.resume;
  const thing = (flags & THING_NAME) !== 0;
  if (lone && !isFollowedByPersonVerb(text, run.end, thing) && !isJoinedToFirstName(text, run.end) &&
    (thing || (!isOpeningVocative(text, start, run.end) && !isClosingVocative(text, start, run.end)))) {
    return run.firstRawEnd;
  }
  report('PERSON', start, run.end, DICTIONARY_CONFIDENCE);
  return reportJoinedNames(text, run.resume, NO_CUE, report);
}

/** `Rahul ji`, `Tanaka-san`: a capitalised word with an honorific after it, whatever the word. */
function reportHonoured(text: string, start: number, report: Report): number {
  if (run.firstEnd !== run.firstRawEnd || !isHonouredAt(text, run.firstEnd)) return run.firstRawEnd;
  report('PERSON', start, run.firstEnd, CUE_CONFIDENCE);
  return run.firstRawEnd;
}

/** How much the name itself must bring, given how strong its cue is. */
function acceptsCue(text: string, start: number, cue: number, flags: number): boolean {
  if (run.organisation) return false;
  const firm = isFirmFirstName(flags);
  switch (cue) {
    case TITLE_CUE:
    case PERSON_FIELD_CUE:
      return true;
    case GREETING_CUE:
      // `Dear Data Protection Officer`: a title-case role, not a name.
      if (!firm && continuesWithCommonWord(text, run.resume)) return false;
      return firm || run.words >= 2 || endsPhrase(text, run.end);
    case SIGNATURE_CUE:
      return firm || endsPhrase(text, run.end);
    case MAYBE_PERSON_FIELD_CUE:
      // `"name": "Helen Park"` beside `"email": …`; a tool or product has no such neighbours.
      return firm || (run.words >= 2 && (run.anyKnown || isInPersonRecord(text, start)));
    case STRONG_INTRODUCTION_CUE:
      return (flags & KNOWN_NAME) !== 0 || run.words >= 2 || endsPhrase(text, run.end);
    case WEAK_INTRODUCTION_CUE:
      return firm || ((flags & AMBIGUOUS_NAME) !== 0 && run.words >= 2);
    case VOCATIVE_CUE:
      return (firm || (run.words >= 2 && run.anyKnown)) && endsPhrase(text, run.end);
    case PARENTHESIS_CUE:
      return (firm || (run.words >= 2 && run.anyKnown)) && text.charCodeAt(run.end) === 41;
    default:
      return false;
  }
}

/** A capitalised common word right after the run: `Data Protection Officer`, `Account Holder`. */
function continuesWithCommonWord(text: string, resume: number): boolean {
  if (text.charCodeAt(resume) !== SPACE || !isUpperLetterCode(text.charCodeAt(resume + 1))) return false;
  scanWord(text, resume + 1);
  return scanned.shaped && (lexicon.flagsOfChecked(scanned.hash, scanned.check, scanned.end - resume - 1) & NOT_NAME) !== 0;
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
      ? acceptsCue(text, next, GREETING_CUE, flags)
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

/** `Sarah said`, `Priya wrote`, `Isabella was born`: a lone first name doing what people do. */
function isFollowedByPersonVerb(text: string, end: number, thing: boolean): boolean {
  if (text.charCodeAt(end) !== SPACE) return false;
  const verbEnd = wordEnd(text, end + 1, 12);
  if (verbEnd === end + 1) return false;
  if (lexicon.flagsOf(text, end + 1, verbEnd) & PERSON_VERB) return true;
  return !thing && (phraseWords.flagsOf(text, end + 1, verbEnd) & LIFE_VERB) !== 0;
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

export { uncasedPersonDetector };

export const personDetectors: readonly Detector[] = [personDetector, uncasedPersonDetector];
