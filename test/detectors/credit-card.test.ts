import { describe, expect, it } from 'vitest';
import { creditCardDetectors } from '../../src/engine/detectors/credit-card.js';
import { Scanner } from '../../src/engine/scanner.js';
import { adversarialInputs, breakLastDigit, matchesOf, MUST_SURVIVE, valuesOf, withLuhnDigit } from './structured-number-helpers.js';

const found = (text: string): string[] => valuesOf(creditCardDetectors, text);

describe('credit_card detector', () => {
  it('is one enabled detector reporting CREDIT_CARD at 0.95, triggered by digits', () => {
    expect(creditCardDetectors.map((d) => [d.name, d.enabledByDefault, d.trigger])).toEqual([
      ['credit_card', true, { digit: true, minDigits: 13 }],
    ]);
    expect(matchesOf(creditCardDetectors, 'pay 4111111111111111')).toEqual([
      { value: '4111111111111111', type: 'CREDIT_CARD', confidence: 0.95, detector: 'credit_card' },
    ]);
  });

  it.each([
    ['Visa 16', '4111111111111111'],
    ['Visa 16 (Stripe)', '4242 4242 4242 4242'],
    ['Visa 13', '4222222222222'],
    ['Visa 19', withLuhnDigit('411111111111111111')],
    ['Mastercard', '5555-5555-5555-4444'],
    ['Mastercard 2-series', '2223 0031 2200 3222'],
    ['Amex 4-6-5', '3782 822463 10005'],
    ['Amex contiguous', '371449635398431'],
    ['Discover 6011', '6011 1111 1111 1117'],
    ['Discover 644', withLuhnDigit('644564456445644')],
    ['Discover 19', withLuhnDigit('650000000000000000')],
    ['Diners 4-6-4', '3056 930902 5904'],
    ['Diners 38', '38520000023237'],
    ['JCB', '3530 1113 3330 0000'],
    ['UnionPay', '6200000000000005'],
    ['UnionPay 19', withLuhnDigit('620000000000000000')],
    ['Maestro', '6759649826438453'],
    ['Visa 19 as 4-4-4-4-3', '4111 1111 1111 1111 ' + withLuhnDigit('411111111111111111').slice(16)],
  ])('finds %s', (_name, card) => {
    expect(found(`card: ${card} thanks`)).toEqual([card]);
  });

  it('finds cards in common surroundings', () => {
    expect(found('{"card":"4111111111111111"}')).toEqual(['4111111111111111']);
    expect(found('(4111-1111-1111-1111).')).toEqual(['4111-1111-1111-1111']);
    expect(found('/v1/cards/4242424242424242/charge')).toEqual(['4242424242424242']);
    expect(found('4111111111111111')).toEqual(['4111111111111111']);
    expect(found('first 4111 1111 1111 1111, second 5555 5555 5555 4444')).toEqual([
      '4111 1111 1111 1111',
      '5555 5555 5555 4444',
    ]);
  });

  it('keeps the card when a short group such as a CVV or expiry follows', () => {
    expect(found('4111 1111 1111 1111 123')).toEqual(['4111 1111 1111 1111']);
    expect(found('4111 1111 1111 1111 12/26')).toEqual(['4111 1111 1111 1111']);
    expect(found('4111111111111111 0926')).toEqual(['4111111111111111']);
    expect(found('4111-1111-1111-1111 123')).toEqual(['4111-1111-1111-1111']);
  });

  it('ignores numbers that fail Luhn', () => {
    expect(found('4111111111111112')).toEqual([]);
    expect(found(breakLastDigit('5555 5555 5555 4444'))).toEqual([]);
  });

  it('ignores Luhn-valid numbers outside issuer ranges or lengths', () => {
    expect(found(withLuhnDigit('172345678912345'))).toEqual([]); // prefix 1: epochs, snowflakes
    expect(found(withLuhnDigit('911111111111111'))).toEqual([]);
    expect(found(withLuhnDigit('4111111111111111'))).toEqual([]); // Visa has no 17-digit numbers
    expect(found(withLuhnDigit('378282246310005'))).toEqual([]); // Amex is 15 digits, never 16
    expect(found(withLuhnDigit('555555555555'))).toEqual([]); // 13 digits of Mastercard
  });

  it('ignores cards inside longer digit runs, words and hex ids', () => {
    expect(found('41111111111111110000')).toEqual([]);
    expect(found('a4111111111111111')).toEqual([]);
    expect(found('4111111111111111z')).toEqual([]);
    expect(found('id_4111111111111111')).toEqual([]);
    expect(found('deadbeef4111111111111111cafe')).toEqual([]);
    expect(found('41111111-1111-1111-1111-111111111111')).toEqual([]);
  });

  it('ignores decimals and hyphenated identifiers', () => {
    expect(found('0.4111111111111111')).toEqual([]);
    expect(found('4111111111111111.50')).toEqual([]);
    expect(found('ORD-4111111111111111')).toEqual([]);
    expect(found('4111111111111111-retry')).toEqual([]);
  });

  it('ignores inconsistent or unusual grouping', () => {
    expect(found('4111-1111 1111-1111')).toEqual([]);
    expect(found('41111 11111 11111 1')).toEqual([]);
    expect(found('411 1111 1111 11111')).toEqual([]);
    expect(found('4111  1111  1111  1111')).toEqual([]);
    expect(found('4111.1111.1111.1111')).toEqual([]);
    expect(found('4111 1111 1111 1111 12345')).toEqual([]);
  });

  it('leaves identifier-shaped telemetry values alone', () => {
    for (const text of MUST_SURVIVE) expect(found(text), text).toEqual([]);
  });

  it('processes 200 KB adversarial strings without error', () => {
    const scanner = new Scanner(creditCardDetectors);
    for (const text of adversarialInputs()) {
      expect(() => scanner.scan(text)).not.toThrow();
      expect(() => found(text)).not.toThrow();
    }
  });
});
