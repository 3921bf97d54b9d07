import { describe, expect, it } from 'vitest';
import { ibanDetectors } from '../../src/engine/detectors/iban.js';
import { Scanner } from '../../src/engine/scanner.js';
import { adversarialInputs, matchesOf, MUST_SURVIVE, valuesOf } from './structured-number-helpers.js';

const found = (text: string): string[] => valuesOf(ibanDetectors, text);

describe('iban detector', () => {
  it('is one enabled detector reporting IBAN at 0.95, triggered by digits', () => {
    expect(ibanDetectors.map((d) => [d.name, d.enabledByDefault, d.trigger])).toEqual([['iban', true, { digit: true }]]);
    expect(matchesOf(ibanDetectors, 'GB82WEST12345698765432')).toEqual([
      { value: 'GB82WEST12345698765432', type: 'IBAN', confidence: 0.95, detector: 'iban' },
    ]);
  });

  it.each([
    'GB82 WEST 1234 5698 7654 32',
    'GB82WEST12345698765432',
    'DE89 3704 0044 0532 0130 00',
    'DE89370400440532013000',
    'FR14 2004 1010 0505 0001 3M02 606',
    'NL91 ABNA 0417 1643 00',
    'BE68 5390 0754 7034',
    'CH93 0076 2011 6238 5295 7',
    'ES91 2100 0418 4502 0005 1332',
    'IT60 X054 2811 1010 0000 0123 456',
    'NO93 8601 1117 947',
    'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
    'gb82west12345698765432',
    'de89 3704 0044 0532 0130 00',
  ])('finds %s', (iban) => {
    expect(found(`Please wire it to ${iban} today`)).toEqual([iban]);
  });

  it('finds IBANs in common surroundings', () => {
    expect(found('{"iban":"DE89370400440532013000"}')).toEqual(['DE89370400440532013000']);
    expect(found('IBAN: GB82 WEST 1234 5698 7654 32.')).toEqual(['GB82 WEST 1234 5698 7654 32']);
    expect(found('(NL91ABNA0417164300)')).toEqual(['NL91ABNA0417164300']);
    expect(found('DE89 3704 0044 0532 0130 00 1234')).toEqual(['DE89 3704 0044 0532 0130 00']);
    expect(found('GB82WEST12345698765432, DE89370400440532013000')).toEqual([
      'GB82WEST12345698765432',
      'DE89370400440532013000',
    ]);
  });

  it('ignores a failed checksum', () => {
    expect(found('GB82 WEST 1234 5698 7654 33')).toEqual([]);
    expect(found('DE89370400440532013001')).toEqual([]);
  });

  it('ignores wrong lengths for the country and unknown countries', () => {
    expect(found('GB82WEST1234569876543')).toEqual([]);
    expect(found('DE893704004405320130001')).toEqual([]);
    expect(found('XX82WEST12345698765432')).toEqual([]);
    expect(found('US82WEST12345698765432')).toEqual([]);
  });

  it('ignores mixed case, wrong grouping and glued text', () => {
    expect(found('Gb82West12345698765432')).toEqual([]);
    expect(found('GB82west12345698765432')).toEqual([]);
    expect(found('GB82 WEST 1234 5698 765 432')).toEqual([]);
    expect(found('GB82  WEST 1234 5698 7654 32')).toEqual([]);
    expect(found('GB82-WEST-1234-5698-7654-32')).toEqual([]);
    expect(found('xGB82WEST12345698765432')).toEqual([]);
    expect(found('GB82WEST12345698765432x')).toEqual([]);
    expect(found('GB82 WEST 1234 5698 7654 32X')).toEqual([]);
  });

  it('leaves identifier-shaped telemetry values alone', () => {
    for (const text of MUST_SURVIVE) expect(found(text), text).toEqual([]);
  });

  it('processes 200 KB adversarial strings without error', () => {
    const scanner = new Scanner(ibanDetectors);
    for (const text of adversarialInputs()) {
      expect(() => scanner.scan(text)).not.toThrow();
      expect(() => found(text)).not.toThrow();
    }
  });
});
