import { isAsciiDigit } from '../../text/chars.js';
import { foldCode, isLetterCode, isLowerLetterCode, isUpperLetterCode } from '../../text/letters.js';
import { codeUnitsOf } from '../../text/code-units.js';
import { CHECK_SEED, HASH_SEED, checkStep, hashStep } from '../../text/word-table.js';

/** Longest word the person detector looks at; longer runs are identifiers or noise. */
export const MAX_WORD = 24;

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const HYPHEN = 0x2d;

export function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE;
}

/**
 * End of the word starting at `start`: letters, with `'`, `’` or `-` allowed between two letters
 * (`O'Brien`, `Jean-Luc`, `I’m`). Reads at most `limit` code units past `start`.
 */
export function wordEnd(text: string, start: number, limit = 64): number {
  return start < 0 ? start : wordEndUnits(codeUnitsOf(text), text.length, start, limit);
}

/** `wordEnd` over the text's code units, `length` being the text's length. */
export function wordEndUnits(units: Uint16Array, length: number, start: number, limit = 64): number {
  const ceiling = Math.min(length, start + limit);
  let i = start;
  while (i < ceiling) {
    const code = units[i]!;
    if (isLetterCode(code)) {
      i++;
    } else if ((isApostrophe(code) || code === HYPHEN) && i > start && i + 1 < length && isLetterCode(units[i + 1]!)) {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

/** Start of the word ending at `end` (exclusive), reading back at most `limit` code units. */
export function wordStart(text: string, end: number, limit = 32): number {
  if (end > text.length) return end;
  const units = codeUnitsOf(text);
  const floor = Math.max(0, end - limit);
  let i = end;
  while (i > floor) {
    const code = units[i - 1]!;
    if (isLetterCode(code)) {
      i--;
    } else if ((isApostrophe(code) || code === HYPHEN) && i < end && i - 2 >= floor && isLetterCode(units[i - 2]!)) {
      i -= 2;
    } else {
      break;
    }
  }
  return i;
}

/** What `scanWord` read; one shared record so that the hot loop allocates nothing. */
export const scanned = {
  /** End of the word, possessive included. */
  rawEnd: 0,
  /** End of the word without a possessive `'s`. */
  end: 0,
  /** `WordTable` hash of `[start, end)`. */
  hash: 0,
  /** Its check hash (see `checkStep`): with `hash` and the length, what `lexicon.flagsOfChecked` asks about. */
  check: 0,
  /** Whether `[start, end)` passes `isNameShaped`. */
  shaped: false,
  /** Index of the first inner hyphen (`Jean-Luc`), or -1. */
  hyphen: -1,
  /** All capitals, 2 to `MAX_WORD` letters: `ANANYA`, `O'BRIEN`. */
  capitals: false,
};

/**
 * `wordEnd`, `isNameShaped`, `possessiveLength` and the lexicon hash in one pass over a word
 * that starts with a capital: the person detector's hot path.
 */
export function scanWord(text: string, start: number): void {
  scanWordUnits(codeUnitsOf(text), text.length, start);
}

/** `scanWord` over the text's code units (`codeUnitsOf`), `length` being the text's length. */
export function scanWordUnits(units: Uint16Array, length: number, start: number): void {
  const ceiling = Math.min(length, start + 64);
  const first = start < length ? units[start]! : NaN;
  const firstFolded = foldCode(first);
  let hash = hashStep(HASH_SEED, firstFolded);
  let check = checkStep(CHECK_SEED, firstFolded);
  let hashBeforeApostrophe = hash;
  let checkBeforeApostrophe = check;
  let apostrophe = -1;
  let hyphen = -1;
  let hasLower = false;
  let humped = false;
  let i = start + 1;
  while (i < ceiling) {
    const code = units[i]!;
    let folded = code;
    if (code >= 97 && code <= 122) {
      hasLower = true;
    } else if (code >= 65 && code <= 90) {
      folded = code + 32;
      if (!humpAllowedUnits(units, start, i)) humped = true;
    } else if (code >= 0xc0 && isLetterCode(code)) {
      folded = foldCode(code);
      if (isLowerLetterCode(code)) hasLower = true;
      else if (isUpperLetterCode(code) && !humpAllowedUnits(units, start, i)) humped = true;
    } else if ((code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE || code === HYPHEN) && i + 1 < length &&
      isLetterCode(units[i + 1]!)) {
      if (code === HYPHEN) {
        if (hyphen < 0) hyphen = i;
      } else {
        apostrophe = i;
        hashBeforeApostrophe = hash;
        checkBeforeApostrophe = check;
        folded = APOSTROPHE;
      }
    } else {
      break;
    }
    hash = hashStep(hash, folded);
    check = checkStep(check, folded);
    i++;
  }
  let end = i;
  const last = units[i - 1]!;
  if (apostrophe === i - 2 && i - start >= 4 && (last === 115 || last === 83)) {
    end = apostrophe;
    hash = hashBeforeApostrophe;
    check = checkBeforeApostrophe;
  }
  scanned.rawEnd = i;
  scanned.end = end;
  scanned.hash = hash;
  scanned.check = check;
  scanned.hyphen = hyphen < end ? hyphen : -1;
  const fits = end - start >= 2 && end - start <= MAX_WORD && isUpperLetterCode(first);
  scanned.shaped = hasLower && !humped && fits;
  scanned.capitals = !hasLower && fits;
}

function humpAllowed(text: string, start: number, index: number): boolean {
  const previous = text.charCodeAt(index - 1);
  return isApostrophe(previous) || previous === HYPHEN || isNamePrefix(text, start, index);
}

function humpAllowedUnits(units: Uint16Array, start: number, index: number): boolean {
  const previous = units[index - 1]!;
  return isApostrophe(previous) || previous === HYPHEN || isNamePrefixUnits(units, start, index);
}

/**
 * Whether `text[start, end)` looks like a name word: capitalised, some lower case, no camelCase
 * humps except after `Mc`, `Mac`, `De`, `Di`, `La`, `Le`, `Van`, `Von`, `O'` or a hyphen
 * (`McDonald`, `DeShawn`, `Smith-Jones`). Rejects `API`, `GitHub`, `JavaScript`.
 */
export function isNameShaped(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 2 || length > MAX_WORD) return false;
  if (!isUpperLetterCode(text.charCodeAt(start))) return false;
  let hasLower = false;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isLowerLetterCode(code)) hasLower = true;
    else if (isUpperLetterCode(code) && !humpAllowed(text, start, i)) return false;
  }
  return hasLower;
}

function isNamePrefix(text: string, start: number, hump: number): boolean {
  const length = hump - start;
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  if (length === 2) {
    // Mc, De, Di, Da, La, Le, Du
    return (a === 77 && b === 99) || ((a === 68 || a === 76) && (b === 101 || b === 105 || b === 97 || b === 117));
  }
  if (length === 3) {
    const c = text.charCodeAt(start + 2);
    // Mac, Van, Von
    return (a === 77 && b === 97 && c === 99) || (a === 86 && (b === 97 || b === 111) && c === 110);
  }
  return false;
}

/** `isNamePrefix` over code units; the prefix lies before `hump`, inside the text. */
function isNamePrefixUnits(units: Uint16Array, start: number, hump: number): boolean {
  const length = hump - start;
  const a = units[start]!;
  const b = units[start + 1]!;
  if (length === 2) {
    return (a === 77 && b === 99) || ((a === 68 || a === 76) && (b === 101 || b === 105 || b === 97 || b === 117));
  }
  if (length === 3) {
    const c = units[start + 2]!;
    return (a === 77 && b === 97 && c === 99) || (a === 86 && (b === 97 || b === 111) && c === 110);
  }
  return false;
}

/** Length of a possessive `'s` / `’s` ending the word, else 0: `Sarah's` reports `Sarah`. */
export function possessiveLength(text: string, start: number, end: number): number {
  if (end - start < 4) return 0;
  const s = text.charCodeAt(end - 1);
  return (s === 115 || s === 83) && isApostrophe(text.charCodeAt(end - 2)) ? 2 : 0;
}

/**
 * Whether a word may start at `index`: not glued to an identifier, path, handle or number
 * (`user_Maria`, `@Maria`, `/Maria`, `3Maria`, `config.Maria`).
 */
export function isWordStartBoundary(text: string, index: number): boolean {
  if (index === 0) return true;
  const previous = text.charCodeAt(index - 1);
  if (isLetterCode(previous) || isAsciiDigit(previous)) return false;
  switch (previous) {
    case 95: // _
    case 64: // @
    case 35: // #
    case 36: // $
    case 47: // /
    case 92: // \
      return false;
    case 46: // .
    case 45: // -
      return index < 2 || !isLetterOrDigit(text.charCodeAt(index - 2));
    default:
      return true;
  }
}

/** Whether a word may end at `index`: not continued by an identifier, domain or handle. */
export function isWordEndBoundary(text: string, index: number): boolean {
  if (index >= text.length) return true;
  const next = text.charCodeAt(index);
  if (isAsciiDigit(next) || next === 95 || next === 64) return false;
  if (next === 46 || next === 47) {
    // `Node.js`, `Sarah.Smith@`, `Maria/repo`: a letter right after means one token.
    return index + 1 >= text.length || !isLetterOrDigit(text.charCodeAt(index + 1));
  }
  return true;
}

/** `isWordStartBoundary` over the text's code units. */
export function isWordStartBoundaryUnits(units: Uint16Array, index: number): boolean {
  if (index === 0) return true;
  const previous = units[index - 1]!;
  if (isLetterCode(previous) || isAsciiDigit(previous)) return false;
  switch (previous) {
    case 95: case 64: case 35: case 36: case 47: case 92:
      return false;
    case 46:
    case 45:
      return index < 2 || !isLetterOrDigit(units[index - 2]!);
    default:
      return true;
  }
}

/** `isWordEndBoundary` over the text's code units, `length` being the text's length. */
export function isWordEndBoundaryUnits(units: Uint16Array, length: number, index: number): boolean {
  if (index >= length) return true;
  const next = units[index]!;
  if (isAsciiDigit(next) || next === 95 || next === 64) return false;
  if (next === 46 || next === 47) {
    return index + 1 >= length || !isLetterOrDigit(units[index + 1]!);
  }
  return true;
}

export function isLetterOrDigit(code: number): boolean {
  return isLetterCode(code) || isAsciiDigit(code);
}
