import type { Detector, Report } from '../types.js';
import { isAsciiDigit, isAsciiLetter, isAsciiLower, isAsciiUpper, isWordChar } from '../text/chars.js';
import { findDigitRun, type DigitRun } from '../text/digit-runs.js';
import { endsEscape } from '../text/escapes.js';
import { isIbanChecksumValid } from '../validators/iban-checksum.js';
import { ibanLengthForCountry, MIN_IBAN_LENGTH } from '../validators/iban-countries.js';

const CONFIDENCE = 0.95;
const SPACE = 32;

const digitRun: DigitRun = { start: 0, end: 0 };

/**
 * Finds IBANs: a country code, two check digits and the national account number, with exactly
 * the length the country's registry entry gives, written compact (`DE89370400440532013000`) or
 * in groups of four separated by single spaces (`DE89 3704 0044 0532 0130 00`), and passing the
 * ISO 7064 mod-97 check. Letters may be all upper or all lower case, never mixed, so that
 * case-mixed base-62 ids do not qualify.
 */
function findIbans(text: string, report: Report): void {
  const last = text.length - MIN_IBAN_LENGTH;
  let from = 0;
  let matchedUntil = 0;
  while (findDigitRun(text, from, digitRun)) {
    // The check digits start a digit run right after the country code: look two letters back.
    const start = digitRun.start - 2;
    if (start > last) return;
    from = digitRun.end;
    if (start < matchedUntil || !isWordStart(text, start)) continue;
    const end = matchIban(text, start);
    if (end !== -1) {
      report('IBAN', start, end, CONFIDENCE);
      matchedUntil = end;
      from = end;
    }
  }
}

/** A letter with no word character (other than an escape's, `\nDE89…`) before it: where a country code may begin. */
function isWordStart(text: string, start: number): boolean {
  if (!isAsciiLetter(text.charCodeAt(start))) return false;
  return start === 0 || !isWordChar(text.charCodeAt(start - 1)) || endsEscape(text, start);
}

/** End of the IBAN starting at `start` (compact or grouped), or -1. */
function matchIban(text: string, start: number): number {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  const upper = isAsciiUpper(first);
  if (upper ? !isAsciiUpper(second) : !isAsciiLower(second)) return -1;
  if (!isAsciiDigit(text.charCodeAt(start + 2)) || !isAsciiDigit(text.charCodeAt(start + 3))) return -1;
  const total = ibanLengthForCountry(first, second);
  if (total === 0) return -1;

  let end: number;
  if (text.charCodeAt(start + 4) === SPACE) {
    end = matchGroups(text, start + 4, total - 4, upper);
  } else {
    end = matchRun(text, start + 4, total - 4, upper);
  }
  if (end === -1 || (end < text.length && isWordChar(text.charCodeAt(end)))) return -1;
  return isIbanChecksumValid(text, start, end) ? end : -1;
}

/** `count` account characters in one run from `position`; returns the end or -1. */
function matchRun(text: string, position: number, count: number, upper: boolean): number {
  const end = position + count;
  if (end > text.length) return -1;
  for (let i = position; i < end; i++) if (!isAccountChar(text.charCodeAt(i), upper)) return -1;
  return end;
}

/** `count` account characters as ` xxxx` groups (the last may be shorter) from `position`. */
function matchGroups(text: string, position: number, count: number, upper: boolean): number {
  let remaining = count;
  let cursor = position;
  while (remaining > 0) {
    if (text.charCodeAt(cursor) !== SPACE) return -1;
    const group = remaining < 4 ? remaining : 4;
    const end = matchRun(text, cursor + 1, group, upper);
    if (end === -1) return -1;
    cursor = end;
    remaining -= group;
  }
  return cursor;
}

function isAccountChar(code: number, upper: boolean): boolean {
  if (isAsciiDigit(code)) return true;
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
