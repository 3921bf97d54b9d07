import type { Detector, Report } from '../types.js';
import { codeUnitsOf } from '../text/code-units.js';
import { ANY_RUN, DigitRunWalk } from '../text/digit-runs.js';
import { isAsciiDigit, isAsciiLetter, isAsciiUpper, isBoundaryAt } from '../text/chars.js';
import { isLowerLetterCode, isUpperLetterCode } from '../text/letters.js';
import { isJapaneseLetter, japanese, japaneseAddressEnd } from './address/japanese.js';
import { addressTail, postalTail, postcode } from './address/tail.js';
import { ukPostcodeEnd } from './address/uk-postcode.js';
import {
  ABBREVIATION,
  FRENCH_STREET_TYPE,
  GERMAN_COMPOUND_ENDINGS,
  GERMAN_STREET_WORD,
  LEADING_STREET_TYPE,
  QUANTITY,
  STREET_PARTICLE,
  STREET_SUFFIX,
  UNIT,
  addressWords,
  mayOpenFrenchStreetType,
} from './address/vocabulary.js';
import { closesClause, confirmedStreetBefore } from './address/confirmed-street.js';
import { buildingThenStreet, unitBefore, unitWordBefore } from './address/unit.js';
import { endsWithFolded, readWord, word, wordStartBefore, wordStartBeforeIn } from './address/words.js';

const CONFIDENCE = 0.85;
/** A postcode on its own is part of an address, not all of it. */
const POSTCODE_CONFIDENCE = 0.75;
const MAX_HOUSE_DIGITS = 5;
/** A number after its street (`Musterstraße 12`) is shorter. */
const MAX_TRAILING_HOUSE_DIGITS = 4;
/** The digits of a UK outward code (`M1`, `W10`, `SW1A`). */
const MAX_OUTWARD_DIGITS = 2;
const MAX_NAME_WORDS = 4;
const SPACE = 32;
const COMMA = 44;
const PERIOD = 46;
const HYPHEN = 45;
const LINE_FEED = 10;

/** This detector's walk over the shared digit-run record; one walk, so that scanning allocates nothing. */
const runs = new DigitRunWalk();

/**
 * Street addresses: number-first (`1600 Amphitheatre Pkwy, Mountain View, CA 94043`,
 * `221B Baker Street`, `12 rue de la Paix, 75002 Paris`), number-last (`Musterstraße 12,
 * 10115 Berlin`, `Hauptstr. 5a`, `Via Roma 10`), and UK postcodes on their own (`SW1A 1AA`).
 * Every candidate starts at a digit run (from the shared record), so text without digits costs
 * nothing, and a run glued to what cannot come before an address number, or too long for the
 * kind of address it may belong to, is passed over at once.
 */
function findStreetAddresses(text: string, report: Report): void {
  let units = codeUnitsOf(text);
  runs.begin(text, ANY_RUN);
  let from = 0;
  let reportedEnd = 0;
  // A run that goes on past the end of the last address is cut there (`runs.start` is `from`).
  while (runs.next(from)) {
    const runStart = runs.start;
    const runEnd = runs.end;
    const digits = runEnd - runStart;
    from = runEnd;
    // What comes before the digits decides which kind of address they may belong to.
    const previous = runStart === 0 ? LINE_FEED : units[runStart - 1]!;
    let end: number;
    if (previous === SPACE) {
      end = digits <= MAX_HOUSE_DIGITS ? numberFirstAddress(text, units, runStart, runEnd, reportedEnd, report) : 0;
      if (end === 0 && digits <= MAX_TRAILING_HOUSE_DIGITS) {
        end = numberLastAddress(text, units, runStart, runEnd, reportedEnd, report);
      }
    } else if (isAsciiUpper(previous)) {
      end = digits <= MAX_OUTWARD_DIGITS ? bareUkPostcode(text, runStart, runEnd, reportedEnd, report) : 0;
    } else if (previous < 128) {
      end =
        NUMBER_OPENERS[previous] === 1 && digits <= MAX_HOUSE_DIGITS && opensNumber(text, runStart)
          ? numberFirstAddress(text, units, runStart, runEnd, reportedEnd, report)
          : 0;
    } else {
      end = japaneseAddress(text, runStart, runEnd, reportedEnd, report);
    }
    if (end > 0) {
      reportedEnd = end;
      from = end;
      // `report` may have looked at another text, which replaces the shared code units and walk.
      units = codeUnitsOf(text);
      runs.begin(text, ANY_RUN);
    }
  }
}

/**
 * Besides the space (number first or last) and a capital (a UK outward code), what may come
 * right before a house number; the start of the text counts as a line feed. `opensNumber` decides.
 */
const NUMBER_OPENERS = new Uint8Array(128);
for (const code of [LINE_FEED, 9, 13, 34, 39, 40, 58]) NUMBER_OPENERS[code] = 1;

/**
 * `742 Evergreen Terrace`, `1600 Amphitheatre Pkwy NW, Suite 200, Mountain View, CA 94043`, with a
 * unit before the number (`Flat 2, 14 Kingsway Road`) or before a building and a street without
 * number (`Flat 302, Sai Residency, MG Road, Pune 411001`).
 */
function numberFirstAddress(
  text: string,
  units: Uint16Array,
  start: number,
  digitsEnd: number,
  floor: number,
  report: Report,
): number {
  // The caller has checked the number's length and what opens it.
  const length = text.length;
  let i = digitsEnd;
  // `221B`, `12a`, `12-14`
  let code = unitAt(units, length, i);
  if (isAsciiLetter(code) && !isAsciiLetter(unitAt(units, length, i + 1))) i++;
  else if (code === HYPHEN && isAsciiDigit(unitAt(units, length, i + 1))) {
    i++;
    while (isAsciiDigit(unitAt(units, length, i)) && i - start < 12) i++;
  }
  code = unitAt(units, length, i);
  if (code === COMMA) code = unitAt(units, length, ++i);
  if (code !== SPACE) return 0;
  const nameStart = i + 1;
  const first = unitAt(units, length, nameStart);
  // Only an English street opens with a digit (`5th Ave`) and only a French one in lower case;
  // a building after a unit opens with a capital.
  const capitalised = isUpperLetterCode(first);
  const ordinal = isAsciiDigit(first);
  if (ordinal && !opensOrdinal(units, length, nameStart)) return 0;
  let end = capitalised || ordinal ? englishStreet(text, nameStart) : 0;
  if (end === 0 && !ordinal) end = frenchStreet(text, nameStart);
  if (end === 0 && !capitalised) return 0;
  let from = start;
  if (end > 0) {
    const unitStart = unitBefore(text, start, floor);
    if (unitStart >= 0) from = unitStart;
  } else {
    // The number is the flat's: `Flat 302, Sai Residency, MG Road`.
    from = unitWordBefore(text, start, floor);
    if (from < 0) return 0;
    end = buildingThenStreet(text, nameStart, englishStreet);
    if (end === 0) return 0;
  }
  const full = addressTail(text, end);
  report('STREET_ADDRESS', from, full, CONFIDENCE);
  return full;
}

/** Capitalised name words then a suffix: `Baker Street`, `Amphitheatre Pkwy`, `5th Ave`. */
function englishStreet(text: string, from: number): number {
  // The first word is a name: capitalised or an ordinal.
  const first = text.charCodeAt(from);
  if (!isUpperLetterCode(first) && !isAsciiDigit(first)) return 0;
  let i = from;
  let names = 0;
  for (let words = 0; words <= MAX_NAME_WORDS; words++) {
    if (!readWord(text, i)) return 0;
    const flags = word.flags;
    if (flags & STREET_SUFFIX && names > 0) {
      let end = word.end;
      if (flags & ABBREVIATION && text.charCodeAt(end) === PERIOD) end++;
      return end;
    }
    if (flags & (QUANTITY | UNIT) || !isStreetNameWord(text, word.start, word.end)) return 0;
    names++;
    if (text.charCodeAt(word.end) !== SPACE) return 0;
    i = word.end + 1;
  }
  return 0;
}

/** `rue de la Paix`, `avenue des Champs-Élysées`, `boulevard Haussmann`. */
function frenchStreet(text: string, from: number): number {
  if (!mayOpenFrenchStreetType(text.charCodeAt(from), text.charCodeAt(from + 1))) return 0;
  if (!readWord(text, from) || !(word.flags & FRENCH_STREET_TYPE)) return 0;
  let end = 0;
  let i = word.end;
  for (let words = 0; words < MAX_NAME_WORDS + 2 && text.charCodeAt(i) === SPACE; words++) {
    if (!readWord(text, i + 1)) break;
    const particle = (word.flags & STREET_PARTICLE) !== 0 && isLowerLetterCode(text.charCodeAt(word.start));
    if (!particle && !isUpperLetterCode(text.charCodeAt(word.start))) break;
    i = word.end;
    // d'Alsace, l'Église
    if (particle && text.charCodeAt(i) === 39) i++;
    if (!particle) end = word.end;
  }
  return end;
}

/**
 * `Musterstraße 12`, `Berliner Straße 5a`, `Hauptstr. 5`, `Via Roma 10`, `Calle de Alcalá 155`,
 * `Rua das Flores, 123`, `Keizersgracht 221`: looks left of the house number for a street word.
 * Any capitalised street name counts when a distinctive postcode and a city follow the number
 * (`Hansaring 12, 50670 Köln`, `Am Wiesenhang 3a, 22559 Hamburg`).
 */
function numberLastAddress(
  text: string,
  units: Uint16Array,
  start: number,
  digitsEnd: number,
  floor: number,
  report: Report,
): number {
  // The caller has checked the number's length and the space before it.
  if (start < 2) return 0;
  // `Rua das Flores, 123`: Portuguese and Spanish addresses put a comma before the number.
  const comma = units[start - 2] === COMMA;
  const streetEnd = comma ? start - 2 : start - 1;
  // The street's last word is capitalised (`Roma 5`, `Hauptstr. 5`), whether the street is known
  // by its words or confirmed by a postcode (then without a period): not `+44 20 7946`, `at 12`.
  const abbreviated = streetEnd > 0 && units[streetEnd - 1] === PERIOD;
  const wordEnd = abbreviated ? streetEnd - 1 : streetEnd;
  const lastWord = wordStartBeforeIn(units, wordEnd, floor);
  if (lastWord < 0 || !isUpperLetterCode(units[lastWord]!)) return 0;
  let numberEnd = digitsEnd;
  if (isAsciiLetter(text.charCodeAt(numberEnd)) && !isAsciiLetter(text.charCodeAt(numberEnd + 1))) numberEnd++;
  if (!isBoundaryAt(text, numberEnd) && text.charCodeAt(numberEnd) !== HYPHEN) return 0;
  numberEnd = houseNumberRangeEnd(text, numberEnd);
  let streetStart = streetBefore(text, lastWord, wordEnd, abbreviated, floor);
  if (streetStart < 0 && comma) return 0;
  const end = postalTail(text, numberEnd);
  if (streetStart < 0) {
    if (end === numberEnd || !postcode.distinctive || !closesClause(text, end)) return 0;
    streetStart = confirmedStreetBefore(text, streetEnd, floor);
    if (streetStart < 0) return 0;
  }
  report('STREET_ADDRESS', streetStart, end, CONFIDENCE);
  return end;
}

/** `Prinsengracht 263-267`: a range of house numbers. */
function houseNumberRangeEnd(text: string, from: number): number {
  if (text.charCodeAt(from) !== HYPHEN || !isAsciiDigit(text.charCodeAt(from + 1))) return from;
  let i = from + 1;
  while (isAsciiDigit(text.charCodeAt(i)) && i - from <= 4) i++;
  return isBoundaryAt(text, i) && !isAsciiDigit(text.charCodeAt(i)) ? i : from;
}

/**
 * Start of the street name whose capitalised last word is `[start, wordEnd)` (before a period
 * when `abbreviated`), or -1.
 */
function streetBefore(text: string, start: number, wordEnd: number, abbreviated: boolean, floor: number): number {
  if (abbreviated) {
    // `Hauptstr.`, `Berliner Str.`
    return endsWithFolded(text, start, wordEnd, 'str') ? streetStartWithAdjective(text, start, wordEnd, floor) : -1;
  }
  // An index loop: the iterator of a for-of here was the one allocation of a clean scan.
  const endings = compoundEndingsByLastLetter(text.charCodeAt(wordEnd - 1));
  for (let e = 0; e < endings.length; e++) {
    const ending = endings[e]!;
    if (wordEnd - start > ending.length + 1 && endsWithFolded(text, start, wordEnd, ending)) return start;
  }
  const flags = addressWords.flagsOf(text, start, wordEnd);
  if (flags & GERMAN_STREET_WORD) return streetStartWithAdjective(text, start, wordEnd, floor, true);
  return leadingStreetType(text, start, floor);
}

const NO_ENDINGS: readonly string[] = [];
/** `GERMAN_COMPOUND_ENDINGS` by their last letter: a word is compared only with those it could end in. */
const ENDINGS_BY_LAST_LETTER = new Map<number, string[]>();
for (const ending of GERMAN_COMPOUND_ENDINGS) {
  const last = ending.charCodeAt(ending.length - 1);
  const list = ENDINGS_BY_LAST_LETTER.get(last);
  if (list === undefined) ENDINGS_BY_LAST_LETTER.set(last, [ending]);
  else list.push(ending);
}

/** The compound endings a word whose last code unit is `code` may have (folded as `endsWithFolded` does). */
function compoundEndingsByLastLetter(code: number): readonly string[] {
  return ENDINGS_BY_LAST_LETTER.get(code >= 65 && code <= 90 ? code + 32 : code === 0x1e9e ? 0xdf : code) ?? NO_ENDINGS;
}

/** `Berliner Straße`, `Alte Gasse`: a lone street word needs a capitalised word before it. */
function streetStartWithAdjective(text: string, start: number, end: number, floor: number, required = false): number {
  if (start >= 2 && text.charCodeAt(start - 1) === SPACE) {
    const before = wordStartBefore(text, start - 1, floor);
    if (before >= 0 && isUpperLetterCode(text.charCodeAt(before))) return before;
  }
  if (required) return -1;
  return end - start > 4 ? start : -1;
}

/**
 * `Via Roma`, `Calle Mayor`, `Piazza San Marco`, `Calle de Alcalá`, `Unter den Linden`: up to
 * three name words (and two particles) back to the type.
 */
function leadingStreetType(text: string, lastWordStart: number, floor: number): number {
  let start = lastWordStart;
  let particles = 0;
  for (let words = 0; words < 3 + particles; words++) {
    if (start < 2 || text.charCodeAt(start - 1) !== SPACE) return -1;
    const before = wordStartBefore(text, start - 1, floor);
    if (before < 0) return -1;
    const flags = addressWords.flagsOf(text, before, start - 1);
    if (isLowerLetterCode(text.charCodeAt(before))) {
      if (!(flags & STREET_PARTICLE) || ++particles > 2) return -1;
    } else if (!isUpperLetterCode(text.charCodeAt(before))) {
      return -1;
    } else if (flags & LEADING_STREET_TYPE) {
      return before;
    }
    start = before;
  }
  return -1;
}

/** `東京都千代田区丸の内1-9-2` at the digit run of its block number. */
function japaneseAddress(text: string, digitsStart: number, digitsEnd: number, floor: number, report: Report): number {
  if (digitsStart === 0 || !isJapaneseLetter(text.charCodeAt(digitsStart - 1))) return 0;
  const end = japaneseAddressEnd(text, digitsStart, digitsEnd, floor);
  if (end === 0) return 0;
  report('STREET_ADDRESS', japanese.start, end, CONFIDENCE);
  return end;
}

/** `SW1A 1AA` on its own, at the digit run inside the outward code. */
function bareUkPostcode(text: string, digitsStart: number, digitsEnd: number, floor: number, report: Report): number {
  // The outward code ends in one or two digits or a digit and a capital (`M1`, `W10`, `SW1A`),
  // then a space: not `HE640138A`, `T10:22`, `A1B2C3`.
  const digits = digitsEnd - digitsStart;
  if (digits > MAX_OUTWARD_DIGITS) return 0;
  const outwardEnd = digits === 1 && isAsciiUpper(text.charCodeAt(digitsEnd)) ? digitsEnd + 1 : digitsEnd;
  if (text.charCodeAt(outwardEnd) !== SPACE) return 0;
  let start = digitsStart;
  while (start > floor && digitsStart - start < 2 && isAsciiUpper(text.charCodeAt(start - 1))) start--;
  if (start === digitsStart) return 0;
  const end = ukPostcodeEnd(text, start);
  if (end < 0) return 0;
  report('STREET_ADDRESS', start, end, POSTCODE_CONFIDENCE);
  return end;
}

/**
 * Whether the digits at `from` go on into what may be an ordinal's suffix (`5th`, `2nd`, `3rd`,
 * `1st`): a number opens a street name only as an ordinal (`readWord` checks the whole word).
 */
function opensOrdinal(units: Uint16Array, length: number, from: number): boolean {
  let i = from + 1;
  while (isAsciiDigit(unitAt(units, length, i))) i++;
  const suffix = unitAt(units, length, i) | 32;
  return suffix === 115 || suffix === 110 || suffix === 114 || suffix === 116;
}

/** The code unit at `index` of a text of `length` units, -1 past its end (where `units` is stale). */
function unitAt(units: Uint16Array, length: number, index: number): number {
  return index < length ? units[index]! : -1;
}

/** `Baker`, `Evergreen`, `5th`, `Martin-Luther-King`, `MAIN`: a capitalised word or an ordinal. */
function isStreetNameWord(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (isAsciiDigit(first)) return true;
  return isUpperLetterCode(first) && end - start >= 1;
}

/** House numbers stand alone: not inside `v1.600`, `$200`, `3/4`, `-5`, `#1600` or a word. */
function opensNumber(text: string, start: number): boolean {
  if (start === 0) return true;
  const previous = text.charCodeAt(start - 1);
  if (previous === SPACE || previous === LINE_FEED || previous === 9 || previous === 13) return true;
  return previous === 40 || previous === 34 || previous === 39 || previous === 58 && start >= 2 && text.charCodeAt(start - 2) !== 58;
}

export const streetAddressDetector: Detector = {
  name: 'street-address',
  types: ['STREET_ADDRESS'],
  enabledByDefault: true,
  trigger: { digit: true },
  find: findStreetAddresses,
};

export const streetAddressDetectors: readonly Detector[] = [streetAddressDetector];
