// The fingerprint `rememberCleanText` trusts: SHA-256 of the UTF-8 bytes, refused for text whose
// UTF-8 would not tell it apart from another (a lone surrogate is written as U+FFFD).
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWellFormedByPattern, streamedSha256, textFingerprint } from '../../src/engine/text/text-fingerprint.js';

const sha256 = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('binary');

describe('textFingerprint', () => {
  it('is the SHA-256 of the UTF-8 bytes of a well-formed text', () => {
    for (const text of ['', 'plain ascii note', 'café über straße', 'emoji \uD83D\uDE00 pair', 'ends with pair \uD83D\uDE00']) {
      expect(textFingerprint(text), text).toBe(sha256(text));
      // What Node before 20.12 uses: the same bytes.
      expect(streamedSha256(text), text).toBe(sha256(text));
      expect(textFingerprint(text)).toHaveLength(32);
    }
  });

  it('refuses a text with a lone surrogate, wherever it stands', () => {
    for (const text of ['\uD800', 'a\uD800', '\uDC00a', 'a\uDC00\uD800b', 'x \uD83D', '\uDE00 x', 'pair \uD83D\uDE00 then \uDBFF']) {
      expect(textFingerprint(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('tells well-formed text by pattern exactly as String.prototype.isWellFormed does', () => {
    const isWellFormed = (text: string) => (text as unknown as { isWellFormed(): boolean }).isWellFormed();
    const units = fc.oneof(fc.constantFrom(0x41, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xd83d, 0xde00, 0xfffd), fc.integer({ min: 0, max: 0xffff }));
    fc.assert(
      fc.property(fc.array(units, { maxLength: 12 }), (codes) => {
        const text = String.fromCharCode(...codes);
        expect(isWellFormedByPattern(text)).toBe(isWellFormed(text));
      }),
      { seed: 0x5eed, numRuns: 3_000 },
    );
  });
});
