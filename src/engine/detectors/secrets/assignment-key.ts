import { isAsciiLower, isAsciiUpper, isWordChar } from '../../text/chars.js';
import { toLowerAscii } from '../../text/ascii-search.js';
import { followsEscape } from './token-shape.js';

/**
 * Key names of `key=value` credentials: where a key starts and ends around an anchor word,
 * and whether it names a password, another credential, or nothing secret.
 */

/** A key ending in one of these holds a password: any non-placeholder value counts. */
const PASSWORD_ENDINGS = ['password', 'passwd', 'passphrase'];
/** Short endings that must start a key segment: `DB_PASS`, `smtp.pass`, `pwd`, not `bypass`, not `OLDPWD`. */
const SEGMENT_PASSWORD_ENDINGS = ['pass', 'pwd'];
const ALL_PASSWORD_ENDINGS = [...PASSWORD_ENDINGS, ...SEGMENT_PASSWORD_ENDINGS];
/** A key ending in one of these holds a credential only if the value also looks random. */
const SECRET_ENDINGS = [
  'secret', 'token', 'apikey', 'privatekey', 'accesskey', 'secretkey', 'credential', 'credentials',
  'hashkey', 'hmackey', 'encryptionkey', 'signingkey',
];
/** Opaque cursors and handles named like tokens that grant nothing. */
const CURSOR_ENDINGS = ['pagetoken', 'nexttoken', 'continuationtoken', 'synctoken', 'cancellationtoken'];
export const MAX_KEY = 64;

export const NOT_A_CREDENTIAL = 0;
export const PASSWORD_KEY = 1;
export const SECRET_KEY = 2;

export function isKeyChar(code: number): boolean {
  return isWordChar(code) || code === 45 || code === 46;
}

function isKeySeparator(code: number): boolean {
  return code === 95 || code === 45 || code === 46;
}

export function keyBoundaryLeft(text: string, from: number): number {
  let start = from;
  // `"\npassword=…"`: the `n` of an escaped newline is not part of the key.
  while (start > 0 && isKeyChar(text.charCodeAt(start - 1)) && !followsEscape(text, start)) {
    if (from - start >= MAX_KEY) return -1;
    start--;
  }
  return start;
}

export function keyBoundaryRight(text: string, from: number): number {
  let end = from;
  while (end < text.length && isKeyChar(text.charCodeAt(end))) {
    if (end - from >= MAX_KEY) return -1;
    end++;
  }
  return end;
}

export function keyKind(text: string, keyStart: number, keyEnd: number): number {
  if (endingIndex(PASSWORD_ENDINGS, text, keyStart, keyEnd) !== -1) return PASSWORD_KEY;
  for (let w = 0; w < SEGMENT_PASSWORD_ENDINGS.length; w++) {
    const word = SEGMENT_PASSWORD_ENDINGS[w]!;
    const start = endingStart(text, keyStart, keyEnd, word);
    // A key that is only `pass` is more often a test tally or a ternary label than a password.
    if (start !== -1 && startsSegment(text, keyStart, start, word) && (start > keyStart || word !== 'pass')) return PASSWORD_KEY;
  }
  if (endingIndex(CURSOR_ENDINGS, text, keyStart, keyEnd) !== -1) return NOT_A_CREDENTIAL;
  if (endingIndex(SECRET_ENDINGS, text, keyStart, keyEnd) !== -1) return SECRET_KEY;
  return NOT_A_CREDENTIAL;
}

/** Index in `words` of the first one the key ends with (see `endingStart`), or -1. */
function endingIndex(words: readonly string[], text: string, keyStart: number, keyEnd: number): number {
  // The key's last character is compared first and never skipped, so it rules most words out at once.
  const last = toLowerAscii(text.charCodeAt(keyEnd - 1));
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (word.charCodeAt(word.length - 1) === last && endingStart(text, keyStart, keyEnd, word) !== -1) return w;
  }
  return -1;
}

/**
 * Where `word` starts if the key ends with it, compared case-insensitively and ignoring
 * `_`, `-`, `.` inside it (`api_key`, `API-KEY`, `apiKey` all end with `apikey`); else -1.
 */
function endingStart(text: string, keyStart: number, keyEnd: number, word: string): number {
  let i = keyEnd - 1;
  for (let k = word.length - 1; k >= 0; k--) {
    if (k < word.length - 1) while (i > keyStart && isKeySeparator(text.charCodeAt(i))) i--;
    if (i < keyStart || toLowerAscii(text.charCodeAt(i)) !== word.charCodeAt(k)) return -1;
    i--;
  }
  return i + 1;
}

/**
 * `DB_PASS`, `smtp.pass`, `dbPwd`; camel case counts only for `pwd`, since code is full of
 * `allPass` and `timePerPass`.
 */
function startsSegment(text: string, keyStart: number, at: number, word: string): boolean {
  if (at === keyStart) return true;
  const previous = text.charCodeAt(at - 1);
  if (isKeySeparator(previous)) return true;
  return word === 'pwd' && isAsciiUpper(text.charCodeAt(at)) && isAsciiLower(previous);
}

/** The password word the key ends with (`password`, `pass`, …), if any. */
export function passwordEnding(text: string, keyStart: number, keyEnd: number): string | undefined {
  const index = endingIndex(ALL_PASSWORD_ENDINGS, text, keyStart, keyEnd);
  return index === -1 ? undefined : ALL_PASSWORD_ENDINGS[index];
}
