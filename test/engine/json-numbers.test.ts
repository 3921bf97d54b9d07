// Number literals survive the parse / re-serialise round trip verbatim, whatever the strings
// around them contain (escaped quotes and backslashes decide where a string ends).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectNumbers, restoreNumbers } from '../../src/engine/json-numbers.js';

function roundTrip(text: string): string {
  const literals: string[] = [];
  const source = protectNumbers(text, literals) ?? text;
  const json = JSON.stringify(JSON.parse(source));
  return literals.length > 0 ? restoreNumbers(json, literals) : json;
}

const numberLiteral = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.constantFrom('0', '-0', '49.90', '1E300', '1e5', '12345678901234567890', '123456789012345', '1234567890123456', '0.1', '-0.0', '2.50e-3'),
);
const stringWithEscapes = fc
  .array(fc.constantFrom('a', '1', '"', '\\', ' ', '9.0', '\u00e9', '\n', '-'), { maxLength: 8 })
  .map((parts) => JSON.stringify(parts.join('')));

describe('protectNumbers', () => {
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
    expect(protectNumbers('{"a":[0,-7,123456789012345,"x\\"1.50"],"b":"\\\\","c":42}', [])).toBeUndefined();
  });

  it('protects what a double would change', () => {
    const literals: string[] = [];
    expect(protectNumbers('[12345678901234567,-0,1.50,1234567890123456]', literals)).toBe('["\uE0000","\uE0001","\uE0002",1234567890123456]');
    expect(literals).toEqual(['12345678901234567', '-0', '1.50']);
  });
});
