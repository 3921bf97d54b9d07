import { describe, expect, it } from 'vitest';
import { segwitVersion } from '../../src/engine/validators/bech32.js';

const version = (text: string, hrp = 'bc'): number => segwitVersion(text, 0, text.length, hrp);

describe('segwitVersion', () => {
  it('accepts BIP 173 version 0 addresses (bech32), either case', () => {
    expect(version('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(0);
    expect(version('BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4')).toBe(0);
    expect(version('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toBe(0);
    expect(version('bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3')).toBe(0);
  });

  it('accepts BIP 350 taproot addresses (bech32m)', () => {
    expect(version('bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0')).toBe(1);
  });

  it('rejects a changed character and mixed case', () => {
    expect(version('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5')).toBe(-1);
    expect(version('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8F3t4')).toBe(-1);
  });

  it('rejects another prefix unless asked for it', () => {
    expect(version('tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx')).toBe(-1);
    expect(version('tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx', 'tb')).toBe(0);
  });

  it('rejects characters outside the alphabet and lengths out of range', () => {
    expect(version('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3tb')).toBe(-1);
    expect(version('bc1qqqqqqq')).toBe(-1);
    expect(version('bc1' + 'q'.repeat(80))).toBe(-1);
  });
});
