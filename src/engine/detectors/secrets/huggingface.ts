import type { Report } from '../../types.js';
import type { AnchoredDetector } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { isAsciiAlphanumeric } from '../../text/chars.js';
import { type PrefixedTokenRule, findPrefixedTokens, findPrefixedTokensAtHits } from './prefixed-token.js';

/**
 * Hugging Face user access tokens: `hf_` and 34 or more alphanumerics. Identifiers such as
 * `hf_hub_download` stop at their next underscore long before that.
 */
const RULES: readonly PrefixedTokenRule[] = [
  { prefix: 'hf_', isBodyChar: isAsciiAlphanumeric, minBody: 34, maxBody: 40, confidence: 0.95 },
];

function findHuggingFaceTokens(text: string, report: Report): void {
  findPrefixedTokens(text, RULES, report);
}

function findHuggingFaceTokensAtHits(text: string, hits: KeywordHits, report: Report): void {
  findPrefixedTokensAtHits(text, RULES, hits, report);
}

export const huggingFaceTokenDetector: AnchoredDetector = {
  name: 'secret.huggingface',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: ['hf_'] },
  find: findHuggingFaceTokens,
  findAtHits: findHuggingFaceTokensAtHits,
};
