import type { Detector, Report } from '../../types.js';
import { isAsciiAlphanumeric, isAsciiLetter } from '../../text/chars.js';
import { looksRandom, runEnd, isTokenStart } from './token-shape.js';

const SCHEME = /bearer/gi;
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
function findBearerTokens(text: string, report: Report): void {
  SCHEME.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = SCHEME.exec(text)) !== null) {
    const schemeStart = match.index;
    if (!isTokenStart(text, schemeStart, isAsciiLetter)) continue;
    let tokenStart = schemeStart + match[0].length;
    if (text.charCodeAt(tokenStart) !== 32) continue;
    while (text.charCodeAt(tokenStart) === 32 && tokenStart - schemeStart < 10) tokenStart++;
    const end = runEnd(text, tokenStart, isTokenChar);
    SCHEME.lastIndex = Math.max(SCHEME.lastIndex, end);
    const length = end - tokenStart;
    if (length < MIN_TOKEN || length > MAX_TOKEN || !looksRandom(text, tokenStart, end)) continue;
    report('SECRET', tokenStart, end, 0.85);
  }
}

export const bearerTokenDetector: Detector = {
  name: 'secret.bearer',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: ['bearer '] },
  find: findBearerTokens,
};
