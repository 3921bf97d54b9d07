// Remembering a clean value must not keep alive the string it was cut from: V8 slices
// substrings of 13+ characters without copying, and the memo outlives the record.
import { describe, expect, it } from 'vitest';
import { CleanTextMemo, FIRST_SIGHTINGS } from '../../src/engine/clean-text-memo.js';
import { textDigest } from '../../src/engine/text/text-digest.js';
import { createRedactor } from '../../src/index.js';
import { heapKeptBySlicesOfPages } from '../support/retention.js';

describe('CleanTextMemo', () => {
  it('holds its own copy of a remembered slice, not the text it was cut from', () => {
    // A 100-character slice is a short clean value; without a copy five pages (~100 MB) stay.
    expect(heapKeptBySlicesOfPages(createRedactor(), 100)).toBeLessThan(8 * 1024 * 1024);
  });

  it('is bounded: it starts over when full and never remembers long strings', () => {
    const memo = new CleanTextMemo(3, 8);
    const twice = (text: string) => {
      memo.remember(text);
      memo.remember(text);
    };
    for (const text of ['a', 'b', 'c']) twice(text);
    expect(memo.has('a') && memo.has('c')).toBe(true);
    twice('d');
    expect(memo.has('a')).toBe(false);
    expect(memo.has('d')).toBe(true);
    twice('123456789');
    expect(memo.has('123456789')).toBe(false);
  });

  it('remembers a string the second time it is found clean, so values seen once cost no copy', () => {
    const memo = new CleanTextMemo(100, 64);
    const ids = Array.from({ length: 50 }, (_, i) => `chatcmpl-${i}x${'Q'.repeat(i % 7)}`);
    for (const id of ids) memo.remember(id);
    expect(ids.filter((id) => memo.has(id))).toEqual([]);
    for (const id of ids) memo.remember(id);
    expect(ids.filter((id) => memo.has(id))).toEqual(ids);
  });

  it('remembers two values that alternate in the same pair of slots', () => {
    // Find two short values whose digests share a pair of slots.
    const pairOf = (text: string) => textDigest(text) & (FIRST_SIGHTINGS - 2);
    const first = 'role-0';
    let second = '';
    for (let i = 1; second === ''; i++) if (pairOf(`role-${i}`) === pairOf(first)) second = `role-${i}`;
    const memo = new CleanTextMemo(100, 64);
    for (const text of [first, second, first, second]) memo.remember(text);
    expect([memo.has(first), memo.has(second)]).toEqual([true, true]);
  });
});
