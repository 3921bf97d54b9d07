import type { CustomPattern } from '../policy/types.js';
import type { Detector, Report } from './types.js';

/**
 * Turns a policy's custom pattern into a detector. The regex is compiled once; matching uses
 * a global exec loop that always advances, so a pattern that can match the empty string
 * cannot loop forever. Linear time is the pattern author's duty (documented).
 */
export function createPatternDetector(pattern: CustomPattern): Detector {
  const source = typeof pattern.pattern === 'string' ? pattern.pattern : pattern.pattern.source;
  const baseFlags = typeof pattern.pattern === 'string' ? (pattern.flags ?? '') : pattern.pattern.flags;
  const flags = baseFlags.includes('g') ? baseFlags : `${baseFlags}g`;
  const regex = new RegExp(source, flags);
  const confidence = pattern.confidence ?? 0.9;
  const type = pattern.type;
  const validate = pattern.validate;
  return {
    name: pattern.name,
    types: [type],
    enabledByDefault: true,
    trigger: pattern.keywords && pattern.keywords.length > 0 ? { keywords: pattern.keywords } : {},
    find(text: string, report: Report): void {
      regex.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = regex.exec(text)) !== null) {
        const value = match[0];
        if (value.length === 0) {
          regex.lastIndex++;
          continue;
        }
        if (validate === undefined || validate(value)) report(type, match.index, match.index + value.length, confidence);
      }
    },
  };
}
