import { isLowerLetterCode, isUpperLetterCode } from '../../text/letters.js';
import { CUE_WORD, FIRST_NAME, KNOWN_NAME, NOT_NAME, ORGANISATION, PARTICLE, SURNAME_WORD, lexicon } from './lexicon.js';
import { isWordEndBoundary, scanWord, scanned, wordEnd } from './name-words.js';

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
  scanWord(text, start);
  const rawEnd = scanned.rawEnd;
  run.resume = rawEnd;
  run.capitals = false;
  if (!isWordEndBoundary(text, rawEnd)) {
    run.resume = skipToken(text, rawEnd);
    return false;
  }
  if (!scanned.shaped) {
    run.capitals = scanned.capitals;
    return false;
  }
  let flags = lexicon.flagsOfHashed(scanned.hash, text, start, scanned.end);
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
    const flags = lexicon.flagsOfHashed(scanned.hash, text, next, scanned.end);
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
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === SPACE || code === 10 || code === 13 || code === 9 || code === 34 || code === 44) break;
    i++;
  }
  return Math.max(i, from + 1);
}
