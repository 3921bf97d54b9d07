import { describe, expect, it } from 'vitest';
import { isLuhnValid } from '../../src/engine/validators/luhn.js';
import { breakLastDigit, withLuhnDigit } from '../detectors/structured-number-helpers.js';

describe('isLuhnValid', () => {
  it('accepts documented test card numbers', () => {
    for (const number of ['4111111111111111', '4242424242424242', '5555555555554444', '378282246310005', '6011111111111117', '79927398713']) {
      expect(isLuhnValid(number)).toBe(true);
    }
  });

  it('rejects a changed check digit', () => {
    expect(isLuhnValid('4111111111111112')).toBe(false);
    expect(isLuhnValid('79927398710')).toBe(false);
  });

  it('skips spaces and hyphens between groups', () => {
    expect(isLuhnValid('4111 1111 1111 1111')).toBe(true);
    expect(isLuhnValid('4111-1111-1111-1111')).toBe(true);
  });

  it('fails on any other character and on fewer than two digits', () => {
    expect(isLuhnValid('4111.1111.1111.1111')).toBe(false);
    expect(isLuhnValid('411111111111111a')).toBe(false);
    expect(isLuhnValid('0')).toBe(false);
    expect(isLuhnValid('')).toBe(false);
  });

  it('checks a range in place', () => {
    const text = 'card: 4111 1111 1111 1111.';
    expect(isLuhnValid(text, 6, 25)).toBe(true);
    expect(isLuhnValid(text, 6, 24)).toBe(false);
  });

  it('agrees with an independent generator on every length from 2 to 19', () => {
    for (let length = 1; length < 19; length++) {
      const payload = Array.from({ length }, (_, i) => String((i * 7 + 3) % 10)).join('');
      const valid = withLuhnDigit(payload);
      expect(isLuhnValid(valid)).toBe(true);
      expect(isLuhnValid(breakLastDigit(valid))).toBe(false);
    }
  });
});
