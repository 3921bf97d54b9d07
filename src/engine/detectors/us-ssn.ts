import type { Detector, Report } from '../types.js';
import { codeUnitsOf } from '../text/code-units.js';
import { DigitRunWalk, FREE_RUNS } from '../text/digit-runs.js';
import { hasWordAfter, hasWordBefore } from '../text/context-words.js';
import {
  digitsValueIn,
  isNumberEndFreeIn,
  isNumberStartFreeIn,
  matchDigitGroupsIn,
} from '../text/number-boundaries.js';
import { isIssuableSsn } from '../validators/us-ssn-rules.js';

const SSN_GROUPS: readonly number[] = [3, 2, 4];
const FORMATTED_CONFIDENCE = 0.9;
/** Nine bare digits are an SSN only because a label says so: a weaker signal. */
const LABELLED_CONFIDENCE = 0.8;
/** How far before a bare number its label may end (`SSN on file: 123456789`). */
const LABEL_WINDOW_BEFORE = 32;
/** How far after a bare number its label may start (`Is 123456789 a valid SSN?`). */
const LABEL_WINDOW_AFTER = 16;
const LABELS: readonly string[] = ['ssn', 'social security', 'ss#'];
const runs = new DigitRunWalk();

/**
 * Finds US Social Security numbers written AAA-GG-SSSS with hyphens or spaces (one separator,
 * used consistently), and bare nine-digit numbers only when `ssn`, `SSN#` or `social security`
 * appears shortly before (32 characters) or just after (16 characters). Numbers that were never
 * issued (area 000, 666, 900–999, group 00, serial 0000) and the publicly voided sample numbers
 * 078-05-1120 and 219-09-9999 are skipped.
 */
function findSsns(text: string, report: Report): void {
  const length = text.length;
  let units = codeUnitsOf(text);
  runs.begin(text, FREE_RUNS);
  let from = 0;
  while (runs.next(from)) {
    const start = runs.start;
    const runEnd = runs.end;
    const runLength = runEnd - start;
    from = runEnd;
    if (runLength === 3) {
      const end = matchDigitGroupsIn(units, length, start, SSN_GROUPS);
      if (end === -1 || !isFormattedSsn(units, length, start, end)) continue;
      report('US_SSN', start, end, FORMATTED_CONFIDENCE);
      from = end;
    } else if (runLength === 9 && isLabelledSsn(text, units, start, runEnd)) {
      report('US_SSN', start, runEnd, LABELLED_CONFIDENCE);
    } else {
      continue;
    }
    // `report` may have looked at another text, which replaces the shared code units and walk.
    units = codeUnitsOf(text);
    runs.begin(text, FREE_RUNS);
  }
}

function isFormattedSsn(units: Uint16Array, length: number, start: number, end: number): boolean {
  const separator = units[start + 3]!;
  if (!isNumberStartFreeIn(units, start, separator) || !isNumberEndFreeIn(units, length, end, separator)) return false;
  return isIssuableSsn(digitsValueIn(units, start, 3), digitsValueIn(units, start + 4, 2), digitsValueIn(units, start + 7, 4));
}

function isLabelledSsn(text: string, units: Uint16Array, start: number, end: number): boolean {
  if (!isNumberStartFreeIn(units, start) || !isNumberEndFreeIn(units, text.length, end)) return false;
  if (!isIssuableSsn(digitsValueIn(units, start, 3), digitsValueIn(units, start + 3, 2), digitsValueIn(units, start + 5, 4))) {
    return false;
  }
  return hasWordBefore(text, start, LABEL_WINDOW_BEFORE, LABELS) || hasWordAfter(text, end, LABEL_WINDOW_AFTER, LABELS);
}

export const usSsnDetector: Detector = {
  name: 'us_ssn',
  types: ['US_SSN'],
  enabledByDefault: true,
  // Area, group and serial: three, two and four digits.
  trigger: { digit: true, minDigits: 9 },
  find: findSsns,
};

export const usSsnDetectors: readonly Detector[] = [usSsnDetector];
