// The keyword sweep runs several automata in lockstep over a long text (four in JavaScript,
// `KERNEL_LANES` in the WebAssembly kernel); whatever the lengths and wherever keywords fall
// relative to the lane boundaries, it must report exactly what a naive case-insensitive search
// finds, in order of end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeywordHitBuffer } from '../../src/engine/text/keyword-hits.js';
import { KeywordSweep, MIN_KERNEL_LANED_LENGTH } from '../../src/engine/text/keyword-sweep.js';
import { useTextKernel } from '../../src/engine/text/kernel/kernel.js';
import { describeWithAndWithoutKernel } from '../support/kernel-modes.js';

const KEYWORDS = ['sk-', 'token', 'secret_access_key', 'access_key', 'pass', 'passwd', 'dob', 'hooks.slack.com/', 'ab'];

function naiveHits(text: string): string[] {
  const lower = text.toLowerCase();
  const hits: [number, number, number][] = [];
  KEYWORDS.forEach((keyword, tag) => {
    for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) hits.push([at, at + keyword.length, tag]);
  });
  hits.sort((a, b) => a[1] - b[1] || b[0] - a[0] || a[2] - b[2]);
  return hits.map(([start, end, tag]) => `${start}-${end}:${tag}`);
}

function sweptHits(sweep: KeywordSweep, text: string): string[] {
  const hits = new KeywordHitBuffer();
  sweep.run(text, hits);
  const out: [number, number, number][] = [];
  for (let h = 0; h < hits.count; h++) out.push([hits.starts[h]!, hits.ends[h]!, hits.tags[h]!]);
  // Keywords ending at the same place come out in automaton order; compare as the naive list sorts them.
  out.sort((a, b) => a[1] - b[1] || b[0] - a[0] || a[2] - b[2]);
  return out.map(([start, end, tag]) => `${start}-${end}:${tag}`);
}

function rawHits(sweep: KeywordSweep, text: string): string {
  const hits = new KeywordHitBuffer();
  sweep.run(text, hits);
  let out = '';
  for (let h = 0; h < hits.count; h++) out += `${hits.starts[h]}-${hits.ends[h]}:${hits.tags[h]} `;
  return out;
}

describe('KeywordSweep in the kernel and in JavaScript', () => {
  const sweep = new KeywordSweep(KEYWORDS.map((keyword, tag) => ({ keyword, tag })));

  it('reports the same hits in the same order', () => {
    const piece = fc.constantFrom(...KEYWORDS, 'x', ' ', 'Pa', 'SS', 'acc', 'ess_key');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 40, maxLength: 800 }), (pieces) => {
        const text = pieces.join('');
        const inKernel = rawHits(sweep, text);
        useTextKernel(false);
        try {
          expect(rawHits(sweep, text)).toBe(inKernel);
        } finally {
          useTextKernel(true);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describeWithAndWithoutKernel('KeywordSweep', () => {
  const sweep = new KeywordSweep(KEYWORDS.map((keyword, tag) => ({ keyword, tag })));

  it('finds every occurrence, across lane boundaries, in texts short and long', () => {
    const piece = fc.constantFrom(...KEYWORDS, ...KEYWORDS.map((k) => k.toUpperCase()), 'x', ' ', 'Pa', 'ss', 'sk', '-', 'acc', 'ess_key', 'Ab');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (pieces) => {
        const text = pieces.join('');
        expect(sweptHits(sweep, text)).toEqual(naiveHits(text));
      }),
      { numRuns: 600, seed: 20261123 },
    );
  });

  it('finds the longest keyword at every offset of a laned text', () => {
    const shortest = MIN_KERNEL_LANED_LENGTH;
    for (const length of [shortest - 1, shortest, shortest + 1, 255, 256, 257, 600, 1001]) {
      for (let at = 0; at + 17 <= length; at++) {
        const text = 'x'.repeat(at) + 'secret_access_key' + 'x'.repeat(length - at - 17);
        expect(sweptHits(sweep, text), `at ${at} of ${length}`).toEqual(naiveHits(text));
      }
    }
  });

  it('finds nothing past the end of a text where a longer one before it had keywords', () => {
    for (let length = MIN_KERNEL_LANED_LENGTH - 1; length < 200; length++) {
      sweptHits(sweep, 'ab dob sk-pass '.repeat(30));
      const text = 'x'.repeat(length);
      expect(sweptHits(sweep, text), `length ${length}`).toEqual([]);
      // And a keyword that ends the text is found once.
      const ending = 'x'.repeat(length - 5) + 'token';
      expect(sweptHits(sweep, ending), `length ${length}`).toEqual(naiveHits(ending));
    }
  });

  it('gives each of more sweeps than the kernel keeps tables for its own hits, in any order of use', () => {
    // Six sweeps take turns in the kernel's four table slots: each must find its own keywords, whichever were evicted.
    const sets = [['alpha', 'beta'], ['gamma'], ['delta', 'ta'], ['token', 'ok'], ['pass'], ['secret', 'cre']];
    const sweeps = sets.map((keywords) => new KeywordSweep(keywords.map((keyword, tag) => ({ keyword, tag }))));
    const text = 'alpha beta gamma delta token passwd secret credit '.repeat(4);
    const order = fc.array(fc.nat({ max: sets.length - 1 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(order, (turns) => {
        for (const which of turns) {
          const hits = new KeywordHitBuffer();
          sweeps[which]!.run(text, hits);
          const found: string[] = [];
          for (let h = 0; h < hits.count; h++) found.push(`${hits.starts[h]}-${hits.ends[h]}:${hits.tags[h]}`);
          const expected: [number, number, number][] = [];
          sets[which]!.forEach((keyword, tag) => {
            for (let at = text.indexOf(keyword); at !== -1; at = text.indexOf(keyword, at + 1)) expected.push([at, at + keyword.length, tag]);
          });
          expected.sort((a, b) => a[1] - b[1] || b[0] - a[0] || a[2] - b[2]);
          found.sort();
          expect(found).toEqual(expected.map(([start, end, tag]) => `${start}-${end}:${tag}`).sort());
        }
      }),
      { numRuns: 100, seed: 44 },
    );
  });

  it('reports hits in order of end, as consumers expect', () => {
    const text = 'pass '.repeat(200) + 'secret_access_key ' + 'token '.repeat(100);
    const hits = new KeywordHitBuffer();
    sweep.run(text, hits);
    for (let h = 1; h < hits.count; h++) expect(hits.ends[h]!).toBeGreaterThanOrEqual(hits.ends[h - 1]!);
    expect(hits.count).toBe(naiveHits(text).length);
  });
});
