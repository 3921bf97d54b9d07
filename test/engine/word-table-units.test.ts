// The code-unit lookups of WordTable give the same flags as the string lookups, case-folded,
// compact or not, whatever slice of whatever text they are asked about.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeUnitsOf } from '../../src/engine/text/code-units.js';
import { foldCode } from '../../src/engine/text/letters.js';
import { HASH_SEED, WordTable, hashStep } from '../../src/engine/text/word-table.js';

const table = new WordTable()
  .add('maria josé łukasz дмитрий o\'brien jean-luc fullname the however', 1)
  .add('maria park co-worker', 2)
  .add('ελένη müller straße', 4);

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
  it('flagsOfUnitRange equals flagsOf, compact or not', () => {
    fc.assert(
      fc.property(textAndSlice, fc.boolean(), ([text, start, end], compact) => {
        expect(table.flagsOfUnitRange(codeUnitsOf(text), start, end, compact)).toBe(table.flagsOf(text, start, end, compact));
      }),
      { numRuns: 3000 },
    );
  });

  it('flagsOfUnits equals flagsOfHashed for the hash of the folded slice', () => {
    fc.assert(
      fc.property(textAndSlice, ([text, start, end]) => {
        let hash = HASH_SEED;
        for (let i = start; i < end; i++) hash = hashStep(hash, foldCode(text.charCodeAt(i)));
        expect(table.flagsOfUnits(hash, codeUnitsOf(text), start, end)).toBe(table.flagsOfHashed(hash, text, start, end));
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
  });
});
