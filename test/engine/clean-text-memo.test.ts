// Remembering a clean value must not keep alive the string it was cut from: V8 slices
// substrings of 13+ characters without copying, and the memo outlives the record.
import { describe, expect, it } from 'vitest';
import { CleanTextMemo } from '../../src/engine/clean-text-memo.js';
import { createRedactor } from '../../src/index.js';
import { heapKeptBySlicesOfPages } from '../support/retention.js';

describe('CleanTextMemo', () => {
  it('holds its own copy of a remembered slice, not the text it was cut from', () => {
    // A 100-character slice is a short clean value; without a copy five pages (~100 MB) stay.
    expect(heapKeptBySlicesOfPages(createRedactor(), 100)).toBeLessThan(8 * 1024 * 1024);
  });

  it('is bounded: it starts over when full and never remembers long strings', () => {
    const memo = new CleanTextMemo(3, 8);
    for (const text of ['a', 'b', 'c']) memo.remember(text);
    expect(memo.has('a') && memo.has('c')).toBe(true);
    memo.remember('d');
    expect(memo.has('a')).toBe(false);
    expect(memo.has('d')).toBe(true);
    memo.remember('123456789');
    expect(memo.has('123456789')).toBe(false);
  });
});
