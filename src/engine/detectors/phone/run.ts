import { isAsciiDigit } from '../../text/chars.js';
import { classOf, DIGIT_CLASS, JOINS_GROUPS } from './char-classes.js';
import { isSpaceSeparator, isSpacedDash, MAX_SEPARATOR_LENGTH, plusSignLength, SPACE } from './separators.js';

const PLUS = 43;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const MIN_CARD_DIGITS = 13;
const MAX_CARD_DIGITS = 19;

/**
 * The maximal stretch of digit groups and separators that starts at a position, measured once
 * so that phone candidates inside it can be judged against the whole: a card number printed
 * `4111 1111 1111 1111` is one run, and no phone may be cut out of it. Reused, allocation-free.
 */
export class PhoneRun {
  end = 0;
  /**
   * Left to other detectors whole: grouped like a payment card, from a card issuer range and
   * Luhn-valid; or chunked in fours like an IBAN or account number (`3704 0044 0532 0130 00`),
   * where a phone-valid slice (`0532 0130`) would be a coincidence.
   */
  skip = false;
  /** Whether whitespace joins any of its groups: only then may a phone start inside the run. */
  spaced = false;

  /** Digits in the whole run; every candidate read inside it has at most these. */
  digitCount = 0;
  private groupCount = 0;
  private separator = -1;
  private uniformSeparator = true;
  private allFourDigitGroups = true;
  private middleFourDigitGroups = true;
  private firstGroupLength = 0;
  /** Lengths of the first three groups as hexadecimal digits (`3782 822463 10005` is 0x465). */
  private leadingShape = 0;
  private lastGroupLength = 0;
  private firstDigit = 0;

  /**
   * Measures the run starting at `start` (a digit, or `+`/`(` before one) in a text of `length`
   * code units; returns its end.
   */
  scan(units: Uint16Array, length: number, start: number): number {
    this.reset();
    let position = start;
    const plusLength = plusSignLength(units, length, position);
    const openParen = plusLength === 0 && units[position] === OPEN_PAREN;
    const decorated = plusLength !== 0 || openParen;
    position += openParen ? 1 : plusLength;
    const firstDigitAt = position;
    this.firstDigit = units[position]! - 48;
    for (;;) {
      const groupStart = position;
      while (position < length && isAsciiDigit(units[position]!)) position++;
      this.endGroup(position - groupStart);
      this.end = position;
      let next = position;
      const separatorLimit = Math.min(length, position + MAX_SEPARATOR_LENGTH);
      let joinedBy = 0;
      for (; next < separatorLimit; next++) {
        const joins = classOf(units[next]!) & JOINS_GROUPS;
        if (joins === 0) break;
        joinedBy |= joins;
      }
      // Set even for a stretch that ends the run: harmless, the inner starts are searched for in vain.
      if ((joinedBy & SPACE) !== 0) this.spaced = true;
      if (next === position || isSpacedDash(units, position, next)) break;
      if (next < length && isAsciiDigit(units[next]!)) {
        this.noteSeparator(units, position, next);
        position = next;
        continue;
      }
      // `… 4567 +44 20 …`: a new international number may follow after whitespace.
      const afterSpace = isSpaceSeparator(units[next - 1]!);
      if (afterSpace && next + 1 < length && units[next] === PLUS && isAsciiDigit(units[next + 1]!)) {
        this.uniformSeparator = false;
        position = next + 1;
        continue;
      }
      break;
    }
    this.skip = !decorated && (this.isCardLike(units, firstDigitAt) || this.isChunkedInFours());
    return this.end;
  }

  private reset(): void {
    this.spaced = false;
    this.digitCount = 0;
    this.groupCount = 0;
    this.separator = -1;
    this.uniformSeparator = true;
    this.allFourDigitGroups = true;
    this.middleFourDigitGroups = true;
    this.firstGroupLength = 0;
    this.leadingShape = 0;
    this.lastGroupLength = 0;
    this.firstDigit = 0;
  }

  private endGroup(groupLength: number): void {
    // The previous group is now known not to be the last one, so it must hold four digits.
    if (this.groupCount > 0 && this.lastGroupLength !== 4) {
      this.allFourDigitGroups = false;
      if (this.groupCount > 1) this.middleFourDigitGroups = false;
    }
    if (this.groupCount === 0) this.firstGroupLength = groupLength;
    if (this.groupCount < 3) this.leadingShape = this.leadingShape * 16 + Math.min(15, groupLength);
    this.lastGroupLength = groupLength;
    this.groupCount++;
    this.digitCount += groupLength;
  }

  private noteSeparator(units: Uint16Array, from: number, to: number): void {
    if (to - from !== 1) {
      this.uniformSeparator = false;
      return;
    }
    const code = units[from]!;
    if (this.separator === -1) this.separator = code;
    else if (this.separator !== code) this.uniformSeparator = false;
  }

  /**
   * Four or more groups with every inner group of four digits, the outer ones of at most four:
   * the first may be the tail of a glued prefix (`DE89 3704 …` starts the run at `89`).
   */
  private isChunkedInFours(): boolean {
    return (
      this.uniformSeparator &&
      this.groupCount >= 4 &&
      this.middleFourDigitGroups &&
      this.firstGroupLength <= 4 &&
      this.lastGroupLength <= 4
    );
  }

  /** Luhn is checked last, over the run's digits from `start`: few runs get that far. */
  private isCardLike(units: Uint16Array, start: number): boolean {
    const digits = this.digitCount;
    if (digits < MIN_CARD_DIGITS || digits > MAX_CARD_DIGITS) return false;
    if (!this.uniformSeparator || this.firstDigit < 2 || this.firstDigit > 6) return false;
    const groups = this.groupCount;
    const fourFour = groups >= 4 && this.allFourDigitGroups && this.lastGroupLength <= 4;
    // Amex 4-6-5 and Diners 4-6-4.
    const amexOrDiners = groups === 3 && (this.leadingShape === 0x465 || this.leadingShape === 0x464);
    if (groups !== 1 && !fourFour && !amexOrDiners) return false;
    return hasLuhnValidDigits(units, start, this.end);
  }
}

/** Luhn check over the digits between `start` and `end`, whatever separates them. */
function hasLuhnValidDigits(units: Uint16Array, start: number, end: number): boolean {
  let sum = 0;
  let digits = 0;
  for (let i = end - 1; i >= start; i--) {
    const digit = units[i]! - 48;
    if (digit < 0 || digit > 9) continue;
    // Every second digit from the right is doubled; a doubled digit above 9 counts its digit sum.
    sum += (digits & 1) === 1 ? (digit > 4 ? digit * 2 - 9 : digit * 2) : digit;
    digits++;
  }
  return sum % 10 === 0;
}

/**
 * Whether a run whose first digit group ends at `groupEnd` certainly ends there too, as
 * {@link PhoneRun.scan} would find: nothing joins on (`2024,`), or one joining character is
 * followed by something that starts no group (`2024 was`). A cheap look, so that the lone
 * numbers of prose are judged without being measured; false means "maybe not".
 */
export function endsAfterFirstGroup(units: Uint16Array, length: number, groupEnd: number): boolean {
  if (groupEnd + 1 >= length) return true;
  if ((classOf(units[groupEnd]!) & JOINS_GROUPS) === 0) return true;
  const after = units[groupEnd + 1]!;
  return (classOf(after) & (JOINS_GROUPS | DIGIT_CLASS)) === 0 && after !== PLUS;
}

/**
 * The next position after `after` and before `runEnd` where a new phone may start inside a run:
 * a digit, `+` or `(` that follows one or two spaces, which follow a digit or `)`. Hyphens and
 * dots bind their groups together, so no phone starts right after one.
 */
export function nextStartInRun(units: Uint16Array, after: number, runEnd: number): number {
  // `after` (a start or a phone's last character) is no space, so the reads behind stay at or after it.
  for (let position = after + 1; position < runEnd; position++) {
    if (!isSpaceSeparator(units[position - 1]!)) continue;
    const code = units[position]!;
    if (!isAsciiDigit(code) && code !== PLUS && code !== OPEN_PAREN) continue;
    let before = position - 2;
    if (isSpaceSeparator(units[before]!)) before--;
    const code2 = units[before]!;
    if (isAsciiDigit(code2) || code2 === CLOSE_PAREN) return position;
  }
  return runEnd;
}
