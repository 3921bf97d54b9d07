import type { Report } from '../../types.js';
import type { AnchoredDetector } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { isAsciiAlphanumeric } from '../../text/chars.js';
import { type PrefixedTokenRule, findPrefixedTokens, findPrefixedTokensAtHits } from './prefixed-token.js';

/**
 * npm access tokens: `npm_` and exactly 36 alphanumerics. `npm_config_…` and
 * `npm_package_…` environment names stop at their next underscore and never reach 36.
 */
const RULES: readonly PrefixedTokenRule[] = [
  { prefix: 'npm_', isBodyChar: isAsciiAlphanumeric, minBody: 36, maxBody: 36, confidence: 0.97 },
];

function findNpmTokens(text: string, report: Report): void {
  findPrefixedTokens(text, RULES, report);
}

function findNpmTokensAtHits(text: string, hits: KeywordHits, report: Report): void {
  findPrefixedTokensAtHits(text, RULES, hits, report);
}

export const npmTokenDetector: AnchoredDetector = {
  name: 'secret.npm',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: ['npm_'] },
  find: findNpmTokens,
  findAtHits: findNpmTokensAtHits,
};
