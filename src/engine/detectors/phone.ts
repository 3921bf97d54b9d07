import type { Detector, Report } from '../types.js';
import { isAsciiDigit } from '../text/chars.js';
import { codeUnitsOf } from '../text/code-units.js';
import { DigitRunWalk, FREE_RUNS } from '../text/digit-runs.js';
import { extensionEnd, hasLeftBoundary, hasRightBoundary } from './phone/boundaries.js';
import { MAX_DIGITS, PhoneCandidate } from './phone/candidate.js';
import {
  canBeBareBlock,
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
import { endsAfterFirstGroup, nextStartInRun, PhoneRun } from './phone/run.js';
import { cannotOpenNumber } from './phone/opening.js';
import { plusSignLength } from './phone/separators.js';

const PLUS = 43;
const OPEN_PAREN = 40;
const VALIDATED = 0.9;
const GENERIC_GROUPED_CONFIDENCE = 0.8;
const GENERIC_CONTIGUOUS_CONFIDENCE = 0.7;
const CONTEXT_ONLY = 0.75;

// Shared parse state; `find` is synchronous and never re-entered, so scans allocate nothing.
const run = new PhoneRun();
const candidate = new PhoneCandidate();
/** The free digit runs of the text; the run that `runStartFrom` last found. */
const digitRun = new DigitRunWalk();

/**
 * Finds phone numbers in one pass. Each maximal run of digit groups and separators is measured
 * once (card numbers and IBAN-style chunks are skipped whole, and so is a lone group no phone
 * can be), then phones are read from its start and from every point where whitespace alone
 * splits it: for each start the longest prefix of groups that a numbering plan accepts wins.
 * Every step reads a bounded stretch, so the scan is linear.
 */
function findPhones(text: string, report: Report): void {
  const length = text.length;
  let units = codeUnitsOf(text);
  digitRun.begin(text, FREE_RUNS);
  let index = runStartFrom(text, units, 0);
  while (index !== -1) {
    if (isHopelessLoneGroup(text, units, index)) {
      index = runStartFrom(text, units, digitRun.end);
      continue;
    }
    const runEnd = run.scan(units, length, index);
    let resume = runEnd;
    // Every candidate read inside the run holds some of its digits, so a run of too few holds none.
    if (!run.skip && run.digitCount >= MIN_DIGITS) {
      let position = index;
      while (position < runEnd) {
        let end = matchAt(text, units, position, report);
        // `(555-123-4567)`: parentheses around the whole number, not the area code.
        if (end === -1 && units[position] === OPEN_PAREN) end = matchAt(text, units, position + 1, report);
        if (end !== -1) {
          if (end > resume) resume = end;
          // The report callback may have scanned another text, and the view and the walk are shared.
          units = codeUnitsOf(text);
          digitRun.begin(text, FREE_RUNS);
        }
        position = run.spaced ? nextStartInRun(units, end === -1 ? position : end - 1, runEnd) : runEnd;
      }
    }
    index = runStartFrom(text, units, resume);
  }
}

/**
 * Whether the run at `index` is passed over unmeasured: a lone group of digits (`digitRun`,
 * nothing after it that joins another group) that no phone may start at (`$40`, `#12`,
 * `ORD-2024`), or whose digits are too few or too many for any number (a `+` or `(` before them
 * adds none) or, written bare, for a national one. `%2B` is left to the full reading: its `2`
 * is the group found, not the number. The cheap tests on the group come first.
 */
function isHopelessLoneGroup(text: string, units: Uint16Array, index: number): boolean {
  const digits = digitRun.end - digitRun.start;
  const possible = digits >= MIN_DIGITS && digits <= MAX_DIGITS;
  if (index === digitRun.start) {
    if (possible && canBeBareBlock(units[index]! - 48, digits) && hasLeftBoundary(text, units, index)) return false;
  } else if (possible || (units[index] !== PLUS && units[index] !== OPEN_PAREN)) {
    return false;
  }
  return endsAfterFirstGroup(units, text.length, digitRun.end);
}

/**
 * The first position at or after `from` where a run starts: a digit, or the `+`, `%2B` or `(`
 * written right before one. Every run holds a digit, so only the character before the next
 * digit needs a look.
 */
function runStartFrom(text: string, units: Uint16Array, from: number): number {
  if (!digitRun.next(from)) return -1;
  const digit = digitRun.start;
  // `(` and `+` sit right before the digit; so does `%2B`, whose `2` is the digit found.
  return digit > from && startsRun(units, text.length, digit - 1) ? digit - 1 : digit;
}

/** Whether a run starts at `index`, right before a digit. */
function startsRun(units: Uint16Array, length: number, index: number): boolean {
  const code = units[index]!;
  if (isAsciiDigit(code) || code === PLUS || code === OPEN_PAREN) return true;
  return plusSignLength(units, length, index) === 3 && index + 3 < length && isAsciiDigit(units[index + 3]!);
}

/** Reports the longest phone starting at `start`; returns its end, or -1 when there is none. */
function matchAt(text: string, units: Uint16Array, start: number, report: Report): number {
  const length = text.length;
  if (
    !hasLeftBoundary(text, units, start) ||
    cannotOpenNumber(units, length, start) ||
    !candidate.parse(units, length, start)
  ) {
    return -1;
  }
  let context = -1;
  for (let last = candidate.groupCount - 1; last >= 0; last--) {
    // `classify` rejects too few digits, and shorter prefixes hold fewer: no end needs a look then.
    if (candidate.digitEnd[last]! < MIN_DIGITS) break;
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
  trigger: { digit: true, minDigits: MIN_DIGITS },
  find: findPhones,
};

export const phoneDetectors: readonly Detector[] = [phoneDetector];
