import type { Report } from '../../types.js';
import type { AnchoredDetector } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { isAsciiAlphanumeric } from '../../text/chars.js';
import { isBase64Char } from './token-shape.js';
import { type PrefixedTokenRule, findPrefixedTokens, findPrefixedTokensAtHits } from './prefixed-token.js';

function apiKeyRule(prefix: string, confidence: number): PrefixedTokenRule {
  return { prefix, isBodyChar: isAsciiAlphanumeric, minBody: 20, maxBody: 247, confidence };
}

/** Secret and restricted keys (live and test) and webhook signing secrets; publishable `pk_` keys are public. */
const RULES: readonly PrefixedTokenRule[] = [
  apiKeyRule('sk_live_', 0.98),
  apiKeyRule('rk_live_', 0.98),
  apiKeyRule('sk_test_', 0.95),
  apiKeyRule('rk_test_', 0.95),
  { prefix: 'whsec_', isBodyChar: isBase64Char, minBody: 24, maxBody: 255, confidence: 0.97 },
];

function findStripeKeys(text: string, report: Report): void {
  findPrefixedTokens(text, RULES, report);
}

function findStripeKeysAtHits(text: string, hits: KeywordHits, report: Report): void {
  findPrefixedTokensAtHits(text, RULES, hits, report);
}

export const stripeKeyDetector: AnchoredDetector = {
  name: 'secret.stripe',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: RULES.map((rule) => rule.prefix) },
  find: findStripeKeys,
  findAtHits: findStripeKeysAtHits,
};
