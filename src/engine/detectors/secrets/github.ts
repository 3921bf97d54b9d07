import type { Report } from '../../types.js';
import type { AnchoredDetector } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { isAsciiAlphanumeric, isWordChar } from '../../text/chars.js';
import { type PrefixedTokenRule, findPrefixedTokens, findPrefixedTokensAtHits } from './prefixed-token.js';

/** Classic tokens: personal, OAuth, user-to-server, server-to-server, refresh. */
const CLASSIC_PREFIXES = ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'];
const FINE_GRAINED_PREFIX = 'github_pat_';

const RULES: readonly PrefixedTokenRule[] = [
  ...CLASSIC_PREFIXES.map((prefix) => ({
    prefix,
    isBodyChar: isAsciiAlphanumeric,
    minBody: 36,
    maxBody: 251,
    confidence: 0.98,
  })),
  // `github_pat_` + 22 characters + `_` + 59 characters.
  { prefix: FINE_GRAINED_PREFIX, isBodyChar: isWordChar, minBody: 82, maxBody: 244, confidence: 0.98 },
];

function findGitHubTokens(text: string, report: Report): void {
  findPrefixedTokens(text, RULES, report);
}

function findGitHubTokensAtHits(text: string, hits: KeywordHits, report: Report): void {
  findPrefixedTokensAtHits(text, RULES, hits, report);
}

export const gitHubTokenDetector: AnchoredDetector = {
  name: 'secret.github',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: [...CLASSIC_PREFIXES, FINE_GRAINED_PREFIX] },
  find: findGitHubTokens,
  findAtHits: findGitHubTokensAtHits,
};
