import type { Detector, Report } from '../types.js';
import { codeUnitsOf } from '../text/code-units.js';
import { ANY_RUN, DigitRunWalk, FREE_RUNS } from '../text/digit-runs.js';
import { hasWordBefore } from '../text/context-words.js';
import {
  digitRunEndIn,
  endsEscapeIn,
  isNumberEndFreeIn,
  isNumberStartFreeIn,
  isWordUnit,
  matchDigitGroupsIn,
} from '../text/number-boundaries.js';
import { isLuhnValid } from '../validators/luhn.js';
import { isValidNinoPrefix } from '../validators/uk-nino-prefix.js';
import { isVerhoeffValid } from '../validators/verhoeff.js';

const SPACE = 32;
/** How far before a bare number its label may start (`SIN: 123456782`). */
const LABEL_WINDOW = 32;

const NINO_CONFIDENCE = 0.85;

const runs = new DigitRunWalk();

/**
 * UK National Insurance numbers: two prefix letters allowed by HMRC (first not D F I Q U V,
 * second not D F I O Q U V, never BG GB KN NK NT TN ZZ), six digits, suffix A–D, upper case,
 * written `AB123456C`, `AB 12 34 56 C` or `AB 123456 C`. HMRC's own example prefix `QQ` is
 * invalid by these rules and is not reported.
 */
function findUkNinos(text: string, report: Report): void {
  const length = text.length;
  let units = codeUnitsOf(text);
  runs.begin(text, ANY_RUN);
  let from = 0;
  let matchedUntil = 0;
  while (runs.next(from)) {
    const digit = runs.start;
    from = runs.end;
    // The digits follow the two prefix letters directly or after one space: `AB123456C`, `AB 12 34 56 C`.
    const start = digit > 0 && units[digit - 1] === SPACE ? digit - 3 : digit - 2;
    if (start < matchedUntil || (start !== 0 && isWordUnit(units[start - 1]!) && !endsEscapeIn(units, start))) continue;
    const end = matchNino(units, length, start);
    if (end !== -1) {
      report('UK_NINO', start, end, NINO_CONFIDENCE);
      // `report` may have looked at another text, which replaces the shared code units and walk.
      units = codeUnitsOf(text);
      runs.begin(text, ANY_RUN);
      matchedUntil = end;
      from = end;
    }
  }
}

function matchNino(units: Uint16Array, length: number, start: number): number {
  if (start < 0 || !isValidNinoPrefix(units[start]!, units[start + 1]!)) return -1;
  let position = start + 2;
  const spaced = unitAt(units, length, position) === SPACE;
  if (spaced) position++;
  if (spaced && unitAt(units, length, position + 2) === SPACE) {
    for (let pair = 0; pair < 3; pair++) {
      if (pair > 0 && unitAt(units, length, position++) !== SPACE) return -1;
      if (digitRunEndIn(units, length, position) !== position + 2) return -1;
      position += 2;
    }
  } else {
    if (digitRunEndIn(units, length, position) !== position + 6) return -1;
    position += 6;
  }
  if (spaced && unitAt(units, length, position) === SPACE) position++;
  const suffix = unitAt(units, length, position);
  if (!(suffix >= 65 && suffix <= 68)) return -1;
  position++;
  return position < length && isWordUnit(units[position]!) ? -1 : position;
}

/** The code unit at `index`, or -1 past the end of the text (as `charCodeAt` gives NaN there). */
function unitAt(units: Uint16Array, length: number, index: number): number {
  return index < length ? units[index]! : -1;
}

const SIN_GROUPS: readonly number[] = [3, 3, 3];
const SIN_CONFIDENCE = 0.8;
const SIN_LABELLED_CONFIDENCE = 0.7;
const SIN_LABELS: readonly string[] = ['sin', 'social insurance'];

/**
 * Canadian Social Insurance Numbers: nine digits grouped 3-3-3 by spaces or hyphens, Luhn-valid,
 * first digit not 0 or 8 (never issued). Nine bare digits count only after a `SIN` or `social
 * insurance` label, at lower confidence.
 */
function findCaSins(text: string, report: Report): void {
  findGroupedNumbers(text, report, SIN_GROUPS, 9, reportSin);
}

function reportSin(text: string, report: Report, start: number, end: number, grouped: boolean): void {
  const first = text.charCodeAt(start);
  if (first === 48 || first === 56 || !isLuhnValid(text, start, end)) return;
  if (grouped) report('CA_SIN', start, end, SIN_CONFIDENCE);
  else if (hasWordBefore(text, start, LABEL_WINDOW, SIN_LABELS)) report('CA_SIN', start, end, SIN_LABELLED_CONFIDENCE);
}

const AADHAAR_GROUPS: readonly number[] = [4, 4, 4];
const AADHAAR_CONFIDENCE = 0.85;
const AADHAAR_LABELLED_CONFIDENCE = 0.75;
const AADHAAR_LABELS: readonly string[] = ['aadhaar', 'aadhar', 'uidai'];

/**
 * Indian Aadhaar numbers: twelve digits grouped 4-4-4 by spaces or hyphens, first digit 2–9,
 * Verhoeff-valid. Twelve bare digits (as common as AWS account ids) count only after an
 * `Aadhaar` or `UIDAI` label, at lower confidence.
 */
function findAadhaars(text: string, report: Report): void {
  findGroupedNumbers(text, report, AADHAAR_GROUPS, 12, reportAadhaar);
}

function reportAadhaar(text: string, report: Report, start: number, end: number, grouped: boolean): void {
  if (text.charCodeAt(start) < 50 || !isVerhoeffValid(text, start, end)) return;
  if (grouped) report('IN_AADHAAR', start, end, AADHAAR_CONFIDENCE);
  else if (hasWordBefore(text, start, LABEL_WINDOW, AADHAAR_LABELS)) {
    report('IN_AADHAAR', start, end, AADHAAR_LABELLED_CONFIDENCE);
  }
}

type CandidateCheck = (text: string, report: Report, start: number, end: number, grouped: boolean) => void;

/**
 * Walks digit runs once and hands `check` each free-standing candidate: `groups` joined by one
 * consistent separator, or `bareLength` digits in one run. `check` validates and reports.
 */
function findGroupedNumbers(
  text: string,
  report: Report,
  groups: readonly number[],
  bareLength: number,
  check: CandidateCheck,
): void {
  const length = text.length;
  const firstGroup = groups[0]!;
  let units = codeUnitsOf(text);
  runs.begin(text, FREE_RUNS);
  let from = 0;
  while (runs.next(from)) {
    const start = runs.start;
    const runEnd = runs.end;
    from = runEnd;
    if (runEnd - start === firstGroup) {
      const end = matchDigitGroupsIn(units, length, start, groups);
      if (end === -1) continue;
      const separator = units[start + firstGroup]!;
      if (!isNumberStartFreeIn(units, start, separator) || !isNumberEndFreeIn(units, length, end, separator)) continue;
      check(text, report, start, end, true);
      from = end;
    } else if (runEnd - start === bareLength && isNumberStartFreeIn(units, start) && isNumberEndFreeIn(units, length, runEnd)) {
      check(text, report, start, runEnd, false);
    } else {
      continue;
    }
    // `check` may have reported, and `report` may have looked at another text: it replaces the shared code units and walk.
    units = codeUnitsOf(text);
    runs.begin(text, FREE_RUNS);
  }
}

export const ukNinoDetector: Detector = {
  name: 'national_id.uk_nino',
  types: ['UK_NINO'],
  enabledByDefault: false,
  trigger: { digit: true },
  find: findUkNinos,
};

export const caSinDetector: Detector = {
  name: 'national_id.ca_sin',
  types: ['CA_SIN'],
  enabledByDefault: false,
  trigger: { digit: true },
  find: findCaSins,
};

export const inAadhaarDetector: Detector = {
  name: 'national_id.in_aadhaar',
  types: ['IN_AADHAAR'],
  enabledByDefault: false,
  trigger: { digit: true },
  find: findAadhaars,
};

export const nationalIdDetectors: readonly Detector[] = [ukNinoDetector, caSinDetector, inAadhaarDetector];
