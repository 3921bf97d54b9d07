import type { Report } from '../../types.js';
import { isAsciiDigit, isWordChar } from '../../text/chars.js';
import { toLowerAscii } from '../../text/ascii-search.js';
import { codeUnitsOf } from '../../text/code-units.js';
import { type AnchoredDetector, findViaOwnSweep } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { looksLikeCodeReference } from './code-reference.js';
import { hasPlaceholderWord, isMaskOrTemplate } from './placeholder.js';
import { looksRandom } from './token-shape.js';
import {
  MAX_KEY,
  NOT_A_CREDENTIAL,
  PASSWORD_KEY,
  isKeyChar,
  keyBoundaryLeft,
  keyKind,
  passwordEnding,
} from './assignment-key.js';
import { assignedValue, parseAssignedValue, separatorAfterKey } from './assignment-value.js';

/** Anchors for the scan; the whole key around an anchor decides whether it names a secret. */
const KEYWORDS = [
  'pass', 'pwd', 'secret', 'token', 'credential', 'apikey', 'api_key', 'api-key',
  'privatekey', 'private_key', 'private-key', 'accesskey', 'access_key', 'access-key',
  // Key material of this package and its kind (`OTEL_PII_REDACT_HASH_KEY=…`).
  'hashkey', 'hash_key', 'hmackey', 'hmac_key', 'encryptionkey', 'encryption_key', 'signingkey', 'signing_key',
];
const MIN_PASSWORD = 3;
/** Generated credentials are long and never contain spaces; shorter strings are usually ids or words. */
const MIN_SECRET = 16;

/**
 * Values assigned to credential-named keys: `password=…`, `DB_PASS: …`, `"api_key": "…"`,
 * `export CLIENT_SECRET="…"`, `?access_token=…`. Keys are matched case-insensitively by how
 * they end (`max_tokens`, `token_count` and `password_policy` are not credentials). Under a
 * password key any real-looking value counts, `hunter2` included; under token, secret and
 * key names the value must look random, which keeps `token limit: 4096` and ids out. Masks,
 * templates, code references and type annotations are never values.
 */
function findAssignedSecretsAtHits(text: string, hits: KeywordHits, report: Report): void {
  let resume = 0;
  for (let h = 0; h < hits.count; h++) {
    const anchorStart = hits.starts[h]!;
    if (anchorStart < resume) continue;
    const keyStart = keyBoundaryLeft(text, anchorStart);
    // The whole run is skipped even when too long to be a key, so each character is seen once.
    const keyEnd = keyRunEnd(text, hits.ends[h]!);
    resume = keyEnd;
    // Most anchors are prose (`tokens per second`): without a separator there is no value.
    if (keyStart === -1 || keyEnd - keyStart > MAX_KEY || separatorAfterKey(text, keyEnd) === -1) continue;
    const kind = keyKind(text, keyStart, keyEnd);
    if (kind === NOT_A_CREDENTIAL) continue;
    if (!parseAssignedValue(text, keyEnd)) {
      resume = Math.max(keyEnd, assignedValue.end);
      continue;
    }
    const { start, end } = assignedValue;
    resume = Math.max(keyEnd, end);
    if (isReplacementToken(text, keyStart, end)) continue;
    if (kind === PASSWORD_KEY ? isPasswordValue(text, keyStart, keyEnd, start, end) : isSecretValue(text, start, end)) {
      report('SECRET', start, end, kind === PASSWORD_KEY ? 0.85 : 0.8);
    }
  }
}

/** End of the key characters from `from` on; keys are short, so `charCodeAt` beats fetching the code units. */
function keyRunEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isKeyChar(text.charCodeAt(end))) end++;
  return end;
}

/**
 * `<SECRET:9eaa135aa04675b5>` and `<ENC:SECRET:…>` are what the hash and encrypt strategies
 * leave behind; reading them as `SECRET: value` would break idempotence.
 */
function isReplacementToken(text: string, keyStart: number, valueEnd: number): boolean {
  const before = text.charCodeAt(keyStart - 1);
  return (before === 60 || before === 58) && text.charCodeAt(valueEnd) === 62;
}

function isPasswordValue(text: string, keyStart: number, keyEnd: number, start: number, end: number): boolean {
  if (end - start < MIN_PASSWORD || isMaskOrTemplate(text, start, end) || hasPlaceholderWord(text, start, end)) return false;
  const first = text.charCodeAt(start);
  const keyLast = toLowerAscii(text.charCodeAt(keyEnd - 1));
  // PWD / OLDPWD hold the shell's working directory.
  if (keyLast === 100 && (first === 47 || first === 126)) return false;
  if (isVersionLike(text, start, end)) return false;
  return assignedValue.quoted || !isReferenceToKey(text, keyStart, keyEnd, start, end);
}

/** `1.2.1`, `^17.1.0`, `>=2.0`: a dependency named like a password (`"pbkdf2-password": "1.2.1"`). */
function isVersionLike(text: string, start: number, end: number): boolean {
  let dot = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 46) dot = true;
    // digits ^ ~ = < > * x space
    else if (!isAsciiDigit(code) && code !== 94 && code !== 126 && code !== 61 && code !== 60 && code !== 62 && code !== 42 && code !== 120 && code !== 32) return false;
  }
  return dot;
}

/** `password=password`, `password=db_password`: an unquoted identifier repeating the key is code. */
function isReferenceToKey(text: string, keyStart: number, keyEnd: number, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWordChar(text.charCodeAt(i))) return false;
  if (isAsciiDigit(text.charCodeAt(start))) return false;
  const word = passwordEnding(text, keyStart, keyEnd);
  return word !== undefined && containsWord(text, start, end, word);
}

function containsWord(text: string, start: number, end: number, word: string): boolean {
  for (let i = start; i + word.length <= end; i++) {
    let k = 0;
    while (k < word.length && toLowerAscii(text.charCodeAt(i + k)) === word.charCodeAt(k)) k++;
    if (k === word.length) return true;
  }
  return false;
}

function isSecretValue(text: string, start: number, end: number): boolean {
  if (end - start < MIN_SECRET || hasWhitespace(text, start, end)) return false;
  return !isMaskOrTemplate(text, start, end) && looksRandom(text, start, end) && !looksLikeCodeReference(text, start, end);
}

function hasWhitespace(text: string, start: number, end: number): boolean {
  const units = codeUnitsOf(text);
  for (let i = start; i < end; i++) if (units[i]! <= 32) return true;
  return false;
}

export const assignedSecretDetector: AnchoredDetector = {
  name: 'secret.assignment',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: KEYWORDS },
  find: findViaOwnSweep(KEYWORDS, findAssignedSecretsAtHits),
  findAtHits: findAssignedSecretsAtHits,
};
