import { createPatternDetector, reportRegexMatches } from '../custom-pattern.js';
import type { Detector, PiiType, Report } from '../types.js';

const CONFIDENCE = 0.85;

/**
 * `user_12345`, `user-12345`, `user12345` (at least three digits) and `usr_` ids such as
 * `usr_8fK2pQ91`. Word-bounded both sides, so `enduser_12345`, `user_2024_01_01` and `users_123`
 * stay. Bounded quantifiers keep the regex linear.
 */
const USER_ID = /\b(?:user[_-]?[0-9]{3,24}|usr_[A-Za-z0-9]{6,40})\b/gi;

function findUserIds(text: string, report: Report): void {
  reportRegexMatches(USER_ID, text, 'USER_ID', CONFIDENCE, report);
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

export const userIdDetector: Detector = {
  name: 'user-id',
  types: ['USER_ID'],
  enabledByDefault: true,
  trigger: { keywords: ['user', 'usr_'] },
  find: findUserIds,
};

export const userIdDetectors: readonly Detector[] = [userIdDetector];
