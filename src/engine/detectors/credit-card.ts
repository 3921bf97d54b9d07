import type { Detector, Report } from '../types.js';
import { codeUnitsOf } from '../text/code-units.js';
import { DigitRunWalk, FREE_RUNS } from '../text/digit-runs.js';
import {
  digitRunEndIn,
  digitsValueIn,
  endsEscapeIn,
  isDigitUnit,
  isNumberEndFreeIn,
  isNumberStartFreeIn,
  isWordUnit,
  NO_SEPARATOR,
} from '../text/number-boundaries.js';
import { isKnownCardIssuer } from '../validators/card-issuers.js';
import { isLuhnValidIn } from '../validators/luhn.js';

const MIN_DIGITS = 13;
const MAX_DIGITS = 19;
/** Five groups (4-4-4-4-3) plus one trailing short group such as a CVV or expiry month. */
const MAX_GROUPS = 6;
const CONFIDENCE = 0.95;
/** Longest unrelated number that may sit a space from a grouped card (a step, a quantity). */
const MAX_NEIGHBOUR_DIGITS = 3;
const SPACE = 32;
const HYPHEN = 45;

// Group lengths (and ends) of the run or candidate being examined. Module-level so that a scan
// allocates nothing; `find` is synchronous and never re-entered.
const groupLengths = new Int32Array(MAX_GROUPS);
const groupEnds = new Int32Array(MAX_GROUPS);
const runs = new DigitRunWalk();
/** Length of the last group of the card {@link longestCardAt} found last. */
let matchedLastGroupLength = 0;

/**
 * Finds payment card numbers: 13–19 digits, contiguous or grouped by one consistent separator
 * (space or hyphen) in a grouping cards are printed with (4-4-4-4, 4-4-4-4-3, 4-6-5 Amex, 4-6-4
 * Diners), from a known issuer range with a length that issuer uses, and Luhn-valid. A short
 * trailing group (`4111 1111 1111 1111 123`, a CVV or expiry) does not hide the card, nor does an
 * unrelated number a space away (`qty 2 4111…`, `4111… 3.5 times`). Digit runs glued to letters
 * (hex ids), decimals, hyphenated identifiers and longer runs chunked in fours are skipped.
 */
function findCreditCards(text: string, report: Report): void {
  const length = text.length;
  let units = codeUnitsOf(text);
  runs.begin(text, FREE_RUNS);
  let from = 0;
  while (runs.next(from)) {
    const runStart = runs.start;
    let groupEnd = runs.end;
    // Most runs are one short number: too few digits, and no separator and digit after them.
    if (groupEnd - runStart < MIN_DIGITS && !isGroupSeparatorAt(units, length, groupEnd)) {
      from = groupEnd;
      continue;
    }
    let separator = NO_SEPARATOR;
    let groups = 0;
    let digits = 0;
    let position = runStart;
    let groupStart = runStart;
    let next = -1;
    for (;;) {
      if (groups < MAX_GROUPS) groupLengths[groups] = groupEnd - position;
      groups++;
      digits += groupEnd - position;
      position = groupEnd;
      if (!isGroupSeparatorAt(units, length, position)) break;
      const code = units[position]!;
      if (separator !== NO_SEPARATOR && code !== separator) {
        // `2 4000-0000-…`: the group before the hyphen opens a hyphenated number; read it as a run of its own.
        if (code === HYPHEN && groups > 1) {
          groups--;
          digits -= groupEnd - groupStart;
          position = groupStart - 1;
          next = groupStart;
        }
        break;
      }
      separator = code;
      position++;
      groupStart = position;
      groupEnd = digitRunEndIn(units, length, position);
    }
    const runEnd = position;
    from = next === -1 ? runEnd : next;
    if (digits < MIN_DIGITS) continue;
    let reported = reportWholeRun(text, units, runStart, runEnd, separator, groups, digits, report);
    // Hyphens bind groups into identifiers (`ORD-2024-…`); only spaces set unrelated numbers side by side.
    if (!reported && separator === SPACE) reported = reportCardsInsideRun(text, runStart, runEnd, report);
    if (reported) {
      // `report` may have looked at another text, which replaces the shared code units and walk.
      units = codeUnitsOf(text);
      runs.begin(text, FREE_RUNS);
    }
  }
}

/** A space or hyphen followed by a digit at `position`: the run goes on with another group. */
function isGroupSeparatorAt(units: Uint16Array, length: number, position: number): boolean {
  if (position + 1 >= length) return false;
  const code = units[position]!;
  return (code === SPACE || code === HYPHEN) && isDigitUnit(units[position + 1]!);
}

/** The run as one card, or one card and a short trailing group; whether it was reported. */
function reportWholeRun(
  text: string,
  units: Uint16Array,
  runStart: number,
  runEnd: number,
  separator: number,
  groups: number,
  digits: number,
  report: Report,
): boolean {
  if (groups > MAX_GROUPS) return false;
  if (!isNumberStartFreeIn(units, runStart, separator) || !isNumberEndFreeIn(units, text.length, runEnd, separator)) {
    return false;
  }
  if (digits <= MAX_DIGITS && isCardGrouping(groups) && isCard(units, runStart, runEnd, digits)) {
    report('CREDIT_CARD', runStart, runEnd, CONFIDENCE);
    return true;
  }
  const trailing = groupLengths[groups - 1]!;
  if (groups < 2 || trailing > 4) return false;
  const cardDigits = digits - trailing;
  const cardEnd = runEnd - trailing - 1;
  if (cardDigits < MIN_DIGITS || cardDigits > MAX_DIGITS || !isCardGrouping(groups - 1)) return false;
  if (!isCard(units, runStart, cardEnd, cardDigits)) return false;
  report('CREDIT_CARD', runStart, cardEnd, CONFIDENCE);
  return true;
}

/**
 * A space-separated run that is no card as a whole may still hold one beside an unrelated
 * number (`step 2 4111 1111 1111 1111`, `paid 4111111111111111 3.5 times`): tries the
 * candidates that start and end at its group boundaries. Each start reads at most MAX_GROUPS
 * groups of at most MAX_DIGITS digits in all, so the run is walked a bounded number of times.
 * Returns whether it reported any.
 */
function reportCardsInsideRun(text: string, runStart: number, runEnd: number, report: Report): boolean {
  let units = codeUnitsOf(text);
  let reported = false;
  // In a run glued to a word (`DE89 3704 …`) only a lone group of card length can stand free (see isSplitFree).
  const glued = isGluedBefore(units, runStart);
  let start = runStart;
  let previousGroupLength = 0;
  while (start < runEnd) {
    const groupEnd = digitRunEndIn(units, text.length, start);
    const end = glued && groupEnd - start < MIN_DIGITS ? -1 : longestCardAt(text, units, start, runStart, runEnd, previousGroupLength);
    if (end !== -1) {
      report('CREDIT_CARD', start, end, CONFIDENCE);
      reported = true;
      // `report` may have looked at another text, which replaces the shared code units.
      units = codeUnitsOf(text);
      previousGroupLength = matchedLastGroupLength;
      start = end + 1;
      continue;
    }
    previousGroupLength = groupEnd - start;
    start = groupEnd + 1;
  }
  return reported;
}

/**
 * End of the longest card starting at the group boundary `start` inside the run, or -1. A card
 * of several groups is not cut from digits chunked in fours (`1234 4111 1111 1111 1111` may be
 * one account number), nor from a run glued to a word (`DE89 3704 …` is an IBAN).
 */
function longestCardAt(
  text: string,
  units: Uint16Array,
  start: number,
  runStart: number,
  runEnd: number,
  previousGroupLength: number,
): number {
  const length = text.length;
  let count = 0;
  let digits = 0;
  let position = start;
  while (count < MAX_GROUPS) {
    const groupEnd = digitRunEndIn(units, length, position);
    if (digits + groupEnd - position > MAX_DIGITS) break;
    digits += groupEnd - position;
    groupLengths[count] = groupEnd - position;
    groupEnds[count] = groupEnd;
    count++;
    if (groupEnd >= runEnd) break;
    position = groupEnd + 1;
  }
  for (let last = count - 1; last >= 0 && digits >= MIN_DIGITS; last--) {
    const end = groupEnds[last]!;
    const cardDigits = digits;
    digits -= groupLengths[last]!;
    if (!isCardGrouping(last + 1)) continue;
    if (!isSplitFree(units, length, start, end, last > 0, runStart, runEnd, previousGroupLength)) continue;
    if (isCard(units, start, end, cardDigits)) {
      matchedLastGroupLength = groupLengths[last]!;
      return end;
    }
  }
  return -1;
}

/**
 * Whether a candidate cut from a run stands free at both ends. At the run's own ends the usual
 * number boundaries apply; inside it, a space parts two numbers, except that a card of several
 * groups needs neighbours short enough not to read as more of its chunks (`step 2 4111 1111 …`,
 * not `4111 1111 1111 1111 12345`) and a run that is not glued to a word (`DE89 3704 …`).
 */
function isSplitFree(
  units: Uint16Array,
  length: number,
  start: number,
  end: number,
  grouped: boolean,
  runStart: number,
  runEnd: number,
  previousGroupLength: number,
): boolean {
  if (start === runStart) {
    if (!isNumberStartFreeIn(units, start, SPACE)) return false;
  } else if (grouped && (previousGroupLength > MAX_NEIGHBOUR_DIGITS || isGluedBefore(units, runStart))) {
    return false;
  }
  if (end === runEnd) return isNumberEndFreeIn(units, length, end, SPACE);
  if (!grouped) return true;
  return (
    digitRunEndIn(units, length, end + 1) - end - 1 <= MAX_NEIGHBOUR_DIGITS &&
    !(runEnd < length && isWordUnit(units[runEnd]!))
  );
}

function isGluedBefore(units: Uint16Array, start: number): boolean {
  return start > 0 && isWordUnit(units[start - 1]!) && !endsEscapeIn(units, start);
}
/** The first `groups` recorded group lengths form a layout cards are printed with. */
function isCardGrouping(groups: number): boolean {
  if (groups === 1) return true;
  if (groups === 3) {
    return groupLengths[0] === 4 && groupLengths[1] === 6 && (groupLengths[2] === 5 || groupLengths[2] === 4);
  }
  if (groups < 4) return false;
  for (let g = 0; g < groups - 1; g++) if (groupLengths[g] !== 4) return false;
  const last = groupLengths[groups - 1]!;
  return last >= 1 && last <= 4;
}

/** Every accepted layout starts with at least four contiguous digits, so the issuer prefix is readable in place. */
function isCard(units: Uint16Array, start: number, end: number, digits: number): boolean {
  return isKnownCardIssuer(digitsValueIn(units, start, 4), digits) && isLuhnValidIn(units, start, end);
}

export const creditCardDetector: Detector = {
  name: 'credit_card',
  types: ['CREDIT_CARD'],
  enabledByDefault: true,
  trigger: { digit: true, minDigits: MIN_DIGITS },
  find: findCreditCards,
};

export const creditCardDetectors: readonly Detector[] = [creditCardDetector];
