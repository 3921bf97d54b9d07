import v8 from 'node:v8';
import vm from 'node:vm';
import { expect } from 'vitest';
import type { Redactor } from '../../src/index.js';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Heap in use after two full collections. */
export function heapAfterGc(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/**
 * Heap growth after `redactor` scrubbed five clean slices of `sliceLength` characters twice, each cut
 * from a ~20 MB string: V8 slices substrings of 13+ characters without copying, so a redactor
 * that remembers a slice as it is keeps the whole page alive (~100 MB for five).
 */
export function heapKeptBySlicesOfPages(redactor: Redactor, sliceLength: number): number {
  const scrubSliceOfPage = (i: number) => {
    const page = `Shipping to the north office takes three days, item ${i}. `.repeat(350_000);
    const note = page.slice(60, 60 + sliceLength);
    // Twice: a short clean value is remembered the second time it is seen.
    return redactor.redactValue(note, 'app.note') === note && redactor.redactValue(note, 'app.note') === note;
  };
  // The first page stays reachable from somewhere in V8 whatever the code under test does (a
  // first-run effect, seen even when nothing is scrubbed): measure from after it.
  expect(scrubSliceOfPage(0)).toBe(true);
  const baseline = heapAfterGc();
  for (let i = 1; i <= 5; i++) expect(scrubSliceOfPage(i)).toBe(true);
  // The engine's per-scan views hold the last text scanned until the next scan replaces it.
  redactor.redactString('order 1234 shipped on 2026-11-02, 3 items');
  return heapAfterGc() - baseline;
}
