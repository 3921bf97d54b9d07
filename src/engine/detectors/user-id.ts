import { createPatternDetector } from '../custom-pattern.js';
import type { Detector, PiiType, Report } from '../types.js';
import { isAsciiAlphanumeric, isAsciiDigit, isBoundaryAt } from '../text/chars.js';
import { type AnchoredDetector, findViaOwnSweep } from '../text/anchored-detector.js';
import type { KeywordHits } from '../text/keyword-hits.js';

const CONFIDENCE = 0.85;
const KEYWORDS = ['user', 'usr_'];
const MIN_DIGITS = 3;
const MAX_DIGITS = 24;
const MIN_HANDLE = 6;
const MAX_HANDLE = 40;

/**
 * `user_12345`, `user-12345`, `user12345` (at least three digits) and `usr_` ids such as
 * `usr_8fK2pQ91`, any case. Word-bounded both sides, so `enduser_12345`, `user_2024_01_01` and
 * `users_123` stay. Only the keyword hits are examined, each with bounded loops.
 */
function findUserIdsAtHits(text: string, hits: KeywordHits, report: Report): void {
  let resume = 0;
  for (let h = 0; h < hits.count; h++) {
    const start = hits.starts[h]!;
    if (start < resume || !isBoundaryAt(text, start - 1)) continue;
    // `usr_` has an `r` where `user` has an `e`.
    const isHandle = (text.charCodeAt(start + 2) | 32) === 114;
    const end = isHandle ? handleEnd(text, hits.ends[h]!) : numberedEnd(text, hits.ends[h]!);
    if (end === -1) continue;
    report('USER_ID', start, end, CONFIDENCE);
    resume = end;
  }
}

/** After `user`: an optional `_` or `-`, then 3 to 24 digits ending the word; -1 otherwise. */
function numberedEnd(text: string, from: number): number {
  const separator = text.charCodeAt(from);
  const digitsStart = separator === 95 || separator === 45 ? from + 1 : from;
  return boundedRunEnd(text, digitsStart, MIN_DIGITS, MAX_DIGITS, isAsciiDigit);
}

/** After `usr_`: 6 to 40 letters and digits ending the word; -1 otherwise. */
function handleEnd(text: string, from: number): number {
  return boundedRunEnd(text, from, MIN_HANDLE, MAX_HANDLE, isAsciiAlphanumeric);
}

function boundedRunEnd(text: string, from: number, min: number, max: number, isChar: (code: number) => boolean): number {
  let end = from;
  while (end < text.length && end - from <= max && isChar(text.charCodeAt(end))) end++;
  const length = end - from;
  return length >= min && length <= max && isBoundaryAt(text, end) ? end : -1;
}

/**
 * Turns a configured id pattern (e.g. `/\bcust-[0-9]{6}\b/`) into a detector. The pattern is
 * copied with the global flag added, so its `lastIndex` is ours alone; empty matches are skipped.
 * The caller vouches for the pattern being linear (no nested unbounded quantifiers).
 */
export function createIdPatternDetector(name: string, pattern: RegExp, type: PiiType = 'USER_ID'): Detector {
  if (typeof name !== 'string' || name.length === 0) throw new TypeError('Id pattern detector: name must be a non-empty string');
  if (!(pattern instanceof RegExp)) throw new TypeError('Id pattern detector: pattern must be a RegExp');
  return createPatternDetector({ name, type, pattern, confidence: CONFIDENCE });
}

export const userIdDetector: AnchoredDetector = {
  name: 'user-id',
  types: ['USER_ID'],
  enabledByDefault: true,
  trigger: { keywords: KEYWORDS },
  find: findViaOwnSweep(KEYWORDS, findUserIdsAtHits),
  findAtHits: findUserIdsAtHits,
};

export const userIdDetectors: readonly Detector[] = [userIdDetector];
