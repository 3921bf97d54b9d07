import type { Report } from '../../types.js';
import type { AnchoredDetector } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { isBase64UrlChar } from './token-shape.js';
import { type PrefixedTokenRule, findPrefixedTokens, findPrefixedTokensAtHits } from './prefixed-token.js';

/** Google Cloud / Firebase / Gemini API keys: `AIza` and exactly 35 more characters. */
const RULES: readonly PrefixedTokenRule[] = [
  { prefix: 'AIza', isBodyChar: isBase64UrlChar, minBody: 35, maxBody: 35, confidence: 0.97 },
];

function findGoogleApiKeys(text: string, report: Report): void {
  findPrefixedTokens(text, RULES, report);
}

function findGoogleApiKeysAtHits(text: string, hits: KeywordHits, report: Report): void {
  findPrefixedTokensAtHits(text, RULES, hits, report);
}

export const googleApiKeyDetector: AnchoredDetector = {
  name: 'secret.google',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: ['AIza'] },
  find: findGoogleApiKeys,
  findAtHits: findGoogleApiKeysAtHits,
};
