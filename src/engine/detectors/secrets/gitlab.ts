import type { Detector, Report } from '../../types.js';
import { isBase64UrlChar } from './token-shape.js';
import { type PrefixedTokenRule, findPrefixedTokens } from './prefixed-token.js';

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

export const gitLabTokenDetector: Detector = {
  name: 'secret.gitlab',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: PREFIXES },
  find: findGitLabTokens,
};
