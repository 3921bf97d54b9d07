import { isAsciiDigit } from '../../text/chars.js';
import { classOf, SEPARATOR_KINDS } from './char-classes.js';
import { isSpacedDash, MAX_SEPARATOR_LENGTH, PAREN, plusSignLength, SPACE } from './separators.js';

const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;

/** E.164 allows 15 digits; an international prefix `00` written in front adds two. */
export const MAX_DIGITS = 17;
/** One more than any accepted number has (`+33 (0)1 23 45 67 89`), so callers see the text go on. */
const MAX_GROUPS = 8;
/** From the first character to the last digit; `+49 (0) 30 / 123 456 78` is 23. */
const MAX_SPAN = 25;

/**
 * A phone-shaped stretch of text read from one start position: an optional `+` or `(`, then
 * digit groups joined by short separator stretches. One instance is reused for every candidate
 * (detectors run synchronously and are never re-entered), so parsing allocates nothing.
 * Group `g` is described by `digitEnd[g]` (digits read up to and including it), `textEnd[g]`
 * (text index after its last digit) and `separatorAfter[g]` (separator kinds joining it to the
 * next group; 0 when the number stopped after it).
 */
export class PhoneCandidate {
  readonly digits = new Uint8Array(MAX_DIGITS);
  readonly digitEnd = new Uint8Array(MAX_GROUPS);
  readonly textEnd = new Int32Array(MAX_GROUPS);
  readonly separatorAfter = new Uint8Array(MAX_GROUPS);
  start = 0;
  groupCount = 0;
  /** Written with a leading `+`. */
  plus = false;
  /** The one group written inside parentheses, -1 when none. */
  parenGroup = -1;

  /**
   * Reads the candidate starting at `start` (a `+`, `(` or digit). Stops at the first group that
   * would exceed the digit, group or length bounds; the separator before a dropped group stays
   * recorded, so callers know the text went on there. Returns whether any group was read.
   */
  parse(units: Uint16Array, length: number, start: number): boolean {
    const limit = start + MAX_SPAN;
    this.start = start;
    this.groupCount = 0;
    this.parenGroup = -1;
    this.plus = false;
    let position = start;
    let openParenGroup = -1;
    let parenUsed = false;
    const plusLength = plusSignLength(units, length, position);
    if (plusLength !== 0) {
      this.plus = true;
      position += plusLength;
    } else if (units[position] === OPEN_PAREN) {
      openParenGroup = 0;
      parenUsed = true;
      position++;
    }
    let digitCount = 0;
    while (position < length && isAsciiDigit(units[position]!)) {
      let count = digitCount;
      while (position < length) {
        const code = units[position]!;
        if (!isAsciiDigit(code)) break;
        if (count < MAX_DIGITS) this.digits[count] = code - 48;
        count++;
        position++;
      }
      const group = this.groupCount;
      if (count > MAX_DIGITS || position > limit || group === MAX_GROUPS) break;
      this.groupCount = group + 1;
      digitCount = count;
      this.digitEnd[group] = count;
      this.textEnd[group] = position;
      this.separatorAfter[group] = 0;

      let kinds = 0;
      let separatorLength = 0;
      if (openParenGroup === group) {
        if (position >= length || units[position] !== CLOSE_PAREN) {
          // `(555 123`: parentheses must wrap exactly one group; nothing from the parenthesis on counts.
          this.groupCount = group;
          break;
        }
        this.parenGroup = group;
        openParenGroup = -1;
        kinds |= PAREN;
        separatorLength++;
        position++;
      }
      const separatorStart = position;
      let spaces = 0;
      let marks = 0;
      while (separatorLength < MAX_SEPARATOR_LENGTH && position < length) {
        const code = units[position]!;
        const kind = classOf(code) & SEPARATOR_KINDS;
        if (kind === SPACE) {
          if (spaces === 2) break;
          spaces++;
        } else if (kind !== 0) {
          if (marks === 1) break;
          marks++;
        } else if (code === OPEN_PAREN && !parenUsed) {
          parenUsed = true;
          openParenGroup = group + 1;
          kinds |= PAREN;
          position++;
          break;
        } else {
          break;
        }
        kinds |= kind;
        separatorLength++;
        position++;
      }
      if (kinds === 0 || position >= length || !isAsciiDigit(units[position]!)) break;
      if (isSpacedDash(units, separatorStart, position)) break;
      this.separatorAfter[group] = kinds;
    }
    return this.groupCount > 0;
  }

  groupLength(group: number): number {
    return group === 0 ? this.digitEnd[0]! : this.digitEnd[group]! - this.digitEnd[group - 1]!;
  }

  /** Text index just past group `group`, its closing parenthesis included. */
  endOf(group: number): number {
    return this.textEnd[group]! + (this.parenGroup === group ? 1 : 0);
  }

  /**
   * Whether only whitespace separates group `group` from the next (a parenthesis opening that
   * next group aside: `555-123-4567 (555) 987-6543`), so that a number may end there.
   */
  isSplitAfter(group: number): boolean {
    const kinds = this.separatorAfter[group]!;
    return kinds === SPACE || (kinds === (SPACE | PAREN) && this.parenGroup === group + 1);
  }

  /** Separator kinds used between groups 0 and `last`, PAREN included when one of them is wrapped. */
  separatorsUpTo(last: number): number {
    let kinds = this.parenGroup >= 0 && this.parenGroup <= last ? PAREN : 0;
    for (let g = 0; g < last; g++) kinds |= this.separatorAfter[g]!;
    return kinds;
  }

  /**
   * Group lengths of groups 0..`last` as hexadecimal digits (`555-123-4567` is 0x334), so shapes
   * compare as numbers. Lengths above 15 saturate; callers only compare short groups.
   */
  shapeUpTo(last: number): number {
    let shape = 0;
    for (let g = 0; g <= last; g++) shape = shape * 16 + Math.min(15, this.groupLength(g));
    return shape;
  }

  /**
   * How many NSN digits the first group holding NSN digit `nsnFrom` carries, 0 when that group
   * runs to the end (the NSN is written as one block).
   */
  areaLength(nsnFrom: number, last: number): number {
    for (let g = 0; g < last; g++) {
      const end = this.digitEnd[g]!;
      if (nsnFrom < end) return end - nsnFrom;
    }
    return 0;
  }
}
