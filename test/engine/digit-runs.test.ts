import { describe, expect, it } from 'vitest';
import { codeUnitsOf } from '../../src/engine/text/code-units.js';
import { ANY_RUN, DigitRunWalk, findDigitRun, FREE_RUNS, type DigitRun } from '../../src/engine/text/digit-runs.js';
import {
  digitRunEnd,
  digitRunEndIn,
  digitsValue,
  digitsValueIn,
  isNumberEndFree,
  isNumberEndFreeIn,
  isNumberStartFree,
  isNumberStartFreeIn,
  matchDigitGroups,
  matchDigitGroupsIn,
} from '../../src/engine/text/number-boundaries.js';

/** Every run of `text` as a regex sees it, with whether a FREE_RUNS walk must visit it. */
function expectedRuns(text: string, freeOnly: boolean): string[] {
  const runs: string[] = [];
  for (const match of text.matchAll(/[0-9]+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 6), start);
    const glued = /\w$/.test(before) && !/\\[nrt]$|\\u[0-9a-fA-F]{4}$/.test(before);
    const grouped = end < text.length && /[ \u00a0\u202f\u2009\-.\/()\u2010-\u2013]/.test(text[end]!);
    if (!freeOnly || !glued || grouped) runs.push(`${start}-${end}`);
  }
  return runs;
}

function walkWithFind(text: string, freeOnly: boolean): string[] {
  const found: DigitRun = { start: 0, end: 0 };
  const runs: string[] = [];
  let from = 0;
  while (findDigitRun(text, from, found, freeOnly)) {
    runs.push(`${found.start}-${found.end}`);
    from = found.end;
  }
  return runs;
}

function walkWithWalk(text: string, freeOnly: boolean): string[] {
  const walk = new DigitRunWalk();
  walk.begin(text, freeOnly);
  const runs: string[] = [];
  let from = 0;
  while (walk.next(from)) {
    runs.push(`${walk.start}-${walk.end}`);
    from = walk.end;
  }
  return runs;
}

const SAMPLES = [
  '',
  'no digits at all',
  '7',
  'a1',
  'call 555-0100 or id42x, then 12 34',
  'token=ab12cd34ef56 and \\n4111 1111 and \\u00e91234 (99)',
  'x9'.repeat(50) + ' 123.45 ' + '1 '.repeat(40),
  // More runs than the record's window holds: the walk must move the window forward.
  Array.from({ length: 9_000 }, (_, i) => (i % 3 === 0 ? `id${i}x` : `${i}`)).join(' '),
];

describe('digit runs', () => {
  it('finds every run, and the free ones, as a regex does', () => {
    for (const text of SAMPLES) {
      for (const freeOnly of [ANY_RUN, FREE_RUNS]) {
        expect(walkWithFind(text, freeOnly)).toEqual(expectedRuns(text, freeOnly));
      }
    }
  });

  it('answers a walk exactly as findDigitRun does', () => {
    for (const text of SAMPLES) {
      for (const freeOnly of [ANY_RUN, FREE_RUNS]) {
        expect(walkWithWalk(text, freeOnly)).toEqual(walkWithFind(text, freeOnly));
      }
    }
  });

  it('answers a walk that skips ahead, lands inside a run or goes back', () => {
    const text = SAMPLES[SAMPLES.length - 1]!;
    const walk = new DigitRunWalk();
    const found: DigitRun = { start: 0, end: 0 };
    walk.begin(text, FREE_RUNS);
    for (const from of [0, 5, 6, 7, 30_000, 30_001, 12, 45_000, 3, text.length - 1, text.length]) {
      const expected = findDigitRun(text, from, found, FREE_RUNS) ? `${found.start}-${found.end}` : 'none';
      const actual = walk.next(from) ? `${walk.start}-${walk.end}` : 'none';
      expect(actual).toBe(expected);
    }
  });

  it('keeps a walk right when another text replaces the record between two steps', () => {
    const text = 'a 12 b 345 c 6789 d 0';
    const walk = new DigitRunWalk();
    walk.begin(text, ANY_RUN);
    const runs: string[] = [];
    let from = 0;
    while (walk.next(from)) {
      runs.push(`${walk.start}-${walk.end}`);
      from = walk.end;
      findDigitRun('other 99 text 1', 0, { start: 0, end: 0 });
    }
    expect(runs).toEqual(expectedRuns(text, ANY_RUN));
  });
});

describe('code-unit forms of the number boundaries', () => {
  const text = 'x 12-34 5.6 ab-78 9,1 \\n42 (55) 66_ 7-8 123 45 6789 ';

  it('agree with the string forms at every index', () => {
    const units = codeUnitsOf(text);
    for (let at = 0; at <= text.length; at++) {
      for (const separator of [-1, 32, 45]) {
        expect(isNumberStartFreeIn(units, at, separator)).toBe(isNumberStartFree(text, at, separator));
        expect(isNumberEndFreeIn(units, text.length, at, separator)).toBe(isNumberEndFree(text, at, separator));
      }
      expect(digitRunEndIn(units, text.length, at)).toBe(digitRunEnd(text, at));
      expect(matchDigitGroupsIn(units, text.length, at, [3, 2, 4])).toBe(matchDigitGroups(text, at, [3, 2, 4]));
      expect(matchDigitGroupsIn(units, text.length, at, [2, 2])).toBe(matchDigitGroups(text, at, [2, 2]));
    }
    expect(digitsValueIn(units, 2, 2)).toBe(digitsValue(text, 2, 2));
  });
});
