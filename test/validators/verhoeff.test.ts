import { describe, expect, it } from 'vitest';
import { isVerhoeffValid } from '../../src/engine/validators/verhoeff.js';

describe('isVerhoeffValid', () => {
  it('accepts the published example 236 with check digit 3', () => {
    expect(isVerhoeffValid('2363')).toBe(true);
    expect(isVerhoeffValid('2364')).toBe(false);
  });

  it('has exactly one valid check digit for any payload', () => {
    for (const payload of ['1', '12345', '98765432101', '234123412341']) {
      let valid = 0;
      for (let digit = 0; digit < 10; digit++) if (isVerhoeffValid(payload + digit)) valid++;
      expect(valid).toBe(1);
    }
  });

  it('detects every single-digit error and every adjacent transposition', () => {
    const payload = '49781234560';
    let number = '';
    for (let digit = 0; digit < 10; digit++) if (isVerhoeffValid(payload + digit)) number = payload + digit;
    expect(number).not.toBe('');
    for (let i = 0; i < number.length; i++) {
      for (let digit = 0; digit < 10; digit++) {
        if (String(digit) === number[i]) continue;
        const changed = number.slice(0, i) + digit + number.slice(i + 1);
        expect(isVerhoeffValid(changed)).toBe(false);
      }
      if (i + 1 < number.length && number[i] !== number[i + 1]) {
        const swapped = number.slice(0, i) + number[i + 1] + number[i] + number.slice(i + 2);
        expect(isVerhoeffValid(swapped)).toBe(false);
      }
    }
  });

  it('skips spaces and hyphens, fails on other characters', () => {
    expect(isVerhoeffValid('23 63')).toBe(true);
    expect(isVerhoeffValid('2-363')).toBe(true);
    expect(isVerhoeffValid('23.63')).toBe(false);
    expect(isVerhoeffValid('3')).toBe(false);
  });
});
