import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keccak256, keccakSponge256 } from '../../src/engine/validators/keccak256.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('keccak256', () => {
  it('matches the published Keccak-256 vectors', () => {
    expect(hex(keccak256(new Uint8Array()))).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    expect(hex(keccak256(bytesOf('abc')))).toBe('4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45');
  });

  it('is not SHA3-256 (the padding differs)', () => {
    expect(hex(keccak256(bytesOf('abc')))).not.toBe(createHash('sha3-256').update('abc').digest('hex'));
  });
});

describe('keccakSponge256', () => {
  it('with SHA-3 padding equals node:crypto sha3-256 across block boundaries', () => {
    for (const length of [0, 1, 55, 135, 136, 137, 271, 272, 500]) {
      const input = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff);
      expect(hex(keccakSponge256(input, 0x06))).toBe(createHash('sha3-256').update(input).digest('hex'));
    }
  });
});
