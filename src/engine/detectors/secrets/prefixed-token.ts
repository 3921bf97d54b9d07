import type { Report } from '../../types.js';
import { isWordChar } from '../../text/chars.js';
import { followsEscape, isBase64UrlChar, isPlausibleKeyBody, runEnd } from './token-shape.js';

/** A credential made of a fixed literal prefix and a body of known alphabet and length. */
export interface PrefixedTokenRule {
  /** Case-sensitive literal, e.g. `ghp_`. */
  readonly prefix: string;
  readonly isBodyChar: (code: number) => boolean;
  readonly minBody: number;
  readonly maxBody: number;
  readonly confidence: number;
  /** Extra check on the body `[bodyStart, end)`; defaults to `isPlausibleKeyBody`. */
  readonly accept?: (text: string, bodyStart: number, end: number) => boolean;
}

/**
 * Reports every `prefix + body` in `text` for each rule. A prefix glued to a preceding
 * token character is not a start (`task-…` is not `sk-…`), and a body that runs on past
 * `maxBody` is some longer string, not a key. After each candidate the search resumes at
 * the end of its body run, so every character is walked at most once per rule.
 */
export function findPrefixedTokens(text: string, rules: readonly PrefixedTokenRule[], report: Report): void {
  for (let r = 0; r < rules.length; r++) findRule(text, rules[r]!, report);
}

function findRule(text: string, rule: PrefixedTokenRule, report: Report): void {
  const { prefix, isBodyChar } = rule;
  let at = text.indexOf(prefix);
  while (at !== -1) {
    if (at > 0 && !followsEscape(text, at)) {
      const previous = text.charCodeAt(at - 1);
      // `=` may be a body character (base64 padding) but before a prefix it is `key=`.
      if (isBase64UrlChar(previous) || (isBodyChar(previous) && previous !== 61)) {
        at = text.indexOf(prefix, at + 1);
        continue;
      }
    }
    const bodyStart = at + prefix.length;
    const runStop = runEnd(text, bodyStart, isBodyChar);
    // A dot may belong to the token (GitLab) or end the sentence it sits in.
    let end = runStop;
    while (end > bodyStart && text.charCodeAt(end - 1) === 46) end--;
    const length = end - bodyStart;
    if (
      length >= rule.minBody &&
      length <= rule.maxBody &&
      !(end < text.length && isWordChar(text.charCodeAt(end))) &&
      (rule.accept ?? isPlausibleKeyBody)(text, bodyStart, end)
    ) {
      report('SECRET', at, end, rule.confidence);
    }
    at = text.indexOf(prefix, Math.max(runStop, at + 1));
  }
}
