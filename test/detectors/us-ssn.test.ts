import { describe, expect, it } from 'vitest';
import { usSsnDetectors } from '../../src/engine/detectors/us-ssn.js';
import { Scanner } from '../../src/engine/scanner.js';
import { adversarialInputs, matchesOf, MUST_SURVIVE, valuesOf } from './structured-number-helpers.js';

const found = (text: string): string[] => valuesOf(usSsnDetectors, text);

describe('us_ssn detector', () => {
  it('is one enabled detector reporting US_SSN, triggered by digits', () => {
    expect(usSsnDetectors.map((d) => [d.name, d.enabledByDefault, d.trigger, d.types])).toEqual([
      ['us_ssn', true, { digit: true, minDigits: 9 }, ['US_SSN']],
    ]);
  });

  it('reports formatted numbers at 0.9 and labelled bare numbers at 0.8', () => {
    expect(matchesOf(usSsnDetectors, 'ssn 212-67-4534')).toEqual([
      { value: '212-67-4534', type: 'US_SSN', confidence: 0.9, detector: 'us_ssn' },
    ]);
    expect(matchesOf(usSsnDetectors, 'SSN: 212674534')).toEqual([
      { value: '212674534', type: 'US_SSN', confidence: 0.8, detector: 'us_ssn' },
    ]);
  });

  it.each([
    ['hyphens', 'my number is 212-67-4534.', '212-67-4534'],
    ['spaces', 'my number is 212 67 4534.', '212 67 4534'],
    ['the common sample 123-45-6789', 'e.g. 123-45-6789', '123-45-6789'],
    ['JSON value', '{"ssn":"531-12-0001"}', '531-12-0001'],
    ['after a label', 'ssn=212-67-4534', '212-67-4534'],
    ['labelled bare', 'SSN: 212674534', '212674534'],
    ['SSN# label', 'SSN#212674534', '212674534'],
    ['social security label', 'Social Security Number (on file): 212674534', '212674534'],
    ['snake-case key', 'user_ssn=212674534', '212674534'],
    ['label just after', 'Is 212674534 a valid SSN format?', '212674534'],
  ])('finds %s', (_name, text, value) => {
    expect(found(text)).toEqual([value]);
  });

  it('finds several numbers in one text', () => {
    expect(found('212-67-4534 and 531 12 0001')).toEqual(['212-67-4534', '531 12 0001']);
  });

  it('ignores never-issued areas, groups and serials', () => {
    for (const text of ['000-12-3456', '666-12-3456', '900-12-3456', '999-12-3456', '212-00-4534', '212-67-0000']) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('ignores the voided sample numbers 078-05-1120 and 219-09-9999', () => {
    expect(found('078-05-1120')).toEqual([]);
    expect(found('219-09-9999')).toEqual([]);
    expect(found('ssn 078051120')).toEqual([]);
  });

  it('ignores bare nine digits without a label nearby', () => {
    expect(found('order 212674534 shipped')).toEqual([]);
    expect(found('212674534')).toEqual([]);
    expect(found('ssn is on file. ' + 'x'.repeat(40) + ' ref 212674534')).toEqual([]);
    expect(found('lessness 212674534')).toEqual([]);
    expect(found('ref 212674534 was filed under the ssn policy')).toEqual([]);
  });

  it('ignores look-alikes: mixed separators, longer groupings, identifiers and decimals', () => {
    for (const text of [
      '212-67 4534',
      '1212-67-4534',
      '212-67-45345',
      '212-67-4534-1',
      '9 212 67 4534',
      'ORD-212-67-4534',
      'x212-67-4534',
      '212-67-4534a',
      '1.212-67-4534',
      '212-67-4534.5',
      '415-555-2671',
      '2024-08-06',
      'ssn 2126745341',
      'ssn 21267453',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('leaves identifier-shaped telemetry values alone', () => {
    for (const text of MUST_SURVIVE) expect(found(text), text).toEqual([]);
  });

  it('processes 200 KB adversarial strings without error', () => {
    const scanner = new Scanner(usSsnDetectors);
    for (const text of adversarialInputs()) {
      expect(() => scanner.scan(text)).not.toThrow();
      expect(() => found(text)).not.toThrow();
    }
  });
});
