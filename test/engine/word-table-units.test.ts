// WordTable lookups give the flags of a plain map from folded words, case-folded, compact or
// not, whatever slice of whatever text they are asked about, and whether the table hashes the
// slice or the caller did; its filters never turn away a word that has their flags.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeUnitsOf } from '../../src/engine/text/code-units.js';
import { foldCode } from '../../src/engine/text/letters.js';
import { CHECK_SEED, HASH_SEED, WordTable, checkStep, hashStep } from '../../src/engine/text/word-table.js';
import { scanWord, scanned } from '../../src/engine/detectors/person/name-words.js';
import { CLOSING, CLOSING_TAIL, TITLE, lexicon } from '../../src/engine/detectors/person/lexicon.js';

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

  it('flagsOfChecked gives the reference flags for the hash, check hash and length of the folded slice', () => {
    fc.assert(
      fc.property(textAndSlice, ([text, start, end]) => {
        let hash = HASH_SEED;
        let check = CHECK_SEED;
        for (let i = start; i < end; i++) {
          hash = hashStep(hash, foldCode(text.charCodeAt(i)));
          check = checkStep(check, foldCode(text.charCodeAt(i)));
        }
        expect(table.flagsOfChecked(hash, check, end - start)).toBe(referenceFlags(text, start, end, false));
      }),
      { numRuns: 3000 },
    );
  });

  it('flagsOfChecked answers every word of the person lexicon, and no word whose hash alone or length alone matches', () => {
    const words = lexicon.wordsWith(-1);
    expect(words.length).toBeGreaterThan(5000);
    // Each word's flags, from the word lists by flag: a reference that does not go through a lookup.
    const flagsOfWord = new Map<string, number>();
    for (let bit = 0; bit < 31; bit++) {
      for (const word of lexicon.wordsWith(1 << bit)) flagsOfWord.set(word, (flagsOfWord.get(word) ?? 0) | (1 << bit));
    }
    for (const word of words) {
      let hash = HASH_SEED;
      let check = CHECK_SEED;
      for (let i = 0; i < word.length; i++) {
        hash = hashStep(hash, word.charCodeAt(i));
        check = checkStep(check, word.charCodeAt(i));
      }
      const flags = flagsOfWord.get(word)!;
      expect(flags, word).not.toBe(0);
      expect(lexicon.flagsOfChecked(hash, check, word.length), word).toBe(flags);
      // The same hash with another check, or another length, is another word.
      expect(lexicon.flagsOfChecked(hash, check ^ 1, word.length), word).toBe(0);
      expect(lexicon.flagsOfChecked(hash, check, word.length + 1), word).toBe(0);
    }
  });

  it('scanWord leaves the hash and check hash of the word it read, possessive left out', () => {
    for (const [text, word] of [['Maria said', 'maria'], ["O'Brien's desk", "o'brien"], ['JEAN-LUC', 'jean-luc'], ['Łukasz', 'łukasz']] as const) {
      scanWord(text, 0);
      let hash = HASH_SEED;
      let check = CHECK_SEED;
      for (let i = 0; i < word.length; i++) {
        hash = hashStep(hash, word.charCodeAt(i));
        check = checkStep(check, word.charCodeAt(i));
      }
      expect([scanned.end, scanned.hash, scanned.check], text).toEqual([word.length, hash, check]);
    }
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

  it('a filter says "may hold" for every slice with one of its flags, whatever its case', () => {
    for (const flags of [1, 2, 4, 3, 6]) {
      const filter = table.filter(flags);
      fc.assert(
        fc.property(textAndSlice, ([text, start, end]) => {
          if ((referenceFlags(text, start, end, false) & flags) !== 0) expect(filter.mayHold(codeUnitsOf(text), start, end)).toBe(true);
        }),
        { numRuns: 2000 },
      );
    }
  });

  it('a filter of the person lexicon holds each of its words, in any case, and turns most prose away', () => {
    const flags = TITLE | CLOSING | CLOSING_TAIL;
    const filter = lexicon.filter(flags);
    const words = lexicon.wordsWith(flags);
    expect(words.length).toBeGreaterThan(30);
    for (const word of words) {
      for (const form of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)]) {
        const text = `… ${form}.`;
        const end = 2 + form.length;
        // `ß` upper-cases to `SS`: a form the table does not know either is no test of the filter.
        if (form === word) expect(lexicon.flagsOf(text, 2, end) & flags, form).not.toBe(0);
        if ((lexicon.flagsOf(text, 2, end) & flags) !== 0) expect(filter.mayHold(codeUnitsOf(text), 2, end), form).toBe(true);
      }
    }
    const prose = 'the status of every release message index deployment summary latency budget chart question';
    const units = codeUnitsOf(prose);
    let held = 0;
    let count = 0;
    for (const match of prose.matchAll(/\S+/g)) {
      count++;
      if (filter.mayHold(units, match.index, match.index + match[0].length)) held++;
    }
    expect(held).toBeLessThan(count / 3);
  });

  it('a filter is made again after words are added to its table', () => {
    const grown = new WordTable().add('alpha', 1);
    const filter = grown.filter(1);
    const text = 'alpha omega';
    expect(filter.mayHold(codeUnitsOf(text), 0, 5)).toBe(true);
    expect(filter.mayHold(codeUnitsOf(text), 6, 11)).toBe(false);
    grown.add('omega', 1);
    expect(filter.mayHold(codeUnitsOf(text), 6, 11)).toBe(true);
  });
});
