import type { Detector, Report } from '../types.js';
import { isAsciiLower, isAsciiUpper } from '../text/chars.js';
import { codeUnitsOf } from '../text/code-units.js';
import { ANY_RUN, DigitRunWalk } from '../text/digit-runs.js';
import { endsEscapeIn, isDigitUnit, isWordUnit } from '../text/number-boundaries.js';
import { isIbanChecksumValid } from '../validators/iban-checksum.js';
import { ibanLengthForCountry, MIN_IBAN_LENGTH } from '../validators/iban-countries.js';

const CONFIDENCE = 0.95;
const SPACE = 32;

const runs = new DigitRunWalk();

/**
 * Finds IBANs: a country code, two check digits and the national account number, with exactly
 * the length the country's registry entry gives, written compact (`DE89370400440532013000`) or
 * in groups of four separated by single spaces (`DE89 3704 0044 0532 0130 00`), and passing the
 * ISO 7064 mod-97 check. Letters may be all upper or all lower case, never mixed, so that
 * case-mixed base-62 ids do not qualify.
 */
function findIbans(text: string, report: Report): void {
  const last = text.length - MIN_IBAN_LENGTH;
  let units = codeUnitsOf(text);
  runs.begin(text, ANY_RUN);
  let from = 0;
  let matchedUntil = 0;
  while (runs.next(from)) {
    // The check digits start a digit run right after the country code: look two letters back.
    const start = runs.start - 2;
    if (start > last) return;
    from = runs.end;
    // Both check digits are in the run (a run cut at `from` has a digit, not a letter, before it).
    if (runs.end - runs.start < 2 || start < matchedUntil || !isCountryCodeStart(units, start)) continue;
    const end = matchIban(text, units, start);
    if (end !== -1) {
      report('IBAN', start, end, CONFIDENCE);
      // `report` may have looked at another text, which replaces the shared code units and walk.
      units = codeUnitsOf(text);
      runs.begin(text, ANY_RUN);
      matchedUntil = end;
      from = end;
    }
  }
}

/**
 * Two letters of one case that name an IBAN country at `start`, with no word character (other than an escape's,
 * `\nDE89…`) before them: where a country code may begin.
 */
function isCountryCodeStart(units: Uint16Array, start: number): boolean {
  if (start < 0) return false;
  const first = units[start]!;
  const second = units[start + 1]!;
  if (isAsciiUpper(first) ? !isAsciiUpper(second) : !(isAsciiLower(first) && isAsciiLower(second))) return false;
  if (ibanLengthForCountry(first, second) === 0) return false;
  return start === 0 || !isWordUnit(units[start - 1]!) || endsEscapeIn(units, start);
}

/** End of the IBAN starting at `start` (compact or grouped), or -1. */
function matchIban(text: string, units: Uint16Array, start: number): number {
  const length = text.length;
  const first = units[start]!;
  const second = units[start + 1]!;
  const upper = isAsciiUpper(first);
  if (upper ? !isAsciiUpper(second) : !isAsciiLower(second)) return -1;
  if (!isDigitUnit(units[start + 2]!) || !isDigitUnit(units[start + 3]!)) return -1;
  const total = ibanLengthForCountry(first, second);
  if (total === 0) return -1;

  let end: number;
  if (units[start + 4] === SPACE) {
    end = matchGroups(units, length, start + 4, total - 4, upper);
  } else {
    end = matchRun(units, length, start + 4, total - 4, upper);
  }
  if (end === -1 || (end < length && isWordUnit(units[end]!))) return -1;
  return isIbanChecksumValid(text, start, end) ? end : -1;
}

/** `count` account characters in one run from `position`; returns the end or -1. */
function matchRun(units: Uint16Array, length: number, position: number, count: number, upper: boolean): number {
  const end = position + count;
  if (end > length) return -1;
  for (let i = position; i < end; i++) if (!isAccountChar(units[i]!, upper)) return -1;
  return end;
}

/** `count` account characters as ` xxxx` groups (the last may be shorter) from `position`. */
function matchGroups(units: Uint16Array, length: number, position: number, count: number, upper: boolean): number {
  let remaining = count;
  let cursor = position;
  while (remaining > 0) {
    if (cursor >= length || units[cursor] !== SPACE) return -1;
    const group = remaining < 4 ? remaining : 4;
    const end = matchRun(units, length, cursor + 1, group, upper);
    if (end === -1) return -1;
    cursor = end;
    remaining -= group;
  }
  return cursor;
}

function isAccountChar(code: number, upper: boolean): boolean {
  if (isDigitUnit(code)) return true;
  return upper ? isAsciiUpper(code) : isAsciiLower(code);
}

export const ibanDetector: Detector = {
  name: 'iban',
  types: ['IBAN'],
  enabledByDefault: true,
  trigger: { digit: true },
  find: findIbans,
};

export const ibanDetectors: readonly Detector[] = [ibanDetector];
