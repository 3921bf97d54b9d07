/** What may follow a street: direction, unit, city, state and ZIP, or a postal code and city. */

import { isAsciiDigit, isAsciiLetter, isAsciiUpper, isBoundaryAt } from '../../text/chars.js';
import { isUpperLetterCode } from '../../text/letters.js';
import { ukPostcodeEnd } from './uk-postcode.js';
import { DIRECTION, UNIT, isUsState, mayOpenUnit } from './vocabulary.js';
import { capitalisedWords, readWord, word } from './words.js';

const MAX_CITY_WORDS = 3;
const SPACE = 32;
const COMMA = 44;
const PERIOD = 46;
const HYPHEN = 45;
const LINE_FEED = 10;

/**
 * Optional parts after the street: direction (`NW`), unit (`Apt 4B`, `Suite 200`, `#12`), city
 * (`, Springfield`), then state and ZIP (`CA 94043`), a UK postcode or a French/German postal code.
 */
export function addressTail(text: string, from: number): number {
  let end = from;
  end = direction(text, end);
  end = unit(text, end);
  const cityStart = separatorEnd(text, end);
  if (cityStart < 0) return end;
  const postal = postalCodeEnd(text, cityStart);
  if (postal > 0) return postal;
  const cityEnd = capitalisedWords(text, cityStart, MAX_CITY_WORDS);
  if (cityEnd < 0) return end;
  const afterCity = text.charCodeAt(cityEnd) === SPACE ? cityEnd + 1 : separatorEnd(text, cityEnd);
  if (afterCity > 0) {
    const tail = stateAndZip(text, afterCity);
    if (tail > 0) return tail;
    const postal = postalCodeEnd(text, afterCity);
    if (postal > 0) return postal;
    const pin = indianPinEnd(text, afterCity);
    if (pin > 0) return pin;
  }
  // A city on the next line only counts with a state, ZIP or postcode after it.
  return text.charCodeAt(cityStart - 1) === LINE_FEED ? end : cityEnd;
}

function direction(text: string, from: number): number {
  if (text.charCodeAt(from) !== SPACE || !readWord(text, from + 1)) return from;
  const upper = isAsciiUpper(text.charCodeAt(word.start)) && word.end - word.start <= 2;
  return upper && word.flags & DIRECTION && isAsciiUpper(text.charCodeAt(word.end - 1)) ? word.end : from;
}

/** `, Apt 4B`, ` Suite 200`, ` #12`, `, Flat 3`. */
function unit(text: string, from: number): number {
  let i = from;
  if (text.charCodeAt(i) === COMMA) i++;
  if (text.charCodeAt(i) !== SPACE) return from;
  i++;
  if (text.charCodeAt(i) === 35) {
    i++;
  } else {
    if (!mayOpenUnit(text.charCodeAt(i), text.charCodeAt(i + 1))) return from;
    if (!readWord(text, i) || !(word.flags & UNIT) || !isUpperLetterCode(text.charCodeAt(word.start))) return from;
    i = word.end;
    if (text.charCodeAt(i) === PERIOD) i++;
    if (text.charCodeAt(i) === SPACE) i++;
  }
  const idStart = i;
  while (i - idStart < 6 && (isAsciiDigit(text.charCodeAt(i)) || isAsciiLetter(text.charCodeAt(i)) || text.charCodeAt(i) === HYPHEN)) i++;
  if (i === idStart || !isAsciiDigit(text.charCodeAt(idStart)) && !isAsciiUpper(text.charCodeAt(idStart))) return from;
  return isBoundaryAt(text, i) ? i : from;
}

/** `, ` or a single line break before the next part; -1 when neither. */
function separatorEnd(text: string, from: number): number {
  const code = text.charCodeAt(from);
  if (code === COMMA && text.charCodeAt(from + 1) === SPACE) return from + 2;
  if (code === LINE_FEED) return from + 1;
  if (code === 13 && text.charCodeAt(from + 1) === LINE_FEED) return from + 2;
  return -1;
}

/** `CA 94043`, `NY 10001-1234`, `TX`. */
function stateAndZip(text: string, from: number): number {
  if (!isAsciiUpper(text.charCodeAt(from)) || !isAsciiUpper(text.charCodeAt(from + 1))) return -1;
  if (!isBoundaryAt(text, from + 2) || !isUsState(text.charCodeAt(from), text.charCodeAt(from + 1))) return -1;
  let i = from + 2;
  if (text.charCodeAt(i) !== SPACE) return i;
  const zipEnd = usZipEnd(text, i + 1);
  return zipEnd > 0 ? zipEnd : i;
}

function usZipEnd(text: string, from: number): number {
  for (let k = 0; k < 5; k++) if (!isAsciiDigit(text.charCodeAt(from + k))) return -1;
  let i = from + 5;
  if (text.charCodeAt(i) === HYPHEN && isAsciiDigit(text.charCodeAt(i + 1))) {
    for (let k = 1; k <= 4; k++) if (!isAsciiDigit(text.charCodeAt(i + k))) return -1;
    i += 5;
  }
  return isBoundaryAt(text, i) ? i : -1;
}

/** A UK postcode, or a postal code followed by a city (`75002 Paris`, `1016 DV Amsterdam`). */
function postalCodeEnd(text: string, from: number): number {
  const uk = ukPostcodeEnd(text, from);
  if (uk > 0) return uk;
  return postcodeAndCityEnd(text, from);
}

/** What the last `postcodeAndCityEnd` read: a postcode that is hard to mistake for a count or a year. */
export const postcode = { distinctive: false };

/**
 * `10115 Berlin`, `75002 Paris`, `1010 Wien`, `1016 DV Amsterdam` (Dutch: four digits and two
 * letters): end of the city, or -1. `postcode.distinctive` says whether the code has five digits
 * or the Dutch letters, or four digits that cannot be a year.
 */
function postcodeAndCityEnd(text: string, from: number): number {
  postcode.distinctive = false;
  let digits = 0;
  while (isAsciiDigit(text.charCodeAt(from + digits)) && digits < 6) digits++;
  if ((digits !== 4 && digits !== 5) || text.charCodeAt(from + digits) !== SPACE) return -1;
  let i = from + digits + 1;
  let distinctive = digits === 5;
  if (digits === 4 && isDutchLetters(text, i)) {
    i += 3;
    distinctive = true;
  } else if (digits === 4) {
    let code = 0;
    for (let k = 0; k < 4; k++) code = code * 10 + text.charCodeAt(from + k) - 48;
    distinctive = code < 1900 || code > 2099;
  }
  postcode.distinctive = distinctive;
  return capitalisedWords(text, i, 2);
}

/** `DV ` in `1016 DV Amsterdam`. */
function isDutchLetters(text: string, at: number): boolean {
  return isAsciiUpper(text.charCodeAt(at)) && isAsciiUpper(text.charCodeAt(at + 1)) && text.charCodeAt(at + 2) === SPACE;
}

/** `10115 Berlin`, `, 1010 Wien`, `, 75002 Paris`, `, 1016 DV Amsterdam` after the house number. */
export function postalTail(text: string, from: number): number {
  let i = from;
  if (text.charCodeAt(i) === COMMA) i++;
  if (text.charCodeAt(i) !== SPACE) return from;
  const cityEnd = postcodeAndCityEnd(text, i + 1);
  return cityEnd > 0 ? cityEnd : from;
}

/** `Pune 411001`: an Indian PIN (six digits, no leading zero) after the city. */
function indianPinEnd(text: string, from: number): number {
  if (text.charCodeAt(from) === 48) return -1;
  for (let k = 0; k < 6; k++) if (!isAsciiDigit(text.charCodeAt(from + k))) return -1;
  return isBoundaryAt(text, from + 6) && !isAsciiDigit(text.charCodeAt(from + 6)) ? from + 6 : -1;
}
