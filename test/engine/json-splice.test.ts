// spliceJson edits only the changed values into the source: on minified JSON the result is
// exactly what JSON.stringify of the scrubbed tree gives; on any JSON it parses to that tree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spliceJson } from '../../src/engine/json-splice.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const leaf = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null));
const key = fc.oneof(fc.constantFrom('role', 'content', 'parts', 'type', 'a"b', 'é', '\\'), fc.string({ maxLength: 6 }));
const tree: fc.Arbitrary<Json> = fc.letrec<{ node: Json }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  ),
})).node;

/** A copy of `node` in which the leaves picked by `pick` are replaced, sharing what is unchanged. */
function scrub(node: Json, pick: () => boolean): Json {
  if (Array.isArray(node)) {
    const items = node.map((item) => scrub(item, pick));
    return items.every((item, i) => item === node[i]) ? node : items;
  }
  if (node !== null && typeof node === 'object') {
    let changed = false;
    const copy: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(node)) {
      copy[k] = scrub(v, pick);
      changed ||= copy[k] !== v;
    }
    if (pick()) return '[REDACTED:SECRET]';
    return changed ? copy : node;
  }
  return pick() ? '[REDACTED:EMAIL] "quoted" \\ \n' : node;
}

describe('spliceJson', () => {
  it('gives JSON.stringify of the scrubbed tree for minified source, and that tree for indented source', () => {
    let spliced = 0;
    fc.assert(
      fc.property(tree, fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), fc.constantFrom(undefined, 2, '\t'), (node, picks, space) => {
        const source = JSON.stringify(node, null, space);
        const before = JSON.parse(source) as Json;
        let p = 0;
        const after = scrub(before, () => picks[p++ % picks.length]! && p % 3 === 0);
        const result = spliceJson(source, before, after);
        if (result === undefined) return;
        spliced++;
        expect(JSON.parse(result)).toEqual(after);
        if (space === undefined) expect(result).toBe(JSON.stringify(after));
      }),
      { numRuns: 1_000, seed: 20261123 },
    );
    // Integer-like and duplicate keys are the only reasons to give up on generated trees.
    expect(spliced).toBeGreaterThan(800);
  });

  it('keeps the formatting of everything unchanged', () => {
    const source = '{\n  "role": "user",\n  "parts": [ {"type": "text", "content": "mail a@b.example"} ],\n  "n": 1.50\n}';
    const before = JSON.parse(source) as { parts: { content: string }[] };
    const after = { ...before, parts: [{ ...before.parts[0]!, content: 'mail [REDACTED:EMAIL]' }] };
    expect(spliceJson(source, before, after)).toBe(
      '{\n  "role": "user",\n  "parts": [ {"type": "text", "content": "mail [REDACTED:EMAIL]"} ],\n  "n": 1.50\n}',
    );
  });

  it('replaces a whole subtree that became a placeholder', () => {
    const source = '{"password": {"old": "x", "new": [1, 2]}, "ok": true}';
    const before = JSON.parse(source) as object;
    expect(spliceJson(source, before, { ...before, password: '[REDACTED:SECRET]' })).toBe('{"password": "[REDACTED:SECRET]", "ok": true}');
  });

  it('gives up where source order and parsed order differ', () => {
    const cases = ['{"b": "x", "2": "y", "1": "z"}', '{"a": "x", "a": "y"}', '{"\\u0061": "x"}'];
    for (const source of cases) {
      const before = JSON.parse(source) as Record<string, unknown>;
      const after = Object.fromEntries(Object.keys(before).map((k) => [k, 'changed']));
      expect(spliceJson(source, before, after), source).toBeUndefined();
    }
  });

  it('gives up when a key was renamed', () => {
    const source = '{"jane@example.com": 1}';
    expect(spliceJson(source, JSON.parse(source), { '[REDACTED:EMAIL]': 1 })).toBeUndefined();
  });
});
