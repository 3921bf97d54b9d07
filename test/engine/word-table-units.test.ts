// WordTable lookups give the flags of a plain map from folded words, case-folded, compact or
// not, whatever slice of whatever text they are asked about.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeUnitsOf } from '../../src/engine/text/code-units.js';
import { foldCode } from '../../src/engine/text/letters.js';
import { HASH_SEED, WordTable, hashStep } from '../../src/engine/text/word-table.js';

const WORDS: [string, number][] = [
  ['maria josé łukasz дмитрий o\'brien jean-luc fullname the however', 1],
  ['maria park co-worker', 2],
  ['ελένη müller straße', 4],
];
const table = WORDS.reduce((built, [words, flag]) => built.add(words, flag), new WordTable());

const fold = (text: string) => Array.from(text, (char) => String.fromCharCode(foldCode(char.charCodeAt(0)))).join('');
/** The reference: folded word → flags in a Map, the slice cut out and folded (separators dropped when compact). */
const reference = new Map<string, number>();
for (const [words, flag] of WORDS) for (const word of words.split(' ')) reference.set(fold(word), (reference.get(fold(word)) ?? 0) | flag);
function referenceFlags(text: string, start: number, end: number, compact: boolean): number {
  let slice = text.slice(start, end);
  if (compact) slice = slice.replace(/[_\-. ]/g, '');
  return slice.length === 0 ? 0 : (reference.get(fold(slice)) ?? 0);
}

const piece = fc.constantFrom(
  'Maria', 'MARIA', 'maria', 'José', 'JOSÉ', 'Łukasz', 'Дмитрий', "O'Brien", 'O’Brien', 'Jean-Luc', 'Full Name', 'full_name',
  'full-name', 'FullName', 'co-worker', 'Coworker', 'Park', 'The', 'However', 'Ελένη', 'Müller', 'Straße', ' ', '.', '_', '-', 'x', '1',
);
const textAndSlice = fc
  .array(piece, { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''))
  .chain((text) =>
    fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length)).map(([t, a, b]) => [t, Math.min(a, b), Math.max(a, b)] as const),
  );

describe('WordTable code-unit lookups', () => {
  it('flagsOf and flagsOfUnitRange give the reference flags, compact or not', () => {
    fc.assert(
      fc.property(textAndSlice, fc.boolean(), ([text, start, end], compact) => {
        const expected = referenceFlags(text, start, end, compact);
        expect(table.flagsOf(text, start, end, compact)).toBe(expected);
        expect(table.flagsOfUnitRange(codeUnitsOf(text), start, end, compact)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('flagsOfUnits and flagsOfHashed give the reference flags for the hash of the folded slice', () => {
    fc.assert(
      fc.property(textAndSlice, ([text, start, end]) => {
        let hash = HASH_SEED;
        for (let i = start; i < end; i++) hash = hashStep(hash, foldCode(text.charCodeAt(i)));
        const expected = referenceFlags(text, start, end, false);
        expect(table.flagsOfUnits(hash, codeUnitsOf(text), start, end)).toBe(expected);
        expect(table.flagsOfHashed(hash, text, start, end)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds whole words only, ignoring case', () => {
    const text = 'Dear MARIA and Jean-Luc, the FULL_NAME field';
    const units = codeUnitsOf(text);
    expect(table.flagsOfUnitRange(units, 5, 10)).toBe(3);
    expect(table.flagsOfUnitRange(units, 5, 9)).toBe(0);
    expect(table.flagsOfUnitRange(units, 15, 23)).toBe(1);
    expect(table.flagsOfUnitRange(units, 29, 38, true)).toBe(1);
    expect(table.flagsOfUnitRange(units, 29, 38)).toBe(0);
    // A slice reaching outside the text is no word.
    expect(table.flagsOf(text, -1, 4)).toBe(0);
    expect(table.flagsOf(text, 40, text.length + 3)).toBe(0);
  });
});
