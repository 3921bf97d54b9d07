// `Trigger.minDigits` lets the scanner skip a digit detector on a text with fewer ASCII digits
// than any of its matches holds (a short id, a timestamp). That is only safe while every match
// of the detector really holds that many: these tests hold the built-in detectors to it, on
// the corpus and on generated values, and check that the scanner applies the minimum.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinDetectors } from '../../src/engine/detectors/index.js';
import { Scanner } from '../../src/engine/scanner.js';
import { useTextKernel } from '../../src/engine/text/kernel/kernel.js';
import type { Detector } from '../../src/engine/types.js';
import { buildCorpus } from '../corpus/index.js';
import { cardNumber, iban, phone, ssn } from '../fuzz/arbitraries/numbers.js';
import { filler } from '../fuzz/arbitraries/text.js';

afterEach(() => useTextKernel(true));

const declaring = builtinDetectors.filter((d) => d.trigger.minDigits !== undefined);

function digitsIn(text: string): number {
  return text.replace(/[^0-9]/g, '').length;
}

/** The fewest digits among `detector`'s matches in `text`, run directly (no trigger, no minimum). */
function fewestDigitsFound(detector: Detector, text: string): number {
  let fewest = Infinity;
  detector.find(text, (_type, start, end) => {
    fewest = Math.min(fewest, digitsIn(text.slice(start, end)));
  });
  return fewest;
}

describe('Trigger.minDigits', () => {
  it('is declared by the detectors whose matches always hold that many digits', () => {
    expect(declaring.map((d) => [d.name, d.trigger.minDigits])).toEqual([
      ['credit_card', 13],
      ['us_ssn', 9],
      ['phone', 7],
      ['ip_address.v4', 4],
    ]);
  });

  it('holds for every match in the corpus', () => {
    const texts = buildCorpus().map((item) => item.text);
    let matches = 0;
    for (const detector of declaring) {
      for (const text of texts) {
        const fewest = fewestDigitsFound(detector, text);
        if (fewest === Infinity) continue;
        matches++;
        expect(fewest, `${detector.name}: ${text.slice(0, 60)}`).toBeGreaterThanOrEqual(detector.trigger.minDigits!);
      }
    }
    // The corpus holds plenty of each kind, so the bound was tested, not skipped.
    expect(matches).toBeGreaterThan(100);
  });

  it('holds for generated cards, SSNs, phones, IPv4 addresses and IBANs in filler', () => {
    // Single-digit octets often, so that four-digit addresses (`8.8.4.4`) come up.
    const octet = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 255 }));
    const ipv4 = fc.tuple(octet, octet, octet, octet).map((parts) => ({ value: parts.join('.') }));
    const value = fc.oneof(cardNumber, ssn, phone, iban, ipv4);
    fc.assert(
      fc.property(filler, value, filler, (before, planted, after) => {
        const text = `${before} ${planted.value} ${after}`;
        for (const detector of declaring) {
          const fewest = fewestDigitsFound(detector, text);
          if (fewest !== Infinity) expect(fewest).toBeGreaterThanOrEqual(detector.trigger.minDigits!);
        }
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  describe('in the scanner', () => {
    const calls: string[] = [];
    const needsFive: Detector = {
      name: 'needs-five',
      types: ['X'],
      enabledByDefault: true,
      trigger: { digit: true, minDigits: 5 },
      find: (text) => {
        calls.push(text);
      },
    };
    const scanner = new Scanner([needsFive]);

    it('skips a detector on a text with fewer digits, wherever they are, and runs it on one with enough', () => {
      calls.length = 0;
      for (const text of ['call_a1b2c3d4', 'order 1234', 'x', 'a1b2c3d4e5', 'id 12345']) scanner.scan(text);
      expect(calls).toEqual(['a1b2c3d4e5', 'id 12345']);
    });

    it('runs it whenever there is a digit where the kernel cannot count them', () => {
      useTextKernel(false);
      calls.length = 0;
      for (const text of ['call_a1', 'no digits']) scanner.scan(text);
      expect(calls).toEqual(['call_a1']);
    });

    it('finds the same with the built-in minimums as without them', () => {
      const withMinimums = new Scanner(builtinDetectors);
      const withoutMinimums = new Scanner(
        builtinDetectors.map((d) => ({ ...d, trigger: { ...d.trigger, minDigits: undefined } })),
      );
      for (const item of buildCorpus()) {
        expect(withMinimums.scan(item.text)).toEqual(withoutMinimums.scan(item.text));
      }
    });
  });
});
