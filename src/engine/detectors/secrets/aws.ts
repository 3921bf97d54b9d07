import type { Report } from '../../types.js';
import type { AnchoredDetector } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { codeUnitsOf } from '../../text/code-units.js';
import { wordStartingAt } from '../../text/word-lists.js';
import { isWordChar } from '../../text/chars.js';
import { isMeasuredPlaceholder, looksLikePlaceholder } from './placeholder.js';
import { DIGIT, LOWER, UPPER, bodyStats, measureBody } from './body-stats.js';
import { isBase64Char, runEnd, isTokenStart } from './token-shape.js';

const KEY_ID_PREFIXES = ['AKIA', 'ASIA', 'AGPA', 'AIDA', 'AROA', 'ANPA', 'ANVA', 'AIPA'];
const KEY_ID = /(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}/g;
/** Names under which a secret access key travels: env vars, CLI flags, SDK config, STS XML/JSON. */
const SECRET_CONTEXT = /aws_?secret|secret_?access_?key|secret-access-key/gi;
/** Every spelling `SECRET_CONTEXT` accepts: a text is only searched when one of them occurs. */
const SECRET_CONTEXT_KEYWORDS = [
  'aws_secret',
  'awssecret',
  'secret_access_key',
  'secretaccesskey',
  'secret_accesskey',
  'secretaccess_key',
  'secret-access-key',
];
const KEY_ID_LENGTH = 20;
/** Every key id prefix is this long; every secret key name is longer. */
const KEY_ID_PREFIX_LENGTH = 4;
const SECRET_LENGTH = 40;
const MAX_GAP = 40;

/**
 * AWS credentials: access key ids by their fixed four-letter prefix, and secret access keys
 * (40 base64 characters with nothing distinctive about them) only right after a name that
 * says what they are.
 */
function findAwsCredentials(text: string, report: Report): void {
  findKeyIds(text, report);
  findSecretKeys(text, report);
}

/**
 * The same from the scanner's keyword hits: key ids start at a hit, and secret keys are searched
 * for from the first name of one (a hit longer than a key id prefix), if there is any.
 */
function findAwsCredentialsAtHits(text: string, hits: KeywordHits, report: Report): void {
  let resume = 0;
  let firstName = -1;
  for (let h = 0; h < hits.count; h++) {
    const start = hits.starts[h]!;
    if (firstName === -1 && hits.ends[h]! - start > KEY_ID_PREFIX_LENGTH) firstName = start;
    // Like the regex: the leftmost key id at or after the end of the previous one.
    if (start < resume || !isKeyIdAt(text, start)) continue;
    resume = start + KEY_ID_LENGTH;
    examineKeyId(text, start, resume, report);
  }
  if (firstName !== -1) findSecretKeys(text, report, firstName);
}

function findKeyIds(text: string, report: Report): void {
  KEY_ID.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = KEY_ID.exec(text)) !== null) examineKeyId(text, match.index, match.index + match[0].length, report);
}

/** Whether `KEY_ID` matches at `at`: a prefix in exact case and 16 upper-case letters or digits. */
function isKeyIdAt(text: string, at: number): boolean {
  if (at + KEY_ID_LENGTH > text.length || wordStartingAt(KEY_ID_PREFIXES, text, at) === undefined) return false;
  const units = codeUnitsOf(text);
  for (let i = at + 4; i < at + KEY_ID_LENGTH; i++) {
    const code = units[i]!;
    if (!((code >= 65 && code <= 90) || (code >= 48 && code <= 57))) return false;
  }
  return true;
}

function examineKeyId(text: string, start: number, end: number, report: Report): void {
  if (!isTokenStart(text, start, isWordChar)) return;
  if (end < text.length && isWordChar(text.charCodeAt(end))) return;
  // The documented example key ends in EXAMPLE and must still count, so no word check.
  if (looksLikePlaceholder(text, start + 4, end, false)) return;
  report('SECRET', start, end, 0.95);
}

function isKeyNameChar(code: number): boolean {
  return isWordChar(code) || code === 45 || code === 46;
}

/** Quotes, spaces, `:`, `=`, `>` and JSON escapes between a name and its value. */
function isGapChar(code: number): boolean {
  return code === 32 || code === 9 || code === 34 || code === 39 || code === 96 || code === 58 || code === 61 ||
    code === 62 || code === 92 || code === 40 || code === 91 || code === 44;
}

/** Secret keys after names at or after `from`. */
function findSecretKeys(text: string, report: Report, from = 0): void {
  SECRET_CONTEXT.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = SECRET_CONTEXT.exec(text)) !== null) {
    const nameEnd = runEnd(text, match.index + match[0].length, isKeyNameChar);
    let valueStart = nameEnd;
    while (valueStart < text.length && valueStart - nameEnd < MAX_GAP && isGapChar(text.charCodeAt(valueStart))) valueStart++;
    const valueEnd = runEnd(text, valueStart, isBase64Char);
    SECRET_CONTEXT.lastIndex = Math.max(nameEnd, valueStart);
    if (valueEnd - valueStart !== SECRET_LENGTH || !isSecretKeyShaped(text, valueStart, valueEnd)) continue;
    report('SECRET', valueStart, valueEnd, 0.9);
    SECRET_CONTEXT.lastIndex = valueEnd;
  }
}

function isSecretKeyShaped(text: string, start: number, end: number): boolean {
  measureBody(text, start, end);
  const mask = bodyStats.classes;
  if ((mask & (UPPER | LOWER)) === 0 || (mask & DIGIT) === 0) return false;
  return bodyStats.entropy >= 3.5 && !isMeasuredPlaceholder(text, start, end, false);
}

export const awsCredentialDetector: AnchoredDetector = {
  name: 'secret.aws',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: [...KEY_ID_PREFIXES, ...SECRET_CONTEXT_KEYWORDS] },
  find: findAwsCredentials,
  findAtHits: findAwsCredentialsAtHits,
};

