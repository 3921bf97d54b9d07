// Number literals and containers cut below a depth survive the parse / re-serialise round trip
// verbatim, whatever the strings around them contain (escaped quotes and backslashes decide where
// a string ends); malformed text stays malformed; text carrying the sentinel is left alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectSource, restoreLiterals, SwappedSources } from '../../src/engine/json-sentinels.js';

function roundTrip(text: string, keptLevels?: number): string {
  const swapped = new SwappedSources();
  const source = protectSource(text, swapped, keptLevels) ?? text;
  const json = JSON.stringify(JSON.parse(source));
  return swapped.sources.length > 0 ? restoreLiterals(json, swapped) : json;
}

/** How deep the parsed value of `source` goes (a scalar is 0, `[]` is 1). */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

const numberLiteral = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.constantFrom('0', '-0', '49.90', '1E300', '1e5', '12345678901234567890', '123456789012345', '1234567890123456', '0.1', '-0.0', '2.50e-3'),
);
const stringWithEscapes = fc
  .array(fc.constantFrom('a', '1', '"', '\\', ' ', '9.0', '\u00e9', '\n', '-'), { maxLength: 8 })
  .map((parts) => JSON.stringify(parts.join('')));

describe('protectSource: number literals', () => {
  it('keeps each literal as written and leaves strings alone', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(stringWithEscapes, numberLiteral), { maxLength: 6 }), (pairs) => {
        const text = `{${pairs.map(([key, number], i) => `${key.slice(0, -1)}#${i}":[${number},${key}]`).join(',')}}`;
        expect(roundTrip(text)).toBe(text);
      }),
      { numRuns: 500, seed: 20261123 },
    );
  });

  it('needs no copy when every literal prints back as written', () => {
    expect(protectSource('{"a":[0,-7,123456789012345,"x\\"1.50"],"b":"\\\\","c":42}', new SwappedSources())).toBeUndefined();
  });

  it('protects what a double would change', () => {
    const swapped = new SwappedSources();
    expect(protectSource('[12345678901234567,-0,1.50,1234567890123456]', swapped)).toBe('["\uE0000","\uE0001","\uE0002",1234567890123456]');
    expect(swapped.sources).toEqual(['12345678901234567', '-0', '1.50']);
  });
});

const nestedDocument = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    numberLiteral,
    stringWithEscapes,
    fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
    fc.array(fc.tuple(stringWithEscapes, tie('value')), { maxLength: 3 }).map((entries) => `{${entries.map(([key, value], i) => `${key.slice(0, -1)}#${i}":${value}`).join(',')}}`),
  ),
})).value as fc.Arbitrary<string>;

describe('protectSource: containers below the kept levels', () => {
  it('parses exactly the kept levels plus one, and restores every byte', () => {
    fc.assert(
      fc.property(nestedDocument, fc.integer({ min: 0, max: 4 }), (text, keptLevels) => {
        fc.pre(text.startsWith('[') || text.startsWith('{'));
        const source = protectSource(text, new SwappedSources(), keptLevels) ?? text;
        expect(depthOf(JSON.parse(source))).toBe(Math.min(depthOf(JSON.parse(text)), keptLevels + 1));
        expect(roundTrip(text, keptLevels)).toBe(text);
      }),
      { numRuns: 500, seed: 20261207 },
    );
  });

  it('swaps the outermost container below the limit as one literal', () => {
    const swapped = new SwappedSources();
    expect(protectSource('{"a":[{"b":[1,{"c":"]}"}]}],"d":2}', swapped, 1)).toBe('{"a":["\uE0000"],"d":2}');
    expect(swapped.sources).toEqual(['{"b":[1,{"c":"]}"}]}']);
  });

  it('leaves a malformed container in place, so the text still fails to parse', () => {
    for (const text of ['{"a":[{"b":[1}]}', '[[["open string]]]', '[[[{"a":1]}]]', '[[[[{}]]', '[[[[[[']) {
      const source = protectSource(text, new SwappedSources(), 1) ?? text;
      expect(() => JSON.parse(source), text).toThrow();
    }
  });

  it('takes for its marker a private-use character the text holds neither raw nor escaped', () => {
    const cases: [string, string][] = [
      ['[[["x"]],"\uE000"]', '\uE001'],
      ['[[["x"]],"\ue0001"]', '\uE001'],
      ['[1.50,"\\ue000","\\uE001","\uE002"]', '\uE003'],
      ['[1.50,"\\ue009","\uE000\uE001\uE002\uE003\uE004\uE005\uE006\uE007\uE008"]', '\uE010'],
    ];
    for (const [text, marker] of cases) {
      const swapped = new SwappedSources();
      const source = protectSource(text, swapped, 0);
      expect(swapped.marker, text).toBe(marker);
      expect(source, text).toBeDefined();
      // The text's own strings are not sentinels; the swapped source is, and comes back verbatim.
      const strings = (JSON.parse(source!) as unknown[]).flat(3).filter((item): item is string => typeof item === 'string');
      expect(strings.filter((item) => swapped.isSentinel(item)).length, text).toBe(swapped.sources.length);
      // Re-serialising writes escaped private-use characters raw; everything else comes back as written.
      expect(roundTrip(text, 0)).toBe(text.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
    }
  });

  it('swaps nothing in text that holds every marker', () => {
    let every = '';
    for (let code = 0xe000; code <= 0xf999; code++) if (/^[ef]\d{3}$/.test(code.toString(16))) every += String.fromCharCode(code);
    const swapped = new SwappedSources();
    expect(protectSource(`[[["x"]],"${every}",1.50]`, swapped, 0)).toBeUndefined();
    expect(swapped.sources).toEqual([]);
  });
});
