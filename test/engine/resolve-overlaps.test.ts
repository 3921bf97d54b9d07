// Overlap resolution orders findings itself (insertion for short lists, the built-in sort for long
// ones): whatever order detectors report in, the outcome must be what a stable sort by start,
// longer first, gives, including which of two findings with the same span and confidence wins.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../src/engine/scanner.js';
import type { Finding } from '../../src/engine/types.js';
import { fuzzOptions } from '../fuzz/support.js';

const finding = fc
  .record({ start: fc.nat({ max: 24 }), length: fc.integer({ min: 1, max: 8 }), type: fc.constantFrom('A', 'B', 'C'), confidence: fc.constantFrom(0.5, 0.9) })
  .map(({ start, length, type, confidence }): Finding => ({ type, start, end: start + length, detector: type.toLowerCase(), confidence }));

/** The rule written plainly, on the built-in stable sort: the oracle. */
function expectedResolution(findings: readonly Finding[]): Finding[] {
  const better = (candidate: Finding, incumbent: Finding) =>
    candidate.confidence !== incumbent.confidence
      ? candidate.confidence > incumbent.confidence
      : candidate.end - candidate.start > incumbent.end - incumbent.start;
  const kept: Finding[] = [];
  for (const finding of [...findings].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (last === undefined || finding.start >= last.end) kept.push(finding);
    else if (finding.end > last.end || better(finding, last)) {
      const winner = better(finding, last) ? finding : last;
      kept[kept.length - 1] = { ...winner, start: last.start, end: Math.max(last.end, finding.end) };
    }
  }
  return kept;
}

describe('resolveOverlaps', () => {
  it('gives what a stable sort by start, longer first, gives, for short and long lists', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(finding, { maxLength: 20 }), fc.array(finding, { minLength: 120, maxLength: 300 })), (findings) => {
        expect(resolveOverlaps([...findings])).toEqual(expectedResolution(findings));
      }),
      fuzzOptions(400),
    );
  });

  it('keeps the first reported of two findings with the same span and confidence', () => {
    const first: Finding = { type: 'A', start: 4, end: 9, detector: 'a', confidence: 0.9 };
    const second: Finding = { type: 'B', start: 4, end: 9, detector: 'b', confidence: 0.9 };
    const later: Finding = { type: 'C', start: 0, end: 2, detector: 'c', confidence: 0.9 };
    expect(resolveOverlaps([first, later, second]).map((f) => f.type)).toEqual(['C', 'A']);
    expect(resolveOverlaps([second, later, first]).map((f) => f.type)).toEqual(['C', 'B']);
  });
});
