import { describe, expect, it } from 'vitest';
import { bodyStats, measureBody } from '../../../src/engine/detectors/secrets/body-stats.js';
import { ALNUM, random } from './fake.js';

function shannonEntropy(text: string, start = 0, end = text.length): number {
  measureBody(text, start, end);
  return bodyStats.entropy;
}

function dominantCharShare(text: string, start = 0, end = text.length): number {
  measureBody(text, start, end);
  return bodyStats.dominantShare;
}

describe('measureBody: entropy', () => {
  it('is zero for empty and constant strings', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('xxxxxxxx')).toBe(0);
  });

  it('is log2 of the alphabet size for uniform strings', () => {
    expect(shannonEntropy('abab')).toBeCloseTo(1, 10);
    expect(shannonEntropy('A1b2'.repeat(12))).toBeCloseTo(2, 10);
    expect(shannonEntropy('0123456789abcdef')).toBeCloseTo(4, 10);
  });

  it('measures only the requested slice and leaves no state behind', () => {
    const text = 'aaaa' + 'abcd' + 'aaaa';
    expect(shannonEntropy(text, 4, 8)).toBeCloseTo(2, 10);
    expect(shannonEntropy('aaaa')).toBe(0);
  });

  it('separates random keys from words', () => {
    expect(shannonEntropy(random(ALNUM, 40))).toBeGreaterThan(4.5);
    expect(shannonEntropy('correcthorsebatterystaple')).toBeLessThan(3.6);
  });

  it('handles non-ASCII text', () => {
    expect(shannonEntropy('ééééé')).toBe(0);
    expect(shannonEntropy('日本語テキスト')).toBeGreaterThan(2);
  });
});

describe('measureBody: dominant character share', () => {
  it('is the share of the most frequent character', () => {
    expect(dominantCharShare('********')).toBe(1);
    expect(dominantCharShare('sk-xxxxxxxx', 3, 11)).toBe(1);
    expect(dominantCharShare('aabc')).toBe(0.5);
    expect(dominantCharShare('')).toBe(0);
  });
});
