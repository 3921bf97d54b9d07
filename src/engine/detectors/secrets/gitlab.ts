import type { Report } from '../../types.js';
import type { AnchoredDetector } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { isBase64UrlChar } from './token-shape.js';
import { type PrefixedTokenRule, findPrefixedTokens, findPrefixedTokensAtHits } from './prefixed-token.js';

/** Personal access, deploy, runner and pipeline-trigger tokens. */
const PREFIXES = ['glpat-', 'gldt-', 'glrt-', 'glptt-'];

/** Newer tokens end in `.01.<suffix>`, so dots are part of the body (trailing ones are trimmed). */
function isBodyChar(code: number): boolean {
  return isBase64UrlChar(code) || code === 46;
}

const RULES: readonly PrefixedTokenRule[] = PREFIXES.map((prefix) => ({
  prefix,
  isBodyChar,
  minBody: 20,
  maxBody: 255,
  confidence: 0.97,
}));

function findGitLabTokens(text: string, report: Report): void {
  findPrefixedTokens(text, RULES, report);
}

function findGitLabTokensAtHits(text: string, hits: KeywordHits, report: Report): void {
  findPrefixedTokensAtHits(text, RULES, hits, report);
}

export const gitLabTokenDetector: AnchoredDetector = {
  name: 'secret.gitlab',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: PREFIXES },
  find: findGitLabTokens,
  findAtHits: findGitLabTokensAtHits,
};
