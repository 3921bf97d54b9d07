import { describe, expect, it } from 'vitest';
import {
  FRENCH_STREET_TYPE,
  UNIT,
  US_STATE,
  addressWords,
  isUsState,
  mayEndUnit,
  mayOpenFrenchStreetType,
  mayOpenUnit,
} from '../../src/engine/detectors/address/vocabulary.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéÉ';

describe('address vocabulary quick checks', () => {
  it('flags US states exactly as the word table does', () => {
    for (const first of LETTERS) {
      for (const second of LETTERS) {
        const pair = first + second;
        const inTable = (addressWords.flagsOf(pair, 0, 2) & US_STATE) !== 0;
        expect(isUsState(pair.charCodeAt(0), pair.charCodeAt(1)), pair).toBe(inTable);
      }
    }
  });

  it('never rules out a word the table flags', () => {
    const words = ['rue', 'Avenue', 'BOULEVARD', 'bd', 'place', 'allée', 'Allee', 'chemin', 'impasse', 'quai', 'cours', 'route'];
    for (const word of words) {
      expect(addressWords.flagsOf(word, 0, word.length) & FRENCH_STREET_TYPE, word).not.toBe(0);
      expect(mayOpenFrenchStreetType(word.charCodeAt(0), word.charCodeAt(1)), word).toBe(true);
    }
    const units = ['Apt', 'apartment', 'Suite', 'STE', 'unit', 'Floor', 'fl', 'Room', 'rm', 'Bldg', 'building', 'Flat'];
    for (const word of units) {
      expect(addressWords.flagsOf(word, 0, word.length) & UNIT, word).not.toBe(0);
      expect(mayOpenUnit(word.charCodeAt(0), word.charCodeAt(1)), word).toBe(true);
      expect(mayEndUnit(word.charCodeAt(word.length - 2), word.charCodeAt(word.length - 1)), word).toBe(true);
    }
  });

  it('rules out ordinary words before any lookup', () => {
    expect(mayOpenFrenchStreetType('a'.charCodeAt(0), 'p'.charCodeAt(0))).toBe(false);
    expect(mayOpenUnit('M'.charCodeAt(0), 'o'.charCodeAt(0))).toBe(false);
    expect(mayEndUnit('r'.charCodeAt(0), 'e'.charCodeAt(0))).toBe(false);
    expect(mayEndUnit(Number.NaN, 't'.charCodeAt(0))).toBe(false);
  });
});
