import type { Detector, Report } from '../../types.js';
import { isBase64UrlChar } from './token-shape.js';
import { type PrefixedTokenRule, findPrefixedTokens } from './prefixed-token.js';

/** Google Cloud / Firebase / Gemini API keys: `AIza` and exactly 35 more characters. */
const RULES: readonly PrefixedTokenRule[] = [
  { prefix: 'AIza', isBodyChar: isBase64UrlChar, minBody: 35, maxBody: 35, confidence: 0.97 },
];

function findGoogleApiKeys(text: string, report: Report): void {
  findPrefixedTokens(text, RULES, report);
}

export const googleApiKeyDetector: Detector = {
  name: 'secret.google',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: ['AIza'] },
  find: findGoogleApiKeys,
};
