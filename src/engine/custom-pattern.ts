import type { CustomPattern } from '../policy/types.js';
import type { Detector, PiiType, Report } from './types.js';

/**
 * Reports every match of a global regex. An empty match moves on by one code point, so a
 * pattern such as `/x?/g` cannot stall the loop.
 */
export function reportRegexMatches(pattern: RegExp, text: string, type: PiiType, confidence: number, report: Report): void {
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const start = match.index;
    const length = match[0].length;
    if (length === 0) {
      pattern.lastIndex = start + (pattern.unicode && isHighSurrogateAt(text, start) ? 2 : 1);
      continue;
    }
    report(type, start, start + length, confidence);
  }
}

function isHighSurrogateAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Turns a policy's custom pattern into a detector. The regex is copied once with the global
 * flag (and without sticky), so its `lastIndex` is ours alone. Linear time is the pattern
 * author's duty (documented): no nested unbounded quantifiers.
 */
export function createPatternDetector(pattern: CustomPattern): Detector {
  const source = typeof pattern.pattern === 'string' ? pattern.pattern : pattern.pattern.source;
  const baseFlags = (typeof pattern.pattern === 'string' ? (pattern.flags ?? '') : pattern.pattern.flags).replace('y', '');
  const regex = new RegExp(source, baseFlags.includes('g') ? baseFlags : `${baseFlags}g`);
  const confidence = pattern.confidence ?? 0.9;
  const type = pattern.type;
  const validate = pattern.validate;
  const find =
    validate === undefined
      ? (text: string, report: Report) => reportRegexMatches(regex, text, type, confidence, report)
      : (text: string, report: Report) =>
          reportRegexMatches(regex, text, type, confidence, (t, start, end, c) => {
            if (validate(text.slice(start, end))) report(t, start, end, c);
          });
  return {
    name: pattern.name,
    types: [type],
    enabledByDefault: true,
    trigger: pattern.keywords && pattern.keywords.length > 0 ? { keywords: pattern.keywords } : {},
    find,
  };
}
