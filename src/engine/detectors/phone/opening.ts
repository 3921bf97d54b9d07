import { isAsciiDigit } from '../../text/chars.js';
import { canOpenNationalNumber } from './classify.js';
import { isOpenParen, MAX_SEPARATOR_LENGTH, plusSignLength } from './separators.js';

/** Longer groups only matter as bare numbers, which `canOpenNationalNumber` accepts from 7 digits. */
const MAX_GROUP_READ = 16;

/**
 * Reads the first two digit groups (bounded) and asks whether a number without `+` can open
 * that way, so that number lists and vectors (`0.12 0.34 …`, `12 12 12 …`) cost a few reads
 * per value instead of a full candidate parse.
 */
export function cannotOpenNumber(text: string, start: number): boolean {
  let position = start;
  const first = text.charCodeAt(position);
  if (plusSignLength(text, start) !== 0) return false;
  if (isOpenParen(first)) position++;
  const firstDigit = text.charCodeAt(position) - 48;
  const firstEnd = digitRunEnd(text, position, MAX_GROUP_READ);
  const firstLength = firstEnd - position;
  let secondStart = firstEnd;
  const separatorEnd = Math.min(text.length, firstEnd + MAX_SEPARATOR_LENGTH);
  while (secondStart < separatorEnd && !isAsciiDigit(text.charCodeAt(secondStart))) secondStart++;
  const secondLength = digitRunEnd(text, secondStart, MAX_GROUP_READ) - secondStart;
  return !canOpenNationalNumber(firstDigit, firstLength, secondLength);
}

/** Index after the digits at `start`, reading at most `max` of them. */
function digitRunEnd(text: string, start: number, max: number): number {
  let end = start;
  const limit = Math.min(text.length, start + max);
  while (end < limit && isAsciiDigit(text.charCodeAt(end))) end++;
  return end;
}
