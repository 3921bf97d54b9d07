import type { Detector, Report } from '../types.js';
import { findDigitRun, FREE_RUNS, type DigitRun } from '../text/digit-runs.js';
import { hasWordAfter, hasWordBefore } from '../text/context-words.js';
import {
  digitsValue,
  isNumberEndFree,
  isNumberStartFree,
  matchDigitGroups,
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
const digitRun: DigitRun = { start: 0, end: 0 };

/**
 * Finds US Social Security numbers written AAA-GG-SSSS with hyphens or spaces (one separator,
 * used consistently), and bare nine-digit numbers only when `ssn`, `SSN#` or `social security`
 * appears shortly before (32 characters) or just after (16 characters). Numbers that were never
 * issued (area 000, 666, 900–999, group 00, serial 0000) and the publicly voided sample numbers
 * 078-05-1120 and 219-09-9999 are skipped.
 */
function findSsns(text: string, report: Report): void {
  let from = 0;
  while (findDigitRun(text, from, digitRun, FREE_RUNS)) {
    const start = digitRun.start;
    const runEnd = digitRun.end;
    const runLength = runEnd - start;
    from = runEnd;
    if (runLength === 3) {
      const end = matchDigitGroups(text, start, SSN_GROUPS);
      if (end !== -1 && isFormattedSsn(text, start, end)) {
        report('US_SSN', start, end, FORMATTED_CONFIDENCE);
        from = end;
      }
    } else if (runLength === 9 && isLabelledSsn(text, start, runEnd)) {
      report('US_SSN', start, runEnd, LABELLED_CONFIDENCE);
    }
  }
}

function isFormattedSsn(text: string, start: number, end: number): boolean {
  const separator = text.charCodeAt(start + 3);
  if (!isNumberStartFree(text, start, separator) || !isNumberEndFree(text, end, separator)) return false;
  return isIssuableSsn(digitsValue(text, start, 3), digitsValue(text, start + 4, 2), digitsValue(text, start + 7, 4));
}

function isLabelledSsn(text: string, start: number, end: number): boolean {
  if (!isNumberStartFree(text, start) || !isNumberEndFree(text, end)) return false;
  if (!isIssuableSsn(digitsValue(text, start, 3), digitsValue(text, start + 3, 2), digitsValue(text, start + 5, 4))) {
    return false;
  }
  return hasWordBefore(text, start, LABEL_WINDOW_BEFORE, LABELS) || hasWordAfter(text, end, LABEL_WINDOW_AFTER, LABELS);
}

export const usSsnDetector: Detector = {
  name: 'us_ssn',
  types: ['US_SSN'],
  enabledByDefault: true,
  trigger: { digit: true },
  find: findSsns,
};

export const usSsnDetectors: readonly Detector[] = [usSsnDetector];
