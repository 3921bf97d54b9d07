import { describe, expect, it } from 'vitest';
import { base58CheckVersion, isBase58Char } from '../../src/engine/validators/base58check.js';

const version = (text: string): number => base58CheckVersion(text, 0, text.length);

describe('base58CheckVersion', () => {
  it('returns version 0 for P2PKH and 5 for P2SH addresses', () => {
    expect(version('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toBe(0);
    expect(version('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')).toBe(0);
    expect(version('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')).toBe(5);
  });

  it('rejects a changed character', () => {
    expect(version('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb')).toBe(-1);
    expect(version('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfMa')).toBe(-1);
  });

  it('rejects characters outside the alphabet and wrong lengths', () => {
    expect(version('1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf0a')).toBe(-1);
    expect(version('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN')).toBe(-1);
    expect(version('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNaa')).toBe(-1);
    expect(version('11A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toBe(-1);
    expect(version('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz')).toBe(-1);
  });

  it('checks a range in place', () => {
    const text = 'send to 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy.';
    expect(base58CheckVersion(text, 8, 42)).toBe(5);
  });
});

describe('isBase58Char', () => {
  it('excludes the look-alike characters 0, O, I and l', () => {
    for (const char of '0OIl_-+/') expect(isBase58Char(char.charCodeAt(0))).toBe(false);
    for (const char of '19AHJNZakmz') expect(isBase58Char(char.charCodeAt(0))).toBe(true);
    expect(isBase58Char(0x00e9)).toBe(false);
  });
});
