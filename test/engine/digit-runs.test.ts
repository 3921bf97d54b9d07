import { describe, expect, it } from 'vitest';
import { describeWithAndWithoutKernel } from '../support/kernel-modes.js';
import { codeUnitsOf } from '../../src/engine/text/code-units.js';
import { ANY_RUN, DigitRunWalk, findDigitRun, FREE_RUNS, type DigitRun } from '../../src/engine/text/digit-runs.js';
import { isAsciiAlphanumeric, isAsciiDigit, isWordChar } from '../../src/engine/text/chars.js';
import { endsEscape } from '../../src/engine/text/escapes.js';
import {
  digitRunEndIn,
  digitsValueIn,
  isNumberEndFreeIn,
  isNumberStartFreeIn,
  matchDigitGroupsIn,
  NO_SEPARATOR,
} from '../../src/engine/text/number-boundaries.js';

// Reference forms over the string, as the detectors read it before they moved to code units.
const HYPHEN = 45;
const DOT = 46;
const COMMA = 44;

/**
 * True when a number that starts at `start` stands on its own on the left. It must not be glued
 * to a word (`id4111…`, hex ids), be the fraction or thousands part of a decimal (`1.`, `1,`),
 * end a hyphenated identifier (`ORD-2024-…`), or continue a longer digit grouping that uses the
 * candidate's own `separator` (a char code, or NO_SEPARATOR). The letter of an escape (`\n4111…`
 * in JSON quoted inside a log line) separates like the whitespace it stands for.
 */
function isNumberStartFree(text: string, start: number, separator: number = NO_SEPARATOR): boolean {
  if (start <= 0) return true;
  const before = text.charCodeAt(start - 1);
  if (isWordChar(before)) return endsEscape(text, start);
  if (start < 2) return true;
  const twoBefore = text.charCodeAt(start - 2);
  if ((before === DOT || before === COMMA) && isAsciiDigit(twoBefore)) return false;
  if (before === HYPHEN && isAsciiAlphanumeric(twoBefore)) return false;
  if (before === separator && isAsciiDigit(twoBefore)) return false;
  return true;
}

/** Mirror of {@link isNumberStartFree} for the character at `end` (exclusive end of the number). */
function isNumberEndFree(text: string, end: number, separator: number = NO_SEPARATOR): boolean {
  if (end >= text.length) return true;
  const after = text.charCodeAt(end);
  if (isWordChar(after)) return false;
  if (end + 1 >= text.length) return true;
  const twoAfter = text.charCodeAt(end + 1);
  if ((after === DOT || after === COMMA) && isAsciiDigit(twoAfter)) return false;
  if (after === HYPHEN && isAsciiAlphanumeric(twoAfter)) return false;
  if (after === separator && isAsciiDigit(twoAfter)) return false;
  return true;
}

/** Index just past the run of ASCII digits that starts at `start` (`start` itself when none). */
function digitRunEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isAsciiDigit(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Matches digit groups of exactly `lengths` (at least two) joined by one separator, a space or a
 * hyphen, used consistently (`123-45-6789`, not `123-45 6789`). Returns the end index, or -1.
 * The separator used is `text.charCodeAt(start + lengths[0])`.
 */
function matchDigitGroups(text: string, start: number, lengths: readonly number[]): number {
  let position = start;
  let separator = NO_SEPARATOR;
  for (let g = 0; g < lengths.length; g++) {
    if (g > 0) {
      const code = text.charCodeAt(position);
      if (g === 1) {
        if (code !== 32 && code !== HYPHEN) return -1;
        separator = code;
      } else if (code !== separator) {
        return -1;
      }
      position++;
    }
    const groupEnd = digitRunEnd(text, position);
    if (groupEnd - position !== lengths[g]) return -1;
    position = groupEnd;
  }
  return position;
}

/** Decimal value of the `length` ASCII digits at `start` (the caller has checked they are digits). */
function digitsValue(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}


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

describeWithAndWithoutKernel('digit runs', () => {

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
