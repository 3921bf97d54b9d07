import type { Detector, Report } from '../types.js';
import { isAsciiDigit } from '../text/chars.js';
import { findDigitRun, FREE_RUNS, type DigitRun } from '../text/digit-runs.js';
import {
  digitRunEnd,
  digitsValue,
  isNumberEndFree,
  isNumberStartFree,
  NO_SEPARATOR,
} from '../text/number-boundaries.js';
import { isKnownCardIssuer } from '../validators/card-issuers.js';
import { isLuhnValid } from '../validators/luhn.js';

const MIN_DIGITS = 13;
const MAX_DIGITS = 19;
/** Five groups (4-4-4-4-3) plus one trailing short group such as a CVV or expiry month. */
const MAX_GROUPS = 6;
const CONFIDENCE = 0.95;
const SPACE = 32;
const HYPHEN = 45;

// Group lengths of the run being examined. Module-level so that a scan allocates nothing;
// `find` is synchronous and never re-entered.
const groupLengths = new Int32Array(MAX_GROUPS);
const digitRun: DigitRun = { start: 0, end: 0 };

/**
 * Finds payment card numbers: 13–19 digits, contiguous or grouped by one consistent separator
 * (space or hyphen) in a grouping cards are printed with (4-4-4-4, 4-4-4-4-3, 4-6-5 Amex, 4-6-4
 * Diners), from a known issuer range with a length that issuer uses, and Luhn-valid. A short
 * trailing group (`4111 1111 1111 1111 123`, a CVV or expiry) does not hide the card. Digit runs
 * glued to letters (hex ids), decimals, hyphenated identifiers and longer runs are skipped whole.
 */
function findCreditCards(text: string, report: Report): void {
  let from = 0;
  while (findDigitRun(text, from, digitRun, FREE_RUNS)) {
    const runStart = digitRun.start;
    let separator = NO_SEPARATOR;
    let groups = 0;
    let digits = 0;
    let position = runStart;
    let groupEnd = digitRun.end;
    for (;;) {
      if (groups < MAX_GROUPS) groupLengths[groups] = groupEnd - position;
      groups++;
      digits += groupEnd - position;
      position = groupEnd;
      const code = text.charCodeAt(position);
      const continues =
        (code === SPACE || code === HYPHEN) &&
        (separator === NO_SEPARATOR || code === separator) &&
        isAsciiDigit(text.charCodeAt(position + 1));
      if (!continues) break;
      separator = code;
      position++;
      groupEnd = digitRunEnd(text, position);
    }
    const runEnd = position;
    from = runEnd;
    if (groups > MAX_GROUPS || digits < MIN_DIGITS) continue;
    if (!isNumberStartFree(text, runStart, separator) || !isNumberEndFree(text, runEnd, separator)) continue;

    if (digits <= MAX_DIGITS && isCardGrouping(groups) && isCard(text, runStart, runEnd, digits)) {
      report('CREDIT_CARD', runStart, runEnd, CONFIDENCE);
      continue;
    }
    const trailing = groupLengths[groups - 1]!;
    if (groups < 2 || trailing > 4) continue;
    const cardDigits = digits - trailing;
    const cardEnd = runEnd - trailing - 1;
    if (cardDigits < MIN_DIGITS || cardDigits > MAX_DIGITS || !isCardGrouping(groups - 1)) continue;
    if (isCard(text, runStart, cardEnd, cardDigits)) report('CREDIT_CARD', runStart, cardEnd, CONFIDENCE);
  }
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
function isCard(text: string, start: number, end: number, digits: number): boolean {
  return isKnownCardIssuer(digitsValue(text, start, 4), digits) && isLuhnValid(text, start, end);
}

export const creditCardDetector: Detector = {
  name: 'credit_card',
  types: ['CREDIT_CARD'],
  enabledByDefault: true,
  trigger: { digit: true },
  find: findCreditCards,
};

export const creditCardDetectors: readonly Detector[] = [creditCardDetector];
