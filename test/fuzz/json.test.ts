// Property: JSON documents (GenAI message arrays, tool arguments, nested JSON-in-JSON) with
// values planted in string leaves and keys come out as valid JSON with the same shape, every
// clean leaf byte-identical, every planted value gone, and redacting again changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index.js';
import { documentTree, expectScrubbed, NEUTRAL_KEYS, plantedValues, toValue } from './arbitraries/tree.js';
import { expectNoLeak, fuzzOptions } from './support.js';

const redactor = createRedactor();
const indent = fc.constantFrom<number | undefined>(undefined, undefined, 2);

function parseOrFail(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return expect.fail(`output is not valid JSON (${String(error)}): ${text.slice(0, 2000)}`);
  }
}

describe('fuzz: JSON documents', () => {
  it('the neutral keys are scanned like any text (no key rule applies to them)', () => {
    for (const key of NEUTRAL_KEYS) expect(redactor.redactValue('mail jane.doe@example.com', key), key).toBe('mail [REDACTED:EMAIL]');
  });

  it('JSON text through redactString: valid JSON, same shape, planted values gone, idempotent', () => {
    fc.assert(
      fc.property(documentTree(), indent, (node, space) => {
        const text = JSON.stringify(toValue(node), null, space);
        const output = redactor.redactString(text);
        expectScrubbed(node, parseOrFail(output));
        expectNoLeak(output, plantedValues(node));
        expect(redactor.redactString(output)).toBe(output);
        if (plantedValues(node).length === 0) expect(output).toBe(text);
      }),
      fuzzOptions(500),
    );
  });

  it('same, with values planted in string leaves only', () => {
    fc.assert(
      fc.property(documentTree({ plantedKeys: false }), indent, (node, space) => {
        const output = redactor.redactString(JSON.stringify(toValue(node), null, space));
        expectScrubbed(node, parseOrFail(output));
        expect(redactor.redactString(output)).toBe(output);
      }),
      fuzzOptions(500),
    );
  });

  it('JSON text under a GenAI content key through redactValue: same guarantees', () => {
    fc.assert(
      fc.property(documentTree(), fc.constantFrom('gen_ai.input.messages', 'gen_ai.output.messages', 'input.value', 'gen_ai.tool.call.arguments'), (node, key) => {
        const output = redactor.redactValue(JSON.stringify(toValue(node)), key);
        expect(typeof output).toBe('string');
        expectScrubbed(node, parseOrFail(output as string));
        expect(redactor.redactValue(output, key)).toBe(output);
      }),
      fuzzOptions(300),
    );
  });

  it('a shallow maxDepth: JSON text comes out as its parsed value does, with the same counts', () => {
    // The text path never builds what lies inside a container cut at the limit; the value path
    // walks real objects. Same policy, same result.
    fc.assert(
      fc.property(documentTree({ maxDepth: 6 }), fc.integer({ min: 1, max: 5 }), (node, maxDepth) => {
        const viaText = createRedactor({ maxDepth });
        const viaValue = createRedactor({ maxDepth });
        const value = toValue(node);
        const output = viaText.redactString(JSON.stringify(value));
        expect(parseOrFail(output)).toEqual(viaValue.redactValue(value));
        expect(viaText.stats().findingsByType).toEqual(viaValue.stats().findingsByType);
        expectNoLeak(output, plantedValues(node));
      }),
      fuzzOptions(500),
    );
  });

  it('JSON holding numbers beyond 2^53 (text fallback keeps them exact): valid JSON, nothing leaks, the numbers survive', () => {
    const bigInteger = '12345678901234567890';
    const bigDouble = '1e+300';
    fc.assert(
      fc.property(documentTree({ plantedKeys: false }), indent, (node, space) => {
        const text = JSON.stringify({ id: '__BIG__', doc: toValue(node), scale: '__DOUBLE__' }, null, space)
          .replace('"__BIG__"', bigInteger)
          .replace('"__DOUBLE__"', bigDouble);
        const output = redactor.redactString(text);
        parseOrFail(output);
        expect(output).toContain(bigInteger);
        expect(output).toContain(bigDouble);
        expectNoLeak(output, plantedValues(node));
        expect(redactor.redactString(output)).toBe(output);
      }),
      fuzzOptions(500),
    );
  });
});
