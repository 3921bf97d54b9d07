import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhoneCandidate } from '../../src/engine/detectors/phone/candidate.js';
import {
  classOf,
  CLOSE_PAREN_CLASS,
  DIGIT_CLASS,
  JOINS_GROUPS,
  OPEN_PAREN_CLASS,
  SEPARATOR_KINDS,
} from '../../src/engine/detectors/phone/char-classes.js';
import { canBeBareBlock, classify, MIN_DIGITS, REJECT } from '../../src/engine/detectors/phone/classify.js';
import { endsAfterFirstGroup, PhoneRun } from '../../src/engine/detectors/phone/run.js';
import { plusSignLength, separatorKind } from '../../src/engine/detectors/phone/separators.js';
import { codeUnitsOf } from '../../src/engine/text/code-units.js';

/**
 * The phone detector passes over runs it can judge from a glance; these checks tie each shortcut
 * to the full reading it stands in for, so that a change to one shows up against the other.
 */
describe('phone fast paths', () => {
  it('classes every code unit as the separator helpers do', () => {
    const mismatches: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const classes = classOf(code);
      const expected =
        separatorKind(code) |
        (code >= 48 && code <= 57 ? DIGIT_CLASS : 0) |
        (code === 40 ? OPEN_PAREN_CLASS : 0) |
        (code === 41 ? CLOSE_PAREN_CLASS : 0);
      if (classes !== expected || (classes & SEPARATOR_KINDS) !== separatorKind(code)) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
    expect(classOf(Number.NaN)).toBe(0);
    expect(JOINS_GROUPS & DIGIT_CLASS).toBe(0);
  });

  it('reads a plus sign without looking past the text', () => {
    const sign = (text: string, index = 0): number => plusSignLength(codeUnitsOf(text), text.length, index);
    expect(sign('+1')).toBe(1);
    expect(sign('%2B1')).toBe(3);
    expect(sign('%2b1')).toBe(3);
    expect(sign('%2')).toBe(0);
    expect(sign('%2C1')).toBe(0);
    expect(sign('1', 1)).toBe(0);
  });

  it('says a run ends after its first group only where the full scan agrees', () => {
    const alphabet = fc.constantFrom('1', '5', '0', ' ', '  ', '-', '.', '/', '(', ')', '+', 'a', ',', '\u00a0', '\u2013');
    const run = new PhoneRun();
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 14 }).map((chars) => `55${chars.join('')}`), (text) => {
        const units = codeUnitsOf(text);
        let groupEnd = 0;
        while (groupEnd < text.length && units[groupEnd]! >= 48 && units[groupEnd]! <= 57) groupEnd++;
        if (!endsAfterFirstGroup(units, text.length, groupEnd)) return;
        expect(run.scan(units, text.length, 0)).toBe(groupEnd);
      }),
      { numRuns: 3000 },
    );
  });

  it('rejects bare digit blocks only where the classification would', () => {
    const candidate = new PhoneCandidate();
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{7,17}$/), (block) => {
        expect(candidate.parse(codeUnitsOf(block), block.length, 0)).toBe(true);
        expect(candidate.groupCount).toBe(1);
        if (classify(candidate, 0) === REJECT) return;
        expect(canBeBareBlock(block.charCodeAt(0) - 48, block.length)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    // Every length and leading digit, with digits that pass the national plans where any can.
    for (let length = MIN_DIGITS; length <= 17; length++) {
      for (let first = 0; first <= 9; first++) {
        for (const rest of ['2345678901234567', '0012345678901234', '1234567890123456', '9999999999999999']) {
          const block = `${first}${rest}`.slice(0, length);
          candidate.parse(codeUnitsOf(block), block.length, 0);
          if (classify(candidate, 0) !== REJECT) expect(canBeBareBlock(first, length)).toBe(true);
        }
      }
    }
  });
});
