// The scanner runs a detector only on a text that holds its trigger: some of its characters
// (answered by the kernel's presence byte where the set is one it reports, else searched for),
// a keyword, or an ASCII digit. Which detectors a scan ran must depend on that text alone, never
// on the scans before it, and they run in the order they were given.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { Scanner } from '../../src/engine/scanner.js';
import type { Detector, Trigger } from '../../src/engine/types.js';
import { describeWithAndWithoutKernel } from '../support/kernel-modes.js';

const ran: string[] = [];

function detector(name: string, trigger: Trigger): Detector {
  return { name, types: ['X'], enabledByDefault: true, trigger, find: () => void ran.push(name) };
}

const detectors: Detector[] = [
  detector('separators', { chars: ':-.' }),
  detector('capitals', { chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' }),
  detector('at-sign', { chars: '@' }),
  // Not a set the kernel reports: searched for.
  detector('hash-or-dot', { chars: '#.' }),
  detector('keyword', { keywords: ['token'] }),
  detector('digits', { digit: true }),
  detector('always', {}),
];

/** The detectors a text triggers, by the definition of each trigger. */
function expectedRuns(text: string): string[] {
  const holds = (chars: string) => [...chars].some((char) => text.includes(char));
  const expected: string[] = [];
  if (holds(':-.')) expected.push('separators');
  if (holds('ABCDEFGHIJKLMNOPQRSTUVWXYZ')) expected.push('capitals');
  if (holds('@')) expected.push('at-sign');
  if (holds('#.')) expected.push('hash-or-dot');
  if (text.toLowerCase().includes('token')) expected.push('keyword');
  if (/[0-9]/.test(text)) expected.push('digits');
  expected.push('always');
  return expected;
}

function runsOf(scanner: Scanner, text: string): string[] {
  ran.length = 0;
  scanner.scan(text);
  return [...ran];
}

describeWithAndWithoutKernel('Scanner triggers', () => {
  // Pieces that trigger one detector each, and some that look like a trigger to a byte-wise test
  // (`\u013a` narrows onto `:`'s byte, `\u0141` onto `A`'s neighbour, `\u00c9` is no ASCII capital).
  const piece = fc.constantFrom('a', ' ', 'b c', ':', '-', '.', '#', 'Q', 'Z', '@', 'tok', 'en', 'TOKEN', '7', '\u013a', '\u0141', '\u00c9', '\u4e2d');

  it('runs exactly the detectors whose trigger a text holds, scan after scan', () => {
    const scanner = new Scanner(detectors);
    fc.assert(
      fc.property(fc.array(fc.array(piece, { minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 8 }), (texts) => {
        for (const pieces of texts) {
          const text = pieces.join('');
          expect(runsOf(scanner, text), JSON.stringify(text)).toEqual(expectedRuns(text));
        }
      }),
      { numRuns: 300, seed: 41 },
    );
  });

  it('runs each of many detectors when its trigger is there, and in their order', () => {
    // More detectors than one word of bits holds, each with a keyword of its own.
    const many = Array.from({ length: 70 }, (_, n) => detector(`d${n}`, { keywords: [`kw${String(n).padStart(2, '0')}q`] }));
    const scanner = new Scanner(many);
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 69 }), { maxLength: 12 }), (chosen) => {
        const text = chosen.map((n) => `kw${String(n).padStart(2, '0')}q`).join(' ');
        expect(runsOf(scanner, text)).toEqual([...chosen].sort((a, b) => a - b).map((n) => `d${n}`));
      }),
      { numRuns: 200, seed: 43 },
    );
  });
});
