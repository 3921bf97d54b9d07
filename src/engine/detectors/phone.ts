import type { Detector, Report } from '../types.js';
import { isAsciiDigit } from '../text/chars.js';
import { findDigitRun, FREE_RUNS, type DigitRun } from '../text/digit-runs.js';
import { extensionEnd, hasLeftBoundary, hasRightBoundary } from './phone/boundaries.js';
import { MAX_DIGITS, PhoneCandidate } from './phone/candidate.js';
import {
  classify,
  FORMATTED,
  GENERIC_CONTIGUOUS,
  GENERIC_GROUPED,
  INTERNATIONAL,
  MIN_DIGITS,
  NEEDS_CONTEXT_BARE,
  NEEDS_CONTEXT_GROUPED,
  REJECT,
  type Verdict,
} from './phone/classify.js';
import { hasPhoneContext, isAfterPhoneScheme } from './phone/context.js';
import { isRunEnd, nextStartInRun, PhoneRun } from './phone/run.js';
import { cannotOpenNumber } from './phone/opening.js';
import { isOpenParen, plusSignLength } from './phone/separators.js';

const PLUS = 43;
const VALIDATED = 0.9;
const GENERIC_GROUPED_CONFIDENCE = 0.8;
const GENERIC_CONTIGUOUS_CONFIDENCE = 0.7;
const CONTEXT_ONLY = 0.75;

// Shared parse state; `find` is synchronous and never re-entered, so scans allocate nothing.
const run = new PhoneRun();
const candidate = new PhoneCandidate();
/** The digit run that `runStartFrom` last found. */
const digitRun: DigitRun = { start: 0, end: 0 };

/**
 * Finds phone numbers in one pass. Each maximal run of digit groups and separators is measured
 * once (card numbers and IBAN-style chunks are skipped whole), then phones are read from its start and
 * from every point where whitespace alone splits it: for each start the longest prefix of groups
 * that a numbering plan accepts wins. Every step reads a bounded stretch, so the scan is linear.
 */
function findPhones(text: string, report: Report): void {
  let index = runStartFrom(text, 0);
  while (index !== -1) {
    if (isRunEnd(text, digitRun.end) && isHopelessLoneGroup(text, index)) {
      index = runStartFrom(text, digitRun.end);
      continue;
    }
    const runEnd = run.scan(text, index);
    let resume = runEnd;
    // Every candidate read inside the run holds some of its digits, so a run of too few holds none.
    if (!run.skip && run.digitCount >= MIN_DIGITS) {
      let position = index;
      while (position < runEnd) {
        let end = matchAt(text, position, report);
        // `(555-123-4567)`: parentheses around the whole number, not the area code.
        if (end === -1 && isOpenParen(text.charCodeAt(position))) end = matchAt(text, position + 1, report);
        if (end !== -1 && end > resume) resume = end;
        position = nextStartInRun(text, end === -1 ? position : end - 1, runEnd);
      }
    }
    index = runStartFrom(text, resume);
  }
}

/**
 * Whether the run at `index`, a lone group of digits (`digitRun`, nothing after it that could
 * join another group), is passed over unmeasured: no phone may start at it (`$40`, `#12`,
 * `ORD-2024`), or its digits are too few or too many for any number (a `+` or `(` before them
 * adds none). `%2B` is left to the full reading: its `2` is the group found, not the number.
 */
function isHopelessLoneGroup(text: string, index: number): boolean {
  const digits = digitRun.end - digitRun.start;
  if (index === digitRun.start) return digits < MIN_DIGITS || digits > MAX_DIGITS || !hasLeftBoundary(text, index);
  const decoration = text.charCodeAt(index);
  return (decoration === PLUS || isOpenParen(decoration)) && (digits < MIN_DIGITS || digits > MAX_DIGITS);
}

/**
 * The first position at or after `from` where a run starts: a digit, or the `+`, `%2B` or `(`
 * written right before one. Every run holds a digit, so only the character before the next
 * digit needs a look.
 */
function runStartFrom(text: string, from: number): number {
  if (!findDigitRun(text, from, digitRun, FREE_RUNS)) return -1;
  const digit = digitRun.start;
  // `(` and `+` sit right before the digit; so does `%2B`, whose `2` is the digit found.
  return digit > from && startsRun(text, digit - 1) ? digit - 1 : digit;
}

function startsRun(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (isAsciiDigit(code)) return true;
  const plus = plusSignLength(text, index);
  if (plus !== 0) return isAsciiDigit(text.charCodeAt(index + plus));
  return isOpenParen(code) && isAsciiDigit(text.charCodeAt(index + 1));
}

/** Reports the longest phone starting at `start`; returns its end, or -1 when there is none. */
function matchAt(text: string, start: number, report: Report): number {
  if (cannotOpenNumber(text, start) || !hasLeftBoundary(text, start) || !candidate.parse(text, start)) return -1;
  let context = -1;
  for (let last = candidate.groupCount - 1; last >= 0; last--) {
    let end = candidate.endOf(last);
    if (candidate.separatorAfter[last] !== 0) {
      // The text goes on with another group: only whitespace may end a phone there.
      if (!candidate.isSplitAfter(last)) continue;
    } else {
      end = extensionEnd(text, end);
      if (!hasRightBoundary(text, end)) continue;
    }
    const verdict = classify(candidate, last);
    if (verdict === REJECT) continue;
    if (context === -1 && needsContext(verdict)) context = contextStrength(text, start);
    const confidence = confidenceOf(verdict, context);
    if (confidence === 0) continue;
    report('PHONE', start, end, confidence);
    return end;
  }
  return -1;
}

function needsContext(verdict: Verdict): boolean {
  return verdict === NEEDS_CONTEXT_BARE || verdict === NEEDS_CONTEXT_GROUPED;
}

const NO_CONTEXT = 0;
const PHONE_WORD = 1;
const PHONE_URI = 2;

function contextStrength(text: string, start: number): number {
  if (isAfterPhoneScheme(text, start)) return PHONE_URI;
  return hasPhoneContext(text, start) ? PHONE_WORD : NO_CONTEXT;
}

function confidenceOf(verdict: Verdict, context: number): number {
  switch (verdict) {
    case INTERNATIONAL:
    case FORMATTED:
      return VALIDATED;
    case GENERIC_GROUPED:
      return GENERIC_GROUPED_CONFIDENCE;
    case GENERIC_CONTIGUOUS:
      return GENERIC_CONTIGUOUS_CONFIDENCE;
    case NEEDS_CONTEXT_GROUPED:
      return context > NO_CONTEXT ? VALIDATED : 0;
    case NEEDS_CONTEXT_BARE:
      if (context === PHONE_URI) return VALIDATED;
      return context === PHONE_WORD ? CONTEXT_ONLY : 0;
    default:
      return 0;
  }
}

export const phoneDetector: Detector = {
  name: 'phone',
  types: ['PHONE'],
  enabledByDefault: true,
  trigger: { digit: true },
  find: findPhones,
};

export const phoneDetectors: readonly Detector[] = [phoneDetector];
