// Megabyte near-miss strings: the redactor must return a correct, fail-closed OUTPUT: no
// throw, no detector failure, clean input unchanged, a value planted after the noise still
// found, and above the size cap the cap rule applied (head scanned, tail replaced by a marker).
// How long this takes is measured in bench/ (see docs/hardening.md for figures).
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index.js';
import { NEAR_MISSES } from './inputs.js';

const MB = 1 << 20;
const UNDER_CAP = 200_000;
const CAP = 262_144;
const PLANTED = 'mara.quill@example.org';

describe('adversarial near-miss input', () => {
  for (const input of NEAR_MISSES) {
    describe(input.name, () => {
      it(`${UNDER_CAP / 1000} K characters (under the cap): scanned whole, no failure${input.clean ? ', unchanged' : ''}`, () => {
        const redactor = createRedactor();
        const text = input.make(UNDER_CAP);
        const output = redactor.redactString(text);
        expect(typeof output).toBe('string');
        expect(redactor.stats().errors).toBe(0);
        expect(output).not.toContain('[REDACTED:UNSCANNED]');
        if (input.clean) expect(output).toBe(text);
      });

      it('a value planted after the noise is still redacted', () => {
        const redactor = createRedactor();
        const output = redactor.redactString(`${input.make(UNDER_CAP)}\n${PLANTED} end`);
        expect(output).not.toContain(PLANTED);
        expect(output.endsWith(' end')).toBe(true);
        expect(redactor.stats().errors).toBe(0);
      });

      it('1 M characters (over the cap): the head is scanned like any text and the tail replaced by its length', () => {
        const redactor = createRedactor();
        const text = input.make(MB);
        const output = redactor.redactString(text);
        const marker = /\[TRUNCATED:(\d+)\]$/.exec(output);
        expect(marker).not.toBeNull();
        // The head ends at the cap, or at the end of a value the cap cut in two (read up to STRADDLE_WINDOW past it).
        const headLength = MB - Number(marker![1]);
        expect(headLength).toBeGreaterThanOrEqual(CAP - 1);
        expect(headLength).toBeLessThanOrEqual(CAP + 256);
        const uncapped = createRedactor({ maxValueLength: CAP + 1024 });
        expect(output.slice(0, output.length - marker![0].length)).toBe(uncapped.redactString(text.slice(0, headLength)));
        expect(redactor.stats().errors).toBe(0);
      });
    });
  }

  it('oversize: redact replaces a megabyte near-miss whole', () => {
    const redactor = createRedactor({ oversize: 'redact' });
    expect(redactor.redactString('sk-'.repeat(400_000))).toBe('[REDACTED:OVERSIZE:1200000]');
  });
});
