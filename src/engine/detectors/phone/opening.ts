import { isAsciiDigit } from '../../text/chars.js';
import { canOpenNationalNumber } from './classify.js';
import { MAX_SEPARATOR_LENGTH, plusSignLength } from './separators.js';

/** Longer groups only matter as bare numbers, which `canOpenNationalNumber` accepts from 7 digits. */
const MAX_GROUP_READ = 16;
const OPEN_PAREN = 40;

/**
 * Reads the first two digit groups (bounded) and asks whether a number without `+` can open
 * that way, so that number lists and vectors (`0.12 0.34 …`, `12 12 12 …`) cost a few reads
 * per value instead of a full candidate parse.
 */
export function cannotOpenNumber(units: Uint16Array, length: number, start: number): boolean {
  if (plusSignLength(units, length, start) !== 0) return false;
  // A start lies inside its run, which ends on a digit: the reads stay inside the text.
  const position = units[start] === OPEN_PAREN ? start + 1 : start;
  const firstDigit = units[position]! - 48;
  const firstEnd = digitRunEnd(units, length, position, MAX_GROUP_READ);
  const firstLength = firstEnd - position;
  let secondStart = firstEnd;
  const separatorEnd = Math.min(length, firstEnd + MAX_SEPARATOR_LENGTH);
  while (secondStart < separatorEnd && !isAsciiDigit(units[secondStart]!)) secondStart++;
  const secondLength = digitRunEnd(units, length, secondStart, MAX_GROUP_READ) - secondStart;
  return !canOpenNationalNumber(firstDigit, firstLength, secondLength);
}

/** Index after the digits at `start`, reading at most `max` of them and none past `length`. */
function digitRunEnd(units: Uint16Array, length: number, start: number, max: number): number {
  let end = start;
  const limit = Math.min(length, start + max);
  while (end < limit && isAsciiDigit(units[end]!)) end++;
  return end;
}
