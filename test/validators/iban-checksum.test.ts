import { describe, expect, it } from 'vitest';
import { isIbanChecksumValid } from '../../src/engine/validators/iban-checksum.js';
import { ibanLengthForCountry, MIN_IBAN_LENGTH } from '../../src/engine/validators/iban-countries.js';

const REGISTRY_EXAMPLES = [
  'GB82 WEST 1234 5698 7654 32',
  'DE89 3704 0044 0532 0130 00',
  'FR14 2004 1010 0505 0001 3M02 606',
  'NL91 ABNA 0417 1643 00',
  'BE68 5390 0754 7034',
  'CH93 0076 2011 6238 5295 7',
  'ES91 2100 0418 4502 0005 1332',
  'IT60 X054 2811 1010 0000 0123 456',
  'NO93 8601 1117 947',
  'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
];

/** Independent (BigInt) check-digit computation for building test IBANs. */
function checkDigits(country: string, bban: string): string {
  const rearranged = (bban + country + '00').replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return String(98n - (BigInt(rearranged) % 97n)).padStart(2, '0');
}

describe('isIbanChecksumValid', () => {
  it('accepts the registry examples, grouped and compact', () => {
    for (const iban of REGISTRY_EXAMPLES) {
      expect(isIbanChecksumValid(iban)).toBe(true);
      expect(isIbanChecksumValid(iban.replace(/ /g, ''))).toBe(true);
    }
  });

  it('accepts lower case', () => {
    expect(isIbanChecksumValid('gb82west12345698765432')).toBe(true);
  });

  it('rejects a changed digit and swapped neighbours', () => {
    expect(isIbanChecksumValid('GB82WEST12345698765433')).toBe(false);
    expect(isIbanChecksumValid('GB82WEST12345698765423')).toBe(false);
    expect(isIbanChecksumValid('GB28WEST12345698765432')).toBe(false);
  });

  it('rejects characters IBANs never hold and too-short text', () => {
    expect(isIbanChecksumValid('GB82-WEST-1234-5698-7654-32')).toBe(false);
    expect(isIbanChecksumValid('GB8')).toBe(false);
  });

  it('rejects check digits 99, which are congruent to a valid 02', () => {
    let bban = '';
    for (let n = 100000; n < 200000; n++) {
      bban = 'WEST' + String(n) + '000000000';
      if (checkDigits('GB', bban) === '02') break;
    }
    expect(checkDigits('GB', bban)).toBe('02');
    expect(isIbanChecksumValid('GB02' + bban)).toBe(true);
    expect(isIbanChecksumValid('GB99' + bban)).toBe(false);
  });

  it('checks a range in place', () => {
    const text = 'iban: DE89 3704 0044 0532 0130 00.';
    expect(isIbanChecksumValid(text, 6, 33)).toBe(true);
  });
});

describe('ibanLengthForCountry', () => {
  const length = (code: string): number => ibanLengthForCountry(code.charCodeAt(0), code.charCodeAt(1));

  it('knows SEPA and other IBAN countries, in either case', () => {
    expect(length('DE')).toBe(22);
    expect(length('GB')).toBe(22);
    expect(length('NO')).toBe(15);
    expect(length('MT')).toBe(31);
    expect(length('LC')).toBe(32);
    expect(length('RU')).toBe(33);
    expect(length('BR')).toBe(29);
    expect(length('fr')).toBe(27);
  });

  it('returns 0 for countries without IBANs and for non-letters', () => {
    expect(length('US')).toBe(0);
    expect(length('XX')).toBe(0);
    expect(length('1A')).toBe(0);
  });

  it('agrees with the registry examples and the exported bounds', () => {
    for (const iban of REGISTRY_EXAMPLES) expect(length(iban)).toBe(iban.replace(/ /g, '').length);
    let min = Infinity;
    let max = 0;
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const value = ibanLengthForCountry(a, b);
        if (value === 0) continue;
        min = Math.min(min, value);
        max = Math.max(max, value);
      }
    }
    expect(min).toBe(MIN_IBAN_LENGTH);
    expect(max).toBe(33);
  });
});
