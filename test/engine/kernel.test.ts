// The WebAssembly kernel must change speed only: every finding with it on is the finding with it
// off (pure JavaScript), and its binary must be what scripts/build-kernel.mjs makes from source.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinDetectors } from '../../src/engine/detectors/index.js';
import { Scanner } from '../../src/engine/scanner.js';
import { codeUnitsOf } from '../../src/engine/text/code-units.js';
import {
  KERNEL_TEXT_UNITS,
  PRESENCE_CLASSES,
  nextClearBit,
  nextSetBit,
  presenceMaskOf,
  textKernel,
  useTextKernel,
} from '../../src/engine/text/kernel/kernel.js';
import type { Finding } from '../../src/engine/types.js';
import { buildCorpus } from '../corpus/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

afterEach(() => useTextKernel(true));

function findingsOf(scanner: Scanner, text: string): string {
  return scanner
    .scan(text)
    .map((f: Finding) => `${f.type}@${f.start}-${f.end}/${f.detector}/${f.confidence}`)
    .join(' ');
}

function bothWays<T>(run: () => T): [T, T] {
  useTextKernel(true);
  const withKernel = run();
  useTextKernel(false);
  const without = run();
  useTextKernel(true);
  return [withKernel, without];
}

describe('text kernel', () => {
  it('is available here, so the tests below compare two different paths', () => {
    expect(textKernel()).toBeDefined();
    expect(textKernel()!.holds(codeUnitsOf('a text the kernel holds'))).toBe(true);
  });

  it('is the module scripts/build-kernel.mjs builds from its source', async () => {
    const { buildKernel, binaryModuleSource } = await import('../../scripts/build-kernel.mjs');
    const committed = readFileSync(`${root}src/engine/text/kernel/kernel-binary.ts`, 'utf8');
    expect(committed).toBe(binaryModuleSource(await buildKernel()));
  });

  /** Name, the kernel's bitmap, the expected bit. */
  const bitmaps: [string, (text: string) => Int32Array, (text: string, i: number) => boolean][] = [
    ['capitals: A-Z and every unit from 0x80 to 0x7fff', (t) => textKernel()!.capitalsOf(t), (t, i) => {
      const code = t.charCodeAt(i);
      return (code >= 65 && code <= 90) || (code >= 0x80 && code <= 0x7fff);
    }],
    ['digits: 0-9', (t) => textKernel()!.digitsOf(t), (t, i) => /[0-9]/.test(t[i]!)],
    ['MAC separators: `:` or `-` repeated three units on, `.` five units on', (t) => textKernel()!.separatorsOf(t), (t, i) => {
      const code = t[i];
      return code === ':' || code === '-' ? t[i + 3] === code : code === '.' && t[i + 5] === '.';
    }],
  ];

  it.each(bitmaps)('marks exactly the %s, whatever the length', (_, bitmapOf, expected) => {
    const unit = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.constantFrom(0x3a, 0x2d, 0x2e, 0x30, 0x39, 0x41, 0x46, 0x5a, 0x61, 0x66, 0x40, 0x5b, 0x60, 0x7b, 0x7f),
      fc.constantFrom(0x80, 0xc9, 0xe9, 0xff, 0x100, 0x130, 0x3a3, 0x4e2d, 0x7fff, 0x8000, 0xd800, 0xff10, 0xff41, 0xffff),
      // Separators often enough that they repeat at every distance, and units that narrow onto theirs.
      fc.constantFrom(0x3a, 0x2d, 0x2e, 0x3a, 0x2d, 0x2e, 0x13a, 0x12d, 0x12e, 0x803a),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 300 }), (codes) => {
        const text = String.fromCharCode(...codes);
        expect(textKernel()!.holds(codeUnitsOf(text))).toBe(true);
        const bits = bitmapOf(text);
        // Every bit of the words that cover the text, those past its end included (they must be clear).
        for (let i = 0; i < Math.ceil(text.length / 32) * 32; i++) {
          expect(((bits[i >> 5]! >>> (i & 31)) & 1) === 1, `unit ${i}`).toBe(i < text.length && expected(text, i));
        }
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('counts the digits of a text as it makes the bitmaps', () => {
    const unit = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.constantFrom(0x30, 0x39, 0x2f, 0x3a, 0xff10, 0x660, 0x130));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 300 }), (codes) => {
        const text = String.fromCharCode(...codes);
        codeUnitsOf(text);
        expect(textKernel()!.digitCountOf(text)).toBe(text.replace(/[^0-9]/g, '').length);
      }),
      { numRuns: 300, seed: 6 },
    );
  });

  it('tells which presence classes a text holds, whatever the length and what the memory held before', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0x61, max: 0x7a }),
      // The classes' edges, and units that narrow onto their bytes (0x13a, 0x141) or read as negative (0x803a).
      fc.constantFrom(0x3a, 0x2d, 0x2e, 0x2c, 0x2f, 0x39, 0x3b, 0x3f, 0x40, 0x41, 0x5a, 0x5b, 0xc9, 0x13a, 0x12d, 0x140, 0x141, 0x15a, 0x803a, 0x8040),
    );
    const expected = (text: string) =>
      PRESENCE_CLASSES.reduce((mask, members, bit) => ([...text].some((char) => members.includes(char)) ? mask | (1 << bit) : mask), 0);
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 200 }), fc.nat({ max: 200 }), (codes, cut) => {
        // The longer text first: the units it leaves past the shorter one's end must not count.
        const longer = String.fromCharCode(...codes);
        const shorter = longer.slice(0, Math.min(cut, longer.length));
        for (const text of [longer, shorter]) {
          codeUnitsOf(text);
          expect(textKernel()!.presenceOf(text), JSON.stringify(text)).toBe(expected(text));
        }
      }),
      { numRuns: 400, seed: 8 },
    );
  });

  it('answers a set of trigger characters from presence classes only when it is exactly their union', () => {
    expect(presenceMaskOf(':')).toBe(1);
    expect(presenceMaskOf(':-.')).toBe(3);
    expect(presenceMaskOf('.:-')).toBe(3);
    expect(presenceMaskOf('ABCDEFGHIJKLMNOPQRSTUVWXYZ')).toBe(4);
    expect(presenceMaskOf('@')).toBe(8);
    expect(presenceMaskOf('ABCDEFGHIJKLMNOPQRSTUVWXYZ:-.@')).toBe(15);
    // A part of a class, or classes and more, would be answered wrongly: the scanner searches for these.
    for (const chars of ['-', 'ABC', ':-.#', '', 'ABCDEFGHIJKLMNOPQRSTUVWXYZa', '@.']) expect(presenceMaskOf(chars), chars).toBe(0);
  });

  it('finds the next set bit as a naive search does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 6 }), fc.nat(200), fc.nat(200), (values, from, cut) => {
        const words = Int32Array.from(values);
        const length = Math.min(cut, words.length * 32);
        let expected = length;
        for (let i = from; i < length; i++) {
          if ((words[i >> 5]! >>> (i & 31)) & 1) {
            expected = i;
            break;
          }
        }
        expect(nextSetBit(words, from, length)).toBe(expected);
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('finds the next clear bit (the end of a run of digits) as a naive search does', () => {
    // Runs of set bits, as digit runs make them, and words of all ones, which the search crosses.
    const word = fc.oneof(fc.integer(), fc.constant(-1), fc.constant(0x7fffffff), fc.constant(-2));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.nat(200), fc.nat(200), (values, from, cut) => {
        const words = Int32Array.from(values);
        const length = Math.min(cut, words.length * 32);
        let expected = length;
        for (let i = from; i < length; i++) {
          if (((words[i >> 5]! >>> (i & 31)) & 1) === 0) {
            expected = i;
            break;
          }
        }
        expect(nextClearBit(words, from, length)).toBe(expected);
      }),
      { numRuns: 500, seed: 4 },
    );
  });

  const scanner = new Scanner(builtinDetectors.filter((d) => d.enabledByDefault));
  const everything = new Scanner(builtinDetectors);

  it('finds the same in every corpus text, with the kernel and without', () => {
    const texts = buildCorpus().map((item) => item.text);
    // Long texts take the laned paths: join the corpus into chunks of a few kilobytes.
    for (let i = 0; i + 8 <= texts.length; i += 8) texts.push(texts.slice(i, i + 8).join('\n'));
    for (const text of texts) {
      const [a, b] = bothWays(() => [findingsOf(scanner, text), findingsOf(everything, text)]);
      expect(a, text.slice(0, 60)).toEqual(b);
    }
  });

  it('finds the same in random mixes of keywords, capitals and accented or CJK text', () => {
    const piece = fc.constantFrom(
      'token', 'SECRET_ACCESS_KEY', 'password: ', 'name is ', 'Maria ', 'Gonzalez', 'The ', 'and ', 'Émile ',
      'Ölçer ', '山田様', 'さん', 'dob ', ' 1984-03-09 ', 'x', ' ', '\n', 'sk-', 'ghp_', 'AKIA', 'user ', 'Ivan Petrov ',
      // Pieces of MAC addresses, which the kernel's bitmap of separators finds.
      '3c:', '5a-', 'b4', 'a1b2.', 'c3d4', '.', ':', '-',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 600 }), (pieces) => {
        const text = pieces.join('');
        const [a, b] = bothWays(() => findingsOf(scanner, text));
        expect(a).toEqual(b);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('gives way to JavaScript for a text with more keyword hits than a lane keeps', () => {
    const text = 'token '.repeat(20_000) + 'Maria Gonzalez';
    const [a, b] = bothWays(() => findingsOf(scanner, text));
    expect(a).toEqual(b);
  });

  it('grows for a long text and hands a text above its size to JavaScript', () => {
    const line = 'Please ask Maria Gonzalez about the token rotation; ';
    for (const length of [70_000, 1_500_000, KERNEL_TEXT_UNITS + 10]) {
      const text = line.repeat(Math.ceil(length / line.length)).slice(0, length);
      expect(textKernel()!.holds(codeUnitsOf(text))).toBe(length <= KERNEL_TEXT_UNITS);
      const [a, b] = bothWays(() => findingsOf(scanner, text));
      expect(a.length).toBeGreaterThan(0);
      expect(a).toEqual(b);
    }
    expect(textKernel()!.holds(codeUnitsOf('x'.repeat(KERNEL_TEXT_UNITS + 1)))).toBe(false);
  });

  it('is not needed: without WebAssembly (node --jitless) the package redacts the same', () => {
    const texts = buildCorpus()
      .slice(0, 40)
      .map((item) => item.text);
    const script = `
      const { createRedactor } = await import(${JSON.stringify(`${root}dist/index.js`)});
      const texts = JSON.parse(process.argv[1]);
      const redactor = createRedactor();
      process.stdout.write(JSON.stringify({ wasm: typeof WebAssembly, out: texts.map((t) => redactor.redactString(t)) }));`;
    const run = (flags: string[]) =>
      JSON.parse(
        execFileSync(process.execPath, [...flags, '--input-type=module', '-e', script, JSON.stringify(texts)], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      ) as { wasm: string; out: string[] };
    const jitless = run(['--jitless']);
    const normal = run([]);
    expect(jitless.wasm).toBe('undefined');
    expect(normal.wasm).toBe('object');
    expect(jitless.out).toEqual(normal.out);
    expect(jitless.out).not.toEqual(texts);
  });
});
