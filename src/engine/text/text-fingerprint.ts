import * as crypto from 'node:crypto';

/** SHA-256 of the UTF-8 bytes of `text` with the streaming API, which Node has before 20.12. */
export function streamedSha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('binary');
}

/** One-shot hashing where Node has it (20.12 and later), which skips the hash object. */
const sha256: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'binary') : streamedSha256;

interface MaybeWellFormed {
  isWellFormed?: () => boolean;
}

/** A surrogate without its partner. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `text` has no lone surrogate, by pattern: what Node 18 has instead of `isWellFormed`. */
export function isWellFormedByPattern(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** `String.prototype.isWellFormed` where the runtime has it (Node 20): one-byte strings at a glance. */
const isWellFormed: (text: string) => boolean =
  typeof (String.prototype as MaybeWellFormed).isWellFormed === 'function'
    ? (text) => (text as MaybeWellFormed).isWellFormed!()
    : isWellFormedByPattern;

/**
 * The SHA-256 of `text`'s UTF-8 bytes, as 32 one-byte characters (`binary` is Node's name for
 * latin1): a fingerprint two different texts never share in practice, so that a memo can
 * recognise a text it saw without keeping the text. Undefined for a text with a lone surrogate,
 * which UTF-8 writes as U+FFFD, as it writes U+FFFD itself: two such texts could share the bytes.
 */
export function textFingerprint(text: string): string | undefined {
  return isWellFormed(text) ? sha256(text) : undefined;
}
