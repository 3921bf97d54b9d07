import type { Detector, Report } from '../types.js';
import { isAsciiAlphanumeric, isAsciiLetter } from '../text/chars.js';
import { codeUnitsOf } from '../text/code-units.js';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

function isLocalChar(code: number): boolean {
  // Letters, digits and . _ - + % ! # $ & * ^ ~ from RFC 5322 atext. Left out: quote-like characters
  // that delimit addresses in prose and JSON, and `/ = ?` which in practice delimit URL paths,
  // CLI flags and query strings (`/users/jane@x.org`, `--admin=jane@x.org`) rather than belong to them.
  return (
    isAsciiAlphanumeric(code) ||
    code === 46 || code === 95 || code === 45 || code === 43 || code === 37 || code === 33 ||
    code === 35 || code === 36 || code === 38 || code === 42 || code === 94 || code === 126
  );
}

function isDomainChar(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 46 || code === 45;
}

/** Both sets as bits over ASCII (every member is ASCII): one table read per character walked. */
const LOCAL = 1;
const DOMAIN = 2;
const CHAR_SETS = new Uint8Array(128);
for (let code = 0; code < 128; code++) CHAR_SETS[code] = (isLocalChar(code) ? LOCAL : 0) | (isDomainChar(code) ? DOMAIN : 0);

function isIn(set: number, code: number): boolean {
  return code < 128 && (CHAR_SETS[code]! & set) !== 0;
}

/**
 * Finds `local@domain.tld`, also with the `@` URL-encoded as `%40`. Expands left and right from
 * each `@` with bounded loops, so the cost is linear in the text whatever it contains.
 */
function findEmails(text: string, report: Report): void {
  scanSeparator(text, '@', report);
  if (text.indexOf('%40') !== -1) scanSeparator(text, '%40', report);
}

function scanSeparator(text: string, separator: string, report: Report): void {
  let at = text.indexOf(separator);
  let previousEnd = 0;
  while (at !== -1) {
    // Fetched per `@`: a report may scan another text, which takes over the shared view.
    const units = codeUnitsOf(text);
    const afterAt = at + separator.length;
    // Local part: walk left, at most MAX_LOCAL characters and never into the previous match.
    let start = at;
    const floor = Math.max(previousEnd, at - MAX_LOCAL);
    while (start > floor && isIn(LOCAL, units[start - 1]!)) start--;
    while (start < at && units[start] === 46) start++;
    // Domain: walk right.
    let end = afterAt;
    const ceiling = Math.min(text.length, afterAt + MAX_DOMAIN);
    while (end < ceiling && isIn(DOMAIN, units[end]!)) end++;
    // Trailing dots and hyphens belong to the sentence, not to the domain.
    while (end > afterAt && (units[end - 1] === 46 || units[end - 1] === 45)) end--;

    if (
      start < at &&
      units[at - 1] !== 46 &&
      !isUrlPassword(text, start) &&
      isValidDomain(text, afterAt, end)
    ) {
      report('EMAIL', start, end, 0.95);
      previousEnd = end;
    }
    at = text.indexOf(separator, Math.max(at + 1, previousEnd));
  }
}

const MAX_USERINFO = 256;

/**
 * `scheme://user:password@host` and `scheme://token@host`: what precedes `@` is URL userinfo,
 * not an address. It is left to the URL-credentials and token detectors, which keep the host readable.
 */
function isUrlPassword(text: string, localStart: number): boolean {
  if (localStart >= 3 && text.startsWith('://', localStart - 3)) return true;
  if (localStart === 0 || text.charCodeAt(localStart - 1) !== 58) return false;
  const floor = Math.max(0, localStart - MAX_USERINFO);
  for (let i = localStart - 2; i >= floor + 2; i--) {
    const code = text.charCodeAt(i);
    if (code === 47 && text.charCodeAt(i - 1) === 47 && text.charCodeAt(i - 2) === 58) return true;
    if (code <= 32 || code === 34 || code === 39 || code === 60 || code === 62) return false;
  }
  return false;
}

/** At least two labels, none empty or hyphen-edged, and an alphabetic TLD of 2 to 24 letters. */
function isValidDomain(text: string, start: number, end: number): boolean {
  if (end - start < 4) return false;
  let labelStart = start;
  let labels = 0;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 46) {
      const length = i - labelStart;
      if (length === 0 || length > 63) return false;
      if (text.charCodeAt(labelStart) === 45 || text.charCodeAt(i - 1) === 45) return false;
      labels++;
      if (i === end) {
        if (labels < 2 || length < 2 || length > 24) return false;
        for (let j = labelStart; j < i; j++) if (!isAsciiLetter(text.charCodeAt(j))) return false;
      }
      labelStart = i + 1;
    }
  }
  return true;
}

export const emailDetector: Detector = {
  name: 'email',
  types: ['EMAIL'],
  enabledByDefault: true,
  trigger: { chars: '@', keywords: ['%40'] },
  find: findEmails,
};

export const emailDetectors: readonly Detector[] = [emailDetector];
