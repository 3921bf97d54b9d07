import { describe, expect, it } from 'vitest';
import { isKnownCardIssuer } from '../../src/engine/validators/card-issuers.js';

describe('isKnownCardIssuer', () => {
  it.each([
    ['Visa 13', 4222, 13],
    ['Visa 16', 4111, 16],
    ['Visa 19', 4000, 19],
    ['Mastercard 5x', 5555, 16],
    ['Mastercard 2-series low', 2221, 16],
    ['Mastercard 2-series high', 2720, 16],
    ['Amex 34', 3400, 15],
    ['Amex 37', 3782, 15],
    ['Discover 6011', 6011, 16],
    ['Discover 644', 6445, 19],
    ['Discover 65', 6500, 17],
    ['Diners 300', 3056, 14],
    ['Diners 36', 3622, 14],
    ['Diners 38', 3852, 16],
    ['JCB low', 3528, 16],
    ['JCB high', 3589, 19],
    ['UnionPay', 6200, 19],
    ['Maestro 50', 5018, 16],
    ['Maestro 67', 6759, 13],
  ])('accepts %s', (_name, prefix, length) => {
    expect(isKnownCardIssuer(prefix, length)).toBe(true);
  });

  it.each([
    ['Visa 17 digits', 4111, 17],
    ['Mastercard 15 digits', 5555, 15],
    ['below the 2-series', 2220, 16],
    ['above the 2-series', 2721, 16],
    ['Amex 16 digits', 3782, 16],
    ['Diners 306', 3060, 14],
    ['JCB below range', 3527, 16],
    ['prefix 1 (epochs, snowflakes)', 1723, 16],
    ['prefix 9', 9111, 16],
    ['prefix 7', 7111, 16],
    ['Maestro too long', 6759, 20],
  ])('rejects %s', (_name, prefix, length) => {
    expect(isKnownCardIssuer(prefix, length)).toBe(false);
  });
});
