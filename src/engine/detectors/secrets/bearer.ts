import type { Report } from '../../types.js';
import { isAsciiAlphanumeric, isAsciiLetter } from '../../text/chars.js';
import { type AnchoredDetector, findViaOwnSweep } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { looksRandom, runEnd, isTokenStart } from './token-shape.js';

/** The scheme and the space that must follow it. */
const KEYWORDS = ['bearer '];
const SCHEME_LENGTH = 'bearer'.length;
const MIN_TOKEN = 16;
const MAX_TOKEN = 4096;

/** RFC 6750 token68: letters, digits and `-._~+/` with trailing `=`. */
function isTokenChar(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 45 || code === 46 || code === 95 || code === 126 || code === 43 || code === 47 || code === 61;
}

/**
 * `Bearer <token>` anywhere, not only after an `Authorization` name (SDK errors, copied
 * headers, prompts). Prose such as "the bearer token is required" fails the length and
 * randomness checks that the token must pass.
 */
function findBearerTokensAtHits(text: string, hits: KeywordHits, report: Report): void {
  let resume = 0;
  for (let h = 0; h < hits.count; h++) {
    const schemeStart = hits.starts[h]!;
    if (schemeStart < resume || !isTokenStart(text, schemeStart, isAsciiLetter)) continue;
    let tokenStart = schemeStart + SCHEME_LENGTH;
    while (text.charCodeAt(tokenStart) === 32 && tokenStart - schemeStart < 10) tokenStart++;
    const end = runEnd(text, tokenStart, isTokenChar);
    resume = end;
    const length = end - tokenStart;
    if (length < MIN_TOKEN || length > MAX_TOKEN || !looksRandom(text, tokenStart, end)) continue;
    report('SECRET', tokenStart, end, 0.85);
  }
}

export const bearerTokenDetector: AnchoredDetector = {
  name: 'secret.bearer',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: KEYWORDS },
  find: findViaOwnSweep(KEYWORDS, findBearerTokensAtHits),
  findAtHits: findBearerTokensAtHits,
};
