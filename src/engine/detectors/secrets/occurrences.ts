import type { Report } from '../../types.js';
import type { KeywordHits } from '../../text/keyword-hits.js';

/**
 * Drives a detector over the exact-case occurrences of a literal, in order, either by
 * searching the text (`find`) or from the scanner's keyword hits (`findAtHits`), so both
 * entry points share one candidate check and report the same findings. The hits come from a
 * case-insensitive sweep for the detector's trigger keywords and already cover every
 * occurrence; reading them saves one `indexOf` pass over the text per literal.
 */

/**
 * Looks at a candidate whose literal starts at `at`, reports what it finds, and returns
 * where the next candidate may start (values up to `at` mean `at + 1`).
 */
export type ExamineCandidate = (text: string, at: number, report: Report) => number;

/** Calls `examine` at each occurrence of `literal`, skipping those before the position it returned. */
export function examineOccurrences(text: string, literal: string, examine: ExamineCandidate, report: Report): void {
  let at = text.indexOf(literal);
  while (at !== -1) at = text.indexOf(literal, Math.max(examine(text, at, report), at + 1));
}

/**
 * Like `examineOccurrences`, visiting the hits (ordered by start) where `literal` occurs
 * exactly. A trigger keyword must be a prefix of `literal`, ignoring case, so that every
 * occurrence of the literal starts a hit.
 */
export function examineHits(text: string, hits: KeywordHits, literal: string, examine: ExamineCandidate, report: Report): void {
  let resume = 0;
  for (let h = 0; h < hits.count; h++) {
    const at = hits.starts[h]!;
    if (at < resume || !text.startsWith(literal, at)) continue;
    resume = Math.max(examine(text, at, report), at + 1);
  }
}
