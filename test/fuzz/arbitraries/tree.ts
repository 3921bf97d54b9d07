// Random structured values (JSON documents, OTel AnyValue maps and arrays) with planted values
// in some string leaves and object keys. A tree is generated as a model that remembers where
// each value was planted; `toValue` builds the real value and `expectScrubbed` checks a
// redacted output against the model: same shape, clean parts identical, planted parts
// replaced in place.
import fc from 'fast-check';
import { expect } from 'vitest';
import { expectNoLeak, expectRedactedInPlace } from '../support.js';
import { email } from './emails.js';
import { cardNumber, iban, phone, type Planted, ssn } from './numbers.js';
import { secret } from './secrets.js';
import { after, before, filler } from './text.js';

export type Node =
  | { readonly kind: 'clean'; readonly text: string }
  | { readonly kind: 'planted'; readonly before: string; readonly value: string; readonly after: string }
  | { readonly kind: 'scalar'; readonly value: number | boolean | null }
  | { readonly kind: 'array'; readonly items: readonly Node[] }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [Key, Node])[] }
  /** A string leaf holding another document serialised as JSON (`gen_ai.input.messages` inside a log body). */
  | { readonly kind: 'json'; readonly node: Node };

export type Key = { readonly kind: 'cleanKey'; readonly text: string } | { readonly kind: 'plantedKey'; readonly value: string };

/** Keys that no key rule names (checked by a test), so their values are scanned like any text. */
export const NEUTRAL_KEYS = [
  'content', 'text', 'message', 'notes', 'items', 'data', 'parts', 'body', 'comment', 'details',
  'summary', 'reply', 'query', 'note', 'input', 'output', 'args', 'payload', 'extra', 'history',
];

export const anyPlanted: fc.Arbitrary<Planted> = fc.oneof(email, cardNumber, ssn, iban, phone, secret);

const plantedLeaf: fc.Arbitrary<Node> = fc
  .tuple(before, anyPlanted, after)
  .map(([head, { value }, tail]) => ({ kind: 'planted', before: head, value, after: tail }));

const cleanLeaf: fc.Arbitrary<Node> = filler.map((text) => ({ kind: 'clean', text }));

const scalarLeaf: fc.Arbitrary<Node> = fc
  .oneof(
    fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
    // Within ±2^53: larger numbers force the text fallback, which has its own property in json.test.ts.
    // JSON has no -0: it would come back as 0.
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }).map((n) => (Object.is(n, -0) ? 0 : n)),
    fc.boolean(),
    fc.constant(null),
  )
  .map((value) => ({ kind: 'scalar', value }));

const cleanKey: fc.Arbitrary<Key> = fc.constantFrom(...NEUTRAL_KEYS).map((text): Key => ({ kind: 'cleanKey', text }));

const anyKey: fc.Arbitrary<Key> = fc.oneof(
  { weight: 6, arbitrary: cleanKey },
  { weight: 1, arbitrary: fc.oneof(email, phone).map(({ value }): Key => ({ kind: 'plantedKey', value })) },
);

export interface TreeOptions {
  /** Default 5, well under the redactor's default limit of 32. */
  readonly maxDepth?: number;
  /** Plant values in object keys too (a map keyed by email). Default true. */
  readonly plantedKeys?: boolean;
}

export function tree({ maxDepth = 5, plantedKeys = true }: TreeOptions = {}): fc.Arbitrary<Node> {
  const key = plantedKeys ? anyKey : cleanKey;
  const { node } = fc.letrec<{ node: Node; container: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      { weight: 3, arbitrary: cleanLeaf },
      { weight: 3, arbitrary: plantedLeaf },
      { weight: 2, arbitrary: scalarLeaf },
      { weight: 2, arbitrary: tie('container') },
      { weight: 1, arbitrary: tie('container').map((inner): Node => ({ kind: 'json', node: inner })) },
    ),
    container: fc.oneof(
      { depthSize: 'small', maxDepth },
      fc.array(tie('node'), { maxLength: 5 }).map((items): Node => ({ kind: 'array', items })),
      fc
        .uniqueArray(fc.tuple(key, tie('node')), {
          maxLength: 5,
          selector: ([k]) => (k.kind === 'cleanKey' ? k.text : k.value),
        })
        .map((entries): Node => ({ kind: 'object', entries })),
    ),
  }));
  return node;
}

/** A document root: an object or an array, as JSON attributes hold. */
export function documentTree(options?: TreeOptions): fc.Arbitrary<Node> {
  return tree(options).filter((node) => node.kind === 'object' || node.kind === 'array');
}

export function toValue(node: Node): unknown {
  switch (node.kind) {
    case 'clean':
      return node.text;
    case 'planted':
      return node.before + node.value + node.after;
    case 'scalar':
      return node.value;
    case 'array':
      return node.items.map(toValue);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, child] of node.entries) out[k.kind === 'cleanKey' ? k.text : k.value] = toValue(child);
      return out;
    }
    case 'json':
      return JSON.stringify(toValue(node.node));
  }
}

/** Every planted value in the tree (leaves and keys). */
export function plantedValues(node: Node, out: string[] = []): string[] {
  switch (node.kind) {
    case 'planted':
      out.push(node.value);
      break;
    case 'array':
      for (const item of node.items) plantedValues(item, out);
      break;
    case 'object':
      for (const [k, child] of node.entries) {
        if (k.kind === 'plantedKey') out.push(k.value);
        plantedValues(child, out);
      }
      break;
    case 'json':
      plantedValues(node.node, out);
      break;
  }
  return out;
}

/**
 * `output` is the redacted form of `node`: containers keep their shape and clean keys, scalars
 * and clean strings are identical, planted strings keep their surroundings and lose the value.
 * Objects with a planted key are only checked for leaks: two keys redacted to the same
 * placeholder collapse into one, which is the typed-placeholder design.
 */
export function expectScrubbed(node: Node, output: unknown, path = '$'): void {
  switch (node.kind) {
    case 'clean':
      expect(output, path).toBe(node.text);
      return;
    case 'scalar':
      expect(output, path).toBe(node.value);
      return;
    case 'planted':
      expect(typeof output, path).toBe('string');
      expectRedactedInPlace(output as string, node.before, node.value, node.after);
      return;
    case 'json': {
      expect(typeof output, path).toBe('string');
      let parsed: unknown;
      expect(() => (parsed = JSON.parse(output as string)), `${path} is no longer valid JSON: ${String(output)}`).not.toThrow();
      expectScrubbed(node.node, parsed, `${path}<json>`);
      return;
    }
    case 'array':
      expect(Array.isArray(output), path).toBe(true);
      expect((output as unknown[]).length, path).toBe(node.items.length);
      node.items.forEach((item, i) => expectScrubbed(item, (output as unknown[])[i], `${path}[${i}]`));
      return;
    case 'object': {
      expect(output !== null && typeof output === 'object' && !Array.isArray(output), path).toBe(true);
      const record = output as Record<string, unknown>;
      if (node.entries.some(([k]) => k.kind === 'plantedKey')) {
        expectNoLeak(JSON.stringify(record), plantedValues(node), path);
        return;
      }
      expect(Object.keys(record), path).toEqual(node.entries.map(([k]) => (k as { text: string }).text));
      for (const [k, child] of node.entries) {
        const name = (k as { text: string }).text;
        expectScrubbed(child, record[name], `${path}.${name}`);
      }
      return;
    }
  }
}
