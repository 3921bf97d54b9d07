import type { Report } from '../../types.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
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
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    let at = text.indexOf(rule.prefix);
    while (at !== -1) at = text.indexOf(rule.prefix, examineCandidate(text, rule, at, report));
  }
}

/**
 * `findPrefixedTokens` from the scanner's keyword hits, whose keywords must include every
 * prefix (ignoring case): no search of the text per rule.
 */
export function findPrefixedTokensAtHits(
  text: string,
  rules: readonly PrefixedTokenRule[],
  hits: KeywordHits,
  report: Report,
): void {
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    let resume = 0;
    for (let h = 0; h < hits.count; h++) {
      const at = hits.starts[h]!;
      if (at >= resume && text.startsWith(rule.prefix, at)) resume = examineCandidate(text, rule, at, report);
    }
  }
}

/** Checks the candidate whose prefix starts at `at`; returns where the search for this rule resumes. */
function examineCandidate(text: string, rule: PrefixedTokenRule, at: number, report: Report): number {
  const { prefix, isBodyChar } = rule;
  if (at > 0 && !followsEscape(text, at)) {
    const previous = text.charCodeAt(at - 1);
    // `=` may be a body character (base64 padding) but before a prefix it is `key=`.
    if (isBase64UrlChar(previous) || (isBodyChar(previous) && previous !== 61)) return at + 1;
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
  return Math.max(runStop, at + 1);
}
