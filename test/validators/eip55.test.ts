import { describe, expect, it } from 'vitest';
import { isEip55Checksummed } from '../../src/engine/validators/eip55.js';

// The examples given in EIP-55 itself.
const EIP55_EXAMPLES = [
  '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
  '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
  '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
];

describe('isEip55Checksummed', () => {
  it('accepts the EIP-55 examples', () => {
    for (const address of EIP55_EXAMPLES) expect(isEip55Checksummed(address, 2)).toBe(true);
  });

  it('rejects any single letter with its case flipped', () => {
    const address = EIP55_EXAMPLES[0]!;
    for (let i = 2; i < address.length; i++) {
      const char = address[i]!;
      if (!/[a-f]/i.test(char)) continue;
      const flipped = char === char.toUpperCase() ? char.toLowerCase() : char.toUpperCase();
      expect(isEip55Checksummed(address.slice(0, i) + flipped + address.slice(i + 1), 2)).toBe(false);
    }
  });

  it('reads 40 digits in place and fails when fewer remain', () => {
    expect(isEip55Checksummed(`to ${EIP55_EXAMPLES[1]}.`, 5)).toBe(true);
    expect(isEip55Checksummed(EIP55_EXAMPLES[1]!.slice(0, 30), 2)).toBe(false);
  });
});
