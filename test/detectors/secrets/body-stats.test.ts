import { describe, expect, it } from 'vitest';
import { DIGIT, LOWER, OTHER, UPPER, bodyStats, measureBody } from '../../../src/engine/detectors/secrets/body-stats.js';
import { hasPlaceholderWord } from '../../../src/engine/detectors/secrets/placeholder.js';

// Reference forms: the straightforward two-pass statistics the one-pass `measureBody` replaced.
const cellOf = (code: number): number => (code < 128 ? code : 128 + (code & 127));

function shannonEntropy(text: string, start = 0, end = text.length): number {
  const length = end - start;
  if (length <= 0) return 0;
  const counts = new Map<number, number>();
  for (let i = start; i < end; i++) counts.set(cellOf(text.charCodeAt(i)), (counts.get(cellOf(text.charCodeAt(i))) ?? 0) + 1);
  // In order of first occurrence, as measureBody adds the terms: the sums are then identical.
  let sum = 0;
  for (const count of counts.values()) sum += count * Math.log2(count);
  return Math.max(0, Math.log2(length) - sum / length);
}

function dominantCharShare(text: string, start = 0, end = text.length): number {
  const length = end - start;
  if (length <= 0) return 0;
  const counts = new Map<number, number>();
  let most = 0;
  for (let i = start; i < end; i++) {
    const count = (counts.get(cellOf(text.charCodeAt(i))) ?? 0) + 1;
    counts.set(cellOf(text.charCodeAt(i)), count);
    most = Math.max(most, count);
  }
  return most / length;
}

/** Deterministic strings over a few alphabets, including non-ASCII and repeated characters. */
function samples(): string[] {
  const alphabets = ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 'xX0', 'abcdefg123456', 'é€ÿĀ😀ab'];
  const out: string[] = [];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  for (let n = 0; n < 400; n++) {
    const alphabet = alphabets[n % alphabets.length]!;
    let text = '';
    const length = next() % 90;
    for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
    out.push(text);
  }
  return out;
}

describe('measureBody', () => {
  it('agrees exactly with shannonEntropy and dominantCharShare on any slice', () => {
    for (const text of samples()) {
      const start = Math.floor(text.length / 4);
      const end = text.length - Math.floor(text.length / 5);
      measureBody(text, start, end);
      expect(bodyStats.entropy).toBe(shannonEntropy(text, start, end));
      expect(bodyStats.dominantShare).toBe(dominantCharShare(text, start, end));
    }
  });

  it('reports character classes and counting runs', () => {
    measureBody('Ab1-', 0, 4);
    expect(bodyStats.classes).toBe(UPPER | LOWER | DIGIT | OTHER);
    measureBody('q9abcdefZ', 0, 9);
    expect(bodyStats.countingRun).toBe(true);
    measureBody('q9abcdZq', 0, 8);
    expect(bodyStats.countingRun).toBe(false);
    measureBody('', 0, 0);
    expect(bodyStats).toEqual({ classes: 0, entropy: 0, dominantShare: 0, countingRun: false });
  });

  it('measures a repeated slice of another text afresh', () => {
    measureBody('aaaaaaaa', 0, 8);
    expect(bodyStats.dominantShare).toBe(1);
    measureBody('abcdwxyz', 0, 8);
    expect(bodyStats.dominantShare).toBe(1 / 8);
  });
});

describe('hasPlaceholderWord', () => {
  it('finds the words in one case only, and only inside the slice', () => {
    expect(hasPlaceholderWord('sk-YOUR_KEY', 3, 11)).toBe(true);
    expect(hasPlaceholderWord('sk-Your_KEY', 3, 11)).toBe(true);
    expect(hasPlaceholderWord('sk-yOUr_KEY', 3, 11)).toBe(false);
    expect(hasPlaceholderWord('Q8exampleQ', 0, 10)).toBe(true);
    expect(hasPlaceholderWord('Q8exampleQ', 0, 8)).toBe(false);
    expect(hasPlaceholderWord('abcxxx', 0, 6)).toBe(false);
  });
});
