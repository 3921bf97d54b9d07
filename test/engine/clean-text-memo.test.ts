// Remembering a clean value must not keep alive the string it was cut from: V8 slices
// substrings of 13+ characters without copying, and the memo outlives the record.
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CleanTextMemo } from '../../src/engine/clean-text-memo.js';
import { createRedactor } from '../../src/index.js';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

describe('CleanTextMemo', () => {
  it('holds its own copy of a remembered slice, not the text it was cut from', () => {
    const redactor = createRedactor();
    const scrubSliceOfPage = (i: number) => {
      // ~20 MB each; a slice of it is a short, clean attribute value.
      const page = `Shipping to the north office takes three days, item ${i}. `.repeat(350_000);
      const note = page.slice(60, 160);
      return redactor.redactValue(note, 'app.note') === note;
    };
    // The first page stays reachable from somewhere in V8 whatever the code under test does (a
    // first-run effect, seen even when nothing is scrubbed): measure from after it.
    expect(scrubSliceOfPage(0)).toBe(true);
    const baseline = heapAfterGc();
    for (let i = 1; i <= 5; i++) expect(scrubSliceOfPage(i)).toBe(true);
    // The engine's per-scan views hold the last text scanned until the next scan replaces it.
    redactor.redactString('order 1234 shipped on 2026-11-02, 3 items');
    // Without a copy the memo would hold five pages (~100 MB).
    expect(heapAfterGc() - baseline).toBeLessThan(8 * 1024 * 1024);
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
