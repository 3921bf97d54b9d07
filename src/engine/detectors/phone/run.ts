import { isAsciiDigit } from '../../text/chars.js';
import {
  isCloseParen,
  isOpenParen,
  isSpaceSeparator,
  isSpacedDash,
  MAX_SEPARATOR_LENGTH,
  plusSignLength,
  separatorKind,
} from './separators.js';

const PLUS = 43;
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

  /** Measures the run starting at `start` (a digit, or `+`/`(` before one); returns its end. */
  scan(text: string, start: number): number {
    const length = text.length;
    this.reset();
    let position = start;
    const plusLength = plusSignLength(text, position);
    const openParen = plusLength === 0 && isOpenParen(text.charCodeAt(position));
    const decorated = plusLength !== 0 || openParen;
    position += openParen ? 1 : plusLength;
    const firstDigitAt = position;
    this.firstDigit = text.charCodeAt(position) - 48;
    for (;;) {
      const groupStart = position;
      while (position < length && isAsciiDigit(text.charCodeAt(position))) position++;
      this.endGroup(position - groupStart);
      this.end = position;
      let next = position;
      while (next < length && next - position < MAX_SEPARATOR_LENGTH && !isRunEnd(text, next)) next++;
      if (next === position || isSpacedDash(text, position, next)) break;
      if (next < length && isAsciiDigit(text.charCodeAt(next))) {
        this.noteSeparator(text, position, next);
        position = next;
        continue;
      }
      // `… 4567 +44 20 …`: a new international number may follow after whitespace.
      const afterSpace = isSpaceSeparator(text.charCodeAt(next - 1));
      if (afterSpace && text.charCodeAt(next) === PLUS && isAsciiDigit(text.charCodeAt(next + 1))) {
        this.uniformSeparator = false;
        position = next + 1;
        continue;
      }
      break;
    }
    this.skip = !decorated && (this.isCardLike(text, firstDigitAt) || this.isChunkedInFours());
    return this.end;
  }

  private reset(): void {
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

  private noteSeparator(text: string, from: number, to: number): void {
    if (to - from !== 1) {
      this.uniformSeparator = false;
      return;
    }
    const code = text.charCodeAt(from);
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
  private isCardLike(text: string, start: number): boolean {
    const digits = this.digitCount;
    if (digits < MIN_CARD_DIGITS || digits > MAX_CARD_DIGITS) return false;
    if (!this.uniformSeparator || this.firstDigit < 2 || this.firstDigit > 6) return false;
    const groups = this.groupCount;
    const fourFour = groups >= 4 && this.allFourDigitGroups && this.lastGroupLength <= 4;
    // Amex 4-6-5 and Diners 4-6-4.
    const amexOrDiners = groups === 3 && (this.leadingShape === 0x465 || this.leadingShape === 0x464);
    if (groups !== 1 && !fourFour && !amexOrDiners) return false;
    return hasLuhnValidDigits(text, start, this.end);
  }
}

/** Luhn check over the digits between `start` and `end`, whatever separates them. */
function hasLuhnValidDigits(text: string, start: number, end: number): boolean {
  let sum = 0;
  let digits = 0;
  for (let i = end - 1; i >= start; i--) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) continue;
    // Every second digit from the right is doubled; a doubled digit above 9 counts its digit sum.
    sum += (digits & 1) === 1 ? (digit > 4 ? digit * 2 - 9 : digit * 2) : digit;
    digits++;
  }
  return sum % 10 === 0;
}

/** No separator or parenthesis at `position` (or the text ends there): a run cannot go on past it. */
export function isRunEnd(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  return separatorKind(code) === 0 && !isOpenParen(code) && !isCloseParen(code);
}

/**
 * The next position after `after` and before `runEnd` where a new phone may start inside a run:
 * a digit, `+` or `(` that follows one or two spaces, which follow a digit or `)`. Hyphens and
 * dots bind their groups together, so no phone starts right after one.
 */
export function nextStartInRun(text: string, after: number, runEnd: number): number {
  for (let position = after + 1; position < runEnd; position++) {
    const code = text.charCodeAt(position);
    if (!isAsciiDigit(code) && code !== PLUS && !isOpenParen(code)) continue;
    if (!isSpaceSeparator(text.charCodeAt(position - 1))) continue;
    let before = position - 2;
    if (before >= 0 && isSpaceSeparator(text.charCodeAt(before))) before--;
    if (before < 0) continue;
    const code2 = text.charCodeAt(before);
    if (isAsciiDigit(code2) || isCloseParen(code2)) return position;
  }
  return runEnd;
}
