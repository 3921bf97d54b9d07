import type { Report } from '../../types.js';
import { isAsciiAlphanumeric, isAsciiLetter } from '../../text/chars.js';
import { isOneOfIgnoreCase } from '../../text/word-lists.js';
import { type AnchoredDetector, findViaOwnSweep } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { looksLikeCodeReference } from './code-reference.js';
import { looksLikePlaceholder } from './placeholder.js';
import { LOWER, UPPER, alphanumericClassCount, charClasses, runEnd, isTokenStart } from './token-shape.js';

const KEYWORDS = ['authorization'];
const MAX_GAP = 8;
const MAX_SCHEME = 24;
const MAX_PARAMETERS = 2048;
const MIN_CREDENTIAL = 8;
const LONG_CREDENTIAL = 20;
/** Schemes whose credential is a list of `name="value"` parameters rather than one token. */
const PARAMETER_SCHEMES = ['digest', 'aws4-hmac-sha256', 'oauth', 'signature', 'hawk', 'mutual', 'vapid'];

/** token68 plus `:` (`sso-key id:secret`): what a single-token credential is made of. */
function isCredentialChar(code: number): boolean {
  return (
    isAsciiAlphanumeric(code) ||
    code === 45 || code === 46 || code === 95 || code === 126 || code === 43 || code === 47 || code === 61 || code === 58
  );
}

function isSchemeChar(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 45;
}

/** Quotes, escapes and brackets between a header name, its separator and its value. */
function isGapChar(code: number): boolean {
  return code === 32 || code === 9 || code === 34 || code === 39 || code === 92 || code === 91;
}

/**
 * `Authorization:` and `Proxy-Authorization:` values in header dumps, JSON (`"authorization":
 * "Bearer …"`), curl commands (`-H 'Authorization: Basic …'`) and `key=value` logs. The scheme
 * word stays; the credential after it is reported. Prose ("the Authorization header") has no
 * separator and is skipped, and so are empty or template credentials (`Bearer ${TOKEN}`).
 */
function findAuthorizationCredentialsAtHits(text: string, hits: KeywordHits, report: Report): void {
  let resume = 0;
  for (let h = 0; h < hits.count; h++) {
    const nameStart = hits.starts[h]!;
    if (nameStart < resume) continue;
    resume = hits.ends[h]!;
    if (!isTokenStart(text, nameStart, isAsciiLetter)) continue;
    const valueStart = afterSeparator(text, hits.ends[h]!);
    if (valueStart === -1) continue;
    resume = Math.max(resume, reportCredential(text, valueStart, report));
  }
}

/** Index of the value after `name` + gap + `:` or `=` + gap, or -1 when there is no separator. */
function afterSeparator(text: string, nameEnd: number): number {
  let i = nameEnd;
  while (i < text.length && i - nameEnd < MAX_GAP && isGapChar(text.charCodeAt(i))) i++;
  const separator = text.charCodeAt(i);
  if (separator !== 58 && separator !== 61) return -1;
  i++;
  const gapStart = i;
  while (i < text.length && i - gapStart < MAX_GAP && isGapChar(text.charCodeAt(i))) i++;
  return i;
}

/** Reports the credential starting at or after `valueStart`; returns where scanning may resume. */
function reportCredential(text: string, valueStart: number, report: Report): number {
  const schemeEnd = runEnd(text, valueStart, isSchemeChar);
  let credentialStart = valueStart;
  let parameters = false;
  if (schemeEnd > valueStart && schemeEnd - valueStart <= MAX_SCHEME && text.charCodeAt(schemeEnd) === 32) {
    credentialStart = schemeEnd + 1;
    while (text.charCodeAt(credentialStart) === 32) credentialStart++;
    parameters = isOneOfIgnoreCase(PARAMETER_SCHEMES, text, valueStart, schemeEnd);
  }
  if (parameters) {
    const end = parametersEnd(text, credentialStart, text.charCodeAt(valueStart - 1));
    if (end > credentialStart) report('SECRET', credentialStart, end, 0.9);
    return end;
  }
  const end = runEnd(text, credentialStart, isCredentialChar);
  // A lone word with no scheme before it (`Authorization: Negotiate`) is a scheme, not a credential.
  const loneWord = credentialStart === valueStart && (charClasses(text, valueStart, end) & ~(UPPER | LOWER)) === 0;
  if (!loneWord && isCredential(text, credentialStart, end)) report('SECRET', credentialStart, end, 0.9);
  return end;
}

/** Parameters run to the end of the line, or to the quote that opened the whole value. */
function parametersEnd(text: string, start: number, opener: number): number {
  const limit = Math.min(text.length, start + MAX_PARAMETERS);
  const quoted = opener === 34 || opener === 39;
  for (let i = start; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
    if (code === 92 && (text.charCodeAt(i + 1) === 110 || text.charCodeAt(i + 1) === 114)) return i;
    // In JSON the inner quotes are escaped, so an unescaped opener closes the value.
    if (quoted && code === opener && text.charCodeAt(i - 1) !== 92) return i;
  }
  return limit;
}

function isCredential(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < MIN_CREDENTIAL) return false;
  if (length < LONG_CREDENTIAL && alphanumericClassCount(charClasses(text, start, end)) < 2) return false;
  // `Authorization: requestHeaders.Authorization`, `Bearer accessToken`: code, not credentials.
  return !looksLikePlaceholder(text, start, end) && !looksLikeCodeReference(text, start, end);
}

export const authorizationHeaderDetector: AnchoredDetector = {
  name: 'secret.authorization',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: KEYWORDS },
  find: findViaOwnSweep(KEYWORDS, findAuthorizationCredentialsAtHits),
  findAtHits: findAuthorizationCredentialsAtHits,
};
