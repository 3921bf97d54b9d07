import { isLetterCode, isLowerLetterCode, isUpperLetterCode } from '../../text/letters.js';
import { CUE_WORD, FIRST_NAME, KNOWN_NAME, NOT_NAME, ORGANISATION, PARTICLE, SURNAME_WORD, lexicon } from './lexicon.js';
import { codeUnitsOf } from '../../text/code-units.js';
import { isAsciiDigit } from '../../text/chars.js';
import { followsFieldOrTitle } from './capitals.js';
import { CHECK_SEED, HASH_SEED, checkStep, hashStep } from '../../text/word-table.js';
import {
  MAX_WORD,
  isLetterOrDigit,
  isWordEndBoundary,
  isWordEndBoundaryUnits,
  scanWord,
  scanWordUnits,
  scanned,
  wordEnd,
} from './name-words.js';

/** First name plus up to three more words (middle names, initials, compound surnames). */
const MAX_NAME_WORDS = 4;
const MAX_PARTICLES = 2;
const SPACE = 32;

/** The candidate read by `readCandidate` and `readName`; one shared record, so nothing is allocated. */
export const run = {
  /** Flags of the first word (see `lexicon.ts`). */
  flags: 0,
  /** End of the first word, possessive `'s` excluded. */
  firstEnd: 0,
  /** End of the first word, possessive included. */
  firstRawEnd: 0,
  /** End of the last name word, possessive `'s` excluded. */
  end: 0,
  /** Where scanning resumes: after the last word read, possessive included. */
  resume: 0,
  words: 0,
  anyKnown: false,
  organisation: false,
  /** Index of an inner hyphen of the first word (`Jean-Luc`, `Tanaka-san`), or -1. */
  hyphen: -1,
  /** Set when `readCandidate` refused an all-capitals word (`ANANYA`), which `capitals.ts` may read. */
  capitals: false,
};

/**
 * Reads the capitalised word at `start` into `run`. False when it cannot start a name: not
 * name-shaped, glued to an identifier, a cue word (`Dear`, `Dr`), or a non-name word not also a
 * first name (`The`, `Google`, `Monday`); `run.resume` then says where to continue.
 */
export function readCandidate(text: string, start: number): boolean {
  const units = codeUnitsOf(text);
  const length = text.length;
  scanWordUnits(units, length, start);
  const rawEnd = scanned.rawEnd;
  run.resume = rawEnd;
  run.capitals = false;
  if (!isWordEndBoundaryUnits(units, length, rawEnd)) {
    run.resume = skipToken(text, rawEnd);
    return false;
  }
  if (!scanned.shaped) {
    run.capitals = scanned.capitals;
    return false;
  }
  let flags = lexicon.flagsOfChecked(scanned.hash, scanned.check, scanned.end - start);
  if (flags === 0 && scanned.hyphen > 0) {
    // `Jean-Luc`, `Mary-Kate`: the part before the hyphen decides.
    flags = lexicon.flagsOf(text, start, scanned.hyphen) & KNOWN_NAME;
  }
  if (flags & CUE_WORD || (flags & NOT_NAME && !(flags & KNOWN_NAME))) return false;
  run.flags = flags;
  run.hyphen = scanned.hyphen;
  run.firstEnd = scanned.end;
  run.firstRawEnd = rawEnd;
  return true;
}

/*
 * How a run of ASCII letters ends, as `readCandidate` would find. WORD_ENDS: the word ends there.
 * WORD_GOES_ON: it does not (more letters, `O'Brien`, `Jean-Luc`, accents), so `readCandidate`
 * must read it. WORD_GLUED: it is glued to a token (`user2`, `Maria_x`, `Maria@…`, `Node.js`),
 * which scanning skips.
 */
const WORD_ENDS = 0;
const WORD_GOES_ON = 1;
const WORD_GLUED = 2;
/** `.` and `/` glue only before a letter or digit; `'` and `-` join only before a letter. */
const DOT_OR_SLASH = 3;
const JOINER = 4;
/** What each ASCII code after the letters means: one of the five above. */
const AFTER_WORD = buildAfterWord();

function buildAfterWord(): Uint8Array {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    if (isLetterCode(code)) table[code] = WORD_GOES_ON;
    else if (isAsciiDigit(code) || code === 95 || code === 64) table[code] = WORD_GLUED;
  }
  table[46] = DOT_OR_SLASH;
  table[47] = DOT_OR_SLASH;
  table[39] = JOINER;
  table[45] = JOINER;
  return table;
}

/** How the word whose ASCII letters end at `end` ends: `WORD_ENDS`, `WORD_GOES_ON` or `WORD_GLUED`. */
function plainWordEnding(units: Uint16Array, length: number, end: number): number {
  if (end >= length) return WORD_ENDS;
  const next = units[end]!;
  if (next >= 128) return WORD_GOES_ON;
  const after = AFTER_WORD[next]!;
  if (after === DOT_OR_SLASH) {
    // `Node.js`, `Maria/repo`: a letter or digit after `.` or `/` glues the word to a token.
    return end + 1 < length && isLetterOrDigit(units[end + 1]!) ? WORD_GLUED : WORD_ENDS;
  }
  if (after === JOINER) return end + 1 < length && isLetterCode(units[end + 1]!) ? WORD_GOES_ON : WORD_ENDS;
  return after;
}

/** Returned by `refusedWordEnd` when the word may start a name and `run` holds it as `readCandidate` would. */
export const CANDIDATE_READ = -2;

/**
 * The common cases of `readCandidate` (and of `inspectCapitals` after it), without their
 * bookkeeping: when the word at `start` is an ASCII word that cannot start a name, returns its end,
 * which is where scanning resumes; otherwise -1 and `readCandidate` decides. Covers a capital and
 * lower-case letters refused by the lexicon (`The`, `However`, `Monday`), camelCase (`TypeScript`),
 * all-capitals words that are neither first names nor after a field or title (`HTTP`, `SSN`), single
 * letters (`I`) and words glued to a token (`HE640138A`, `YOUR_API_KEY`), skipped like `readCandidate` does.
 * Leaves `run` and `scanned` as they were, except that a plain word which may start a name
 * (`Maria`, `Reviewed`) is put in `run` as `readCandidate` would, and `CANDIDATE_READ` returned.
 */
export function refusedWordEnd(text: string, units: Uint16Array, length: number, start: number): number {
  const first = units[start]!;
  if (first < 65 || first > 90) return -1;
  let hash = hashStep(HASH_SEED, first + 32);
  let check = checkStep(CHECK_SEED, first + 32);
  const ceiling = Math.min(length, start + MAX_WORD + 1);
  let i = start + 1;
  if (i < length && units[i]! >= 65 && units[i]! <= 90) {
    while (i < ceiling) {
      const code = units[i]!;
      if (code < 65 || code > 90) break;
      hash = hashStep(hash, code + 32);
      check = checkStep(check, code + 32);
      i++;
    }
    if (i - start > MAX_WORD) return -1;
    const ending = plainWordEnding(units, length, i);
    if (ending !== WORD_ENDS) return ending === WORD_GLUED ? skipToken(text, i) : -1;
    const flags = lexicon.flagsOfChecked(hash, check, i - start);
    if (flags & CUE_WORD || (flags & NOT_NAME && !(flags & KNOWN_NAME))) return i;
    return isFirmFirstName(flags) || followsFieldOrTitle(text, start) ? -1 : i;
  }
  while (i < ceiling) {
    const code = units[i]!;
    if (code < 97 || code > 122) break;
    hash = hashStep(hash, code);
    check = checkStep(check, code);
    i++;
  }
  if (i - start > MAX_WORD) return -1;
  if (i === start + 1) {
    // `I`, `A`: one letter is too short for a name.
    const ending = plainWordEnding(units, length, i);
    return ending === WORD_ENDS ? i : ending === WORD_GLUED ? skipToken(text, i) : -1;
  }
  if (i < length && units[i]! >= 65 && units[i]! <= 90 && i - start > 3) {
    // A hump after four or more lower-case letters follows no name prefix (`Mc`, `Van`): the word
    // is no name, whatever comes after; `readCandidate` would skip it whole.
    const rawEnd = scanWordTail(units, length, start, i);
    return isWordEndBoundaryUnits(units, length, rawEnd) ? rawEnd : skipToken(text, rawEnd);
  }
  const ending = plainWordEnding(units, length, i);
  if (ending !== WORD_ENDS) return ending === WORD_GLUED ? skipToken(text, i) : -1;
  const flags = lexicon.flagsOfChecked(hash, check, i - start);
  if (flags & CUE_WORD || (flags & NOT_NAME && !(flags & KNOWN_NAME))) return i;
  // What `readCandidate` would have read: a name-shaped word with no hyphen or possessive.
  run.resume = i;
  run.capitals = false;
  run.flags = flags;
  run.hyphen = -1;
  run.firstEnd = i;
  run.firstRawEnd = i;
  return CANDIDATE_READ;
}

/** Where `scanWord` stops reading the word at `start`, continuing from `from` inside it. */
function scanWordTail(units: Uint16Array, length: number, start: number, from: number): number {
  const ceiling = Math.min(length, start + 64);
  let i = from;
  while (i < ceiling) {
    const code = units[i]!;
    // As in `scanWord`: below 0xc0 only ASCII letters (not `µ`) continue a word.
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && isLetterCode(code));
    if (!letter && !((code === 39 || code === 0x2019 || code === 45) && i + 1 < length && isLetterCode(units[i + 1]!))) {
      break;
    }
    i++;
  }
  return i;
}

/**
 * Extends the candidate in `run` to the whole name: further capitalised words separated by one
 * space, initials (`John F. Kennedy`), lower-case particles before a surname (`Ana de Souza`).
 * Stops at a non-name word; notes an organisation suffix (`Acme Corp`).
 */
export function readName(text: string): void {
  run.end = run.firstEnd;
  run.resume = run.firstRawEnd;
  run.words = 1;
  run.anyKnown = (run.flags & KNOWN_NAME) !== 0;
  run.organisation = false;
  if (run.firstEnd !== run.firstRawEnd) return;
  let position = run.firstRawEnd;
  while (run.words < MAX_NAME_WORDS && text.charCodeAt(position) === SPACE) {
    let next = position + 1;
    if (isInitial(text, next)) next += 3;
    next = skipParticles(text, next);
    if (next < 0 || !isUpperLetterCode(text.charCodeAt(next))) return;
    scanWord(text, next);
    if (!scanned.shaped || !isWordEndBoundary(text, scanned.rawEnd)) return;
    const flags = lexicon.flagsOfChecked(scanned.hash, scanned.check, scanned.end - next);
    if (flags & ORGANISATION) {
      run.organisation = true;
      return;
    }
    if (flags & (NOT_NAME | CUE_WORD) && !(flags & SURNAME_WORD)) return;
    run.end = scanned.end;
    run.resume = scanned.rawEnd;
    run.words++;
    if (flags & KNOWN_NAME) run.anyKnown = true;
    if (scanned.end !== scanned.rawEnd) return;
    position = scanned.rawEnd;
  }
}

/** A first name on its own, not also a common word or place (`Maria`, not `April` or `Georgia`). */
export function isFirmFirstName(flags: number): boolean {
  return (flags & FIRST_NAME) !== 0 && (flags & NOT_NAME) === 0;
}

/** Start of a capitalised word after `, `, ` and `, ` & `, ` und `, ` et `, ` y `, ` e `; else -1. */
export function nameAfterConjunction(text: string, from: number): number {
  let i = from;
  const comma = text.charCodeAt(i) === 44;
  if (comma) i++;
  if (text.charCodeAt(i) !== SPACE) return -1;
  i++;
  if (text.charCodeAt(i) === 38 && text.charCodeAt(i + 1) === SPACE) {
    i += 2;
  } else if (isLowerLetterCode(text.charCodeAt(i))) {
    const end = wordEnd(text, i, 4);
    if (!isConjunction(text, i, end) || text.charCodeAt(end) !== SPACE) return -1;
    i = end + 1;
  } else if (!comma) {
    return -1;
  }
  return isUpperLetterCode(text.charCodeAt(i)) ? i : -1;
}

function isConjunction(text: string, start: number, end: number): boolean {
  const length = end - start;
  const a = text.charCodeAt(start);
  if (length === 1) return a === 121 || a === 101; // y, e
  if (length === 2) return a === 101 && text.charCodeAt(start + 1) === 116; // et
  if (length !== 3) return false;
  const b = text.charCodeAt(start + 1);
  const c = text.charCodeAt(start + 2);
  return (a === 97 || a === 117) && b === 110 && c === 100; // and, und
}

/** `F. ` followed by a capital: a middle initial. */
function isInitial(text: string, at: number): boolean {
  return (
    isUpperLetterCode(text.charCodeAt(at)) &&
    text.charCodeAt(at + 1) === 46 &&
    text.charCodeAt(at + 2) === SPACE &&
    isUpperLetterCode(text.charCodeAt(at + 3))
  );
}

/** Skips up to two particles (`de `, `van der `); -1 when a lower-case word is not one. */
function skipParticles(text: string, from: number): number {
  let position = from;
  for (let count = 0; count <= MAX_PARTICLES; count++) {
    if (!isLowerLetterCode(text.charCodeAt(position))) return position;
    if (count === MAX_PARTICLES) return -1;
    const end = wordEnd(text, position, 5);
    if (text.charCodeAt(end) !== SPACE || !(lexicon.flagsOf(text, position, end) & PARTICLE)) return -1;
    position = end + 1;
  }
  return -1;
}

/** Skips the rest of an identifier-like token so that its inner capitals are not read as names. */
function skipToken(text: string, from: number): number {
  const units = codeUnitsOf(text);
  let i = from;
  while (i < text.length) {
    const code = units[i]!;
    if (code === SPACE || code === 10 || code === 13 || code === 9 || code === 34 || code === 44) break;
    i++;
  }
  return Math.max(i, from + 1);
}
