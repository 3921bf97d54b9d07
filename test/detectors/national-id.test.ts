import { describe, expect, it } from 'vitest';
import { caSinDetector, inAadhaarDetector, nationalIdDetectors, ukNinoDetector } from '../../src/engine/detectors/national-id.js';
import { Scanner } from '../../src/engine/scanner.js';
import { isVerhoeffValid } from '../../src/engine/validators/verhoeff.js';
import { adversarialInputs, breakLastDigit, matchesOf, MUST_SURVIVE, valuesOf, withLuhnDigit } from './structured-number-helpers.js';

const nino = (text: string): string[] => valuesOf([ukNinoDetector], text);
const sin = (text: string): string[] => valuesOf([caSinDetector], text);
const aadhaar = (text: string): string[] => valuesOf([inAadhaarDetector], text);

/** Groups digits 3-3-3 or 4-4-4 with `separator`. */
const group = (digits: string, size: number, separator: string): string =>
  digits.match(new RegExp(`.{${size}}`, 'g'))!.join(separator);

/** Completes an 11-digit payload with its Verhoeff check digit (the validator's own tests pin it down). */
function withVerhoeffDigit(payload: string): string {
  for (let digit = 0; digit < 10; digit++) if (isVerhoeffValid(payload + digit)) return payload + digit;
  throw new Error('no check digit');
}

const SIN = withLuhnDigit('13069254'); // 130 692 544
const AADHAAR = withVerhoeffDigit('23456789012');

describe('national id detectors', () => {
  it('are three separately named detectors, all off by default', () => {
    expect(nationalIdDetectors.map((d) => [d.name, d.types, d.enabledByDefault, d.trigger])).toEqual([
      ['national_id.uk_nino', ['UK_NINO'], false, { digit: true }],
      ['national_id.ca_sin', ['CA_SIN'], false, { digit: true }],
      ['national_id.in_aadhaar', ['IN_AADHAAR'], false, { digit: true }],
    ]);
  });

  it('report with the documented confidences', () => {
    const text = `AB123456C, ${group(SIN, 3, '-')}, ${group(AADHAAR, 4, ' ')}, SIN ${SIN}, Aadhaar ${AADHAAR}`;
    expect(matchesOf(nationalIdDetectors, text).map((m) => [m.type, m.confidence])).toEqual([
      ['UK_NINO', 0.85],
      ['CA_SIN', 0.8],
      ['CA_SIN', 0.7],
      ['IN_AADHAAR', 0.85],
      ['IN_AADHAAR', 0.75],
    ]);
  });

  it('leave identifier-shaped telemetry values alone', () => {
    for (const text of MUST_SURVIVE) expect(valuesOf(nationalIdDetectors, text), text).toEqual([]);
  });

  it('process 200 KB adversarial strings without error', () => {
    const scanner = new Scanner(nationalIdDetectors);
    for (const text of adversarialInputs()) {
      expect(() => scanner.scan(text)).not.toThrow();
      expect(() => valuesOf(nationalIdDetectors, text)).not.toThrow();
    }
  });
});

describe('national_id.uk_nino', () => {
  it.each(['AB123456C', 'AB 12 34 56 C', 'AB 123456 C', 'CE 123456 A', 'JG103759A', 'ZA 99 00 11 D'])('finds %s', (value) => {
    expect(nino(`NI number ${value}, thanks`)).toEqual([value]);
  });

  it('finds numbers in JSON and after labels', () => {
    expect(nino('{"nino":"AB123456C"}')).toEqual(['AB123456C']);
    expect(nino('NINO:AB123456C.')).toEqual(['AB123456C']);
  });

  it('ignores excluded prefixes, including HMRC example QQ', () => {
    for (const value of ['QQ123456C', 'DA123456C', 'AO123456C', 'GB123456C', 'BG123456A', 'NK123456A', 'TN123456A', 'ZZ123456A']) {
      expect(nino(value), value).toEqual([]);
    }
  });

  it('ignores bad suffixes, digit counts, case and glued text', () => {
    for (const value of ['AB123456E', 'AB123456', 'AB12345C', 'AB1234567C', 'ab123456c', 'XAB123456C', 'AB123456CD', 'AB 12 3456 C', 'AB-12-34-56-C']) {
      expect(nino(value), value).toEqual([]);
    }
  });
});

describe('national_id.ca_sin', () => {
  it('finds grouped, Luhn-valid numbers', () => {
    expect(sin(`SIN ${group(SIN, 3, ' ')}`)).toEqual([group(SIN, 3, ' ')]);
    expect(sin(`my number: ${group(SIN, 3, '-')}.`)).toEqual([group(SIN, 3, '-')]);
    expect(sin(group(SIN, 3, ' '))).toEqual([group(SIN, 3, ' ')]);
  });

  it('finds bare numbers only after a SIN label', () => {
    expect(sin(`SIN: ${SIN}`)).toEqual([SIN]);
    expect(sin(`social insurance number ${SIN}`)).toEqual([SIN]);
    expect(sin(`order ${SIN}`)).toEqual([]);
    expect(sin(`using ${SIN}`)).toEqual([]);
  });

  it('ignores Luhn failures, unissued first digits, mixed separators and longer groupings', () => {
    const zero = withLuhnDigit('03069254');
    const eight = withLuhnDigit('83069254');
    for (const text of [
      group(breakLastDigit(SIN), 3, ' '),
      group(zero, 3, ' '),
      group(eight, 3, ' '),
      `${SIN.slice(0, 3)} ${SIN.slice(3, 6)}-${SIN.slice(6)}`,
      `${group(SIN, 3, ' ')} 123`,
      `1 ${group(SIN, 3, ' ')}`,
      `${group(SIN, 3, '-')}-1`,
    ]) {
      expect(sin(text), text).toEqual([]);
    }
  });
});

describe('national_id.in_aadhaar', () => {
  it('finds grouped, Verhoeff-valid numbers', () => {
    expect(aadhaar(`Aadhaar ${group(AADHAAR, 4, ' ')}`)).toEqual([group(AADHAAR, 4, ' ')]);
    expect(aadhaar(`no. ${group(AADHAAR, 4, '-')}`)).toEqual([group(AADHAAR, 4, '-')]);
  });

  it('finds bare numbers only after an Aadhaar label', () => {
    expect(aadhaar(`aadhaar no: ${AADHAAR}`)).toEqual([AADHAAR]);
    expect(aadhaar(`UIDAI ${AADHAAR}`)).toEqual([AADHAAR]);
    expect(aadhaar(`aws account ${AADHAAR}`)).toEqual([]);
  });

  it('ignores Verhoeff failures, first digits 0 and 1, and card-length groupings', () => {
    const one = withVerhoeffDigit('13456789012');
    const zero = withVerhoeffDigit('03456789012');
    for (const text of [
      group(breakLastDigit(AADHAAR), 4, ' '),
      group(one, 4, ' '),
      group(zero, 4, ' '),
      `${group(AADHAAR, 4, ' ')} 1111`,
      `1111 ${group(AADHAAR, 4, ' ')}`,
      `${AADHAAR.slice(0, 4)} ${AADHAAR.slice(4, 8)}-${AADHAAR.slice(8)}`,
    ]) {
      expect(aadhaar(text), text).toEqual([]);
    }
  });
});
