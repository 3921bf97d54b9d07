import type { Detector, Report } from '../types.js';
import { isAsciiDigit, isAsciiUpper, isWordChar } from '../text/chars.js';
import { hasWordBefore } from '../text/context-words.js';
import { digitRunEnd, isNumberEndFree, isNumberStartFree, matchDigitGroups } from '../text/number-boundaries.js';
import { isLuhnValid } from '../validators/luhn.js';
import { isValidNinoPrefix } from '../validators/uk-nino-prefix.js';
import { isVerhoeffValid } from '../validators/verhoeff.js';

const SPACE = 32;
/** How far before a bare number its label may start (`SIN: 123456782`). */
const LABEL_WINDOW = 32;

const NINO_CONFIDENCE = 0.85;

/**
 * UK National Insurance numbers: two prefix letters allowed by HMRC (first not D F I Q U V,
 * second not D F I O Q U V, never BG GB KN NK NT TN ZZ), six digits, suffix A–D, upper case,
 * written `AB123456C`, `AB 12 34 56 C` or `AB 123456 C`. HMRC's own example prefix `QQ` is
 * invalid by these rules and is not reported.
 */
function findUkNinos(text: string, report: Report): void {
  const length = text.length;
  let index = 0;
  while (index < length) {
    if (!isAsciiUpper(text.charCodeAt(index)) || (index > 0 && isWordChar(text.charCodeAt(index - 1)))) {
      index++;
      continue;
    }
    const end = matchNino(text, index);
    if (end !== -1) {
      report('UK_NINO', index, end, NINO_CONFIDENCE);
      index = end;
      continue;
    }
    index++;
    while (index < length && isWordChar(text.charCodeAt(index))) index++;
  }
}

function matchNino(text: string, start: number): number {
  if (!isValidNinoPrefix(text.charCodeAt(start), text.charCodeAt(start + 1))) return -1;
  let position = start + 2;
  const spaced = text.charCodeAt(position) === SPACE;
  if (spaced) position++;
  if (spaced && text.charCodeAt(position + 2) === SPACE) {
    for (let pair = 0; pair < 3; pair++) {
      if (pair > 0 && text.charCodeAt(position++) !== SPACE) return -1;
      if (digitRunEnd(text, position) !== position + 2) return -1;
      position += 2;
    }
  } else {
    if (digitRunEnd(text, position) !== position + 6) return -1;
    position += 6;
  }
  if (spaced && text.charCodeAt(position) === SPACE) position++;
  const suffix = text.charCodeAt(position);
  if (!(suffix >= 65 && suffix <= 68)) return -1;
  position++;
  return position < text.length && isWordChar(text.charCodeAt(position)) ? -1 : position;
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
  let index = 0;
  while (index < length) {
    if (!isAsciiDigit(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const runEnd = digitRunEnd(text, index);
    if (runEnd - index === groups[0]) {
      const end = matchDigitGroups(text, index, groups);
      const separator = text.charCodeAt(index + groups[0]);
      if (end !== -1 && isNumberStartFree(text, index, separator) && isNumberEndFree(text, end, separator)) {
        check(text, report, index, end, true);
        index = end;
        continue;
      }
    } else if (runEnd - index === bareLength && isNumberStartFree(text, index) && isNumberEndFree(text, runEnd)) {
      check(text, report, index, runEnd, false);
    }
    index = runEnd;
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
