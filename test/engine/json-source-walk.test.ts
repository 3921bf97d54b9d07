// The source walk reads JSON as strictly as JSON.parse (what it accepts the parse accepts, so
// malformed text is still scanned as text; raw control characters inside strings excepted), hands the visitor each string and long integer
// unescaped, writes back only what the visitor changed, and gives up when the visitor says so.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JsonSourceVisitor, Member, WalkedKeys, walkJsonSource } from '../../src/engine/json-source-walk.js';
import { createRedactor } from '../../src/index.js';

interface Recorded {
  readonly keys: string[];
  readonly strings: [string, string | undefined, number][];
  readonly integers: string[];
}

/** Walks everything, changes nothing, writes down what it was shown. */
function recorder(overrides: Partial<JsonSourceVisitor> = {}): JsonSourceVisitor & Recorded {
  const keys: string[] = [];
  const strings: [string, string | undefined, number][] = [];
  const integers: string[] = [];
  return {
    keys,
    strings,
    integers,
    walkedKeys: new WalkedKeys(),
    member: (key) => (keys.push(key), Member.Walk),
    entersContainer: () => true,
    stringValue: (value, key, depth) => (strings.push([value, key, depth]), value),
    longInteger: (literal) => void integers.push(literal),
    ...overrides,
  };
}

function parses(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}

describe('walkJsonSource: grammar', () => {
  it('accepts exactly what JSON.parse accepts (documents that are an object or an array), raw control characters in strings aside', () => {
    const token = fc.constantFrom(
      '{', '}', '[', ']', ',', ':', ' ', '\n', '"a"', '"b\\"c"', '"\\u00e9"', '"\\x41"', '"\\u12"', '"tab\there"',
      '\u0001', '1', '-0', '01', '1.', '1.5', '.5', '1e5', '1E+5', '1e', '-', '123456789012',
      'true', 'false', 'null', 'tru', 'nul', 'NaN', '"\uE000"', "'a'",
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 14 }), (tokens) => {
        const text = tokens.join('');
        fc.pre(text.startsWith('{') || text.startsWith('['));
        expect(walkJsonSource(text, 0, recorder()) !== undefined, text).toBe(parses(text));
      }),
      { numRuns: 4000, seed: 20261207 },
    );
  });

  it('gives up on malformed documents', () => {
    for (const text of ['{"a":1,}', '[1,]', '{"a" 1}', '{a:1}', '["a"', '[1 2]', '{"a":1}}', '[]x', '[\u0007"a"]', '["\\q"]', '[+1]', '[0x1]']) {
      expect(walkJsonSource(text, 0, recorder()), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('takes a raw control character inside a string as part of it, and shows the visitor the whole string', () => {
    const visitor = recorder();
    expect(walkJsonSource('{"note":"line one\nline two\tjane.doe@example.com"}', 0, visitor)).toBeDefined();
    expect(visitor.strings).toEqual([['line one\nline two\tjane.doe@example.com', 'note', 1]]);
    const redactor = createRedactor();
    // The changed string is written back JSON-escaped: the document comes out valid.
    expect(redactor.redactString('{"note":"line one\nmail jane.doe@example.com"}')).toBe('{"note":"line one\\nmail [REDACTED:EMAIL]"}');
  });

  it('gives up on an escaped key (the parsing path compares keys as spelled)', () => {
    expect(walkJsonSource('{"na\\u006de":"x"}', 0, recorder())).toBeUndefined();
  });

  it('gives up on nesting past its recursion bound, however high maxDepth is', () => {
    const deep = `${'['.repeat(500)}"x"${']'.repeat(500)}`;
    expect(walkJsonSource(deep, 0, recorder())).toBeUndefined();
    const shallow = `${'['.repeat(150)}"x"${']'.repeat(150)}`;
    expect(walkJsonSource(shallow, 0, recorder())).toBe(shallow);
  });
});

describe('walkJsonSource: what the visitor sees and changes', () => {
  it('shows each string unescaped with its key and depth, and keys as written', () => {
    const visitor = recorder();
    const text = '{"role":"user","parts":[{"type":"text","content":"line\\none \\"q\\" \\u00e9"}],"n":[1,"x"]}';
    expect(walkJsonSource(text, 3, visitor)).toBe(text);
    expect(visitor.keys).toEqual(['role', 'parts', 'type', 'content', 'n']);
    expect(visitor.strings).toEqual([
      ['user', 'role', 4],
      ['text', 'type', 6],
      ['line\none "q" é', 'content', 6],
      ['x', undefined, 5],
    ]);
  });

  it('unescapes line breaks, and tells an escaped backslash before an n from a line break', () => {
    const visitor = recorder();
    walkJsonSource('["a\\nb\\n", "c\\\\nd", "e\\\\\\nf", "\\n"]', 0, visitor);
    expect(visitor.strings.map(([value]) => value)).toEqual(['a\nb\n', 'c\\nd', 'e\\\nf', '\n']);
  });

  it('hands over integer literals of nine digits or more as written, and nothing else numeric', () => {
    const visitor = recorder();
    walkJsonSource('[12345678, 123456789, -123456789, 1234567890.5, 1e12, 12345678901234567890, 0]', 0, visitor);
    expect(visitor.integers).toEqual(['123456789', '-123456789', '12345678901234567890']);
  });

  it('writes back only changed values, JSON-escaped, and keeps every other byte', () => {
    const visitor = recorder({
      stringValue: (value) => (value.includes('@') ? 'mail [X]\n"ok"' : value),
      longInteger: (literal) => (literal.startsWith('4') ? '[CARD]' : undefined),
    });
    const text = '{ "a" : "x@y",\n  "b": [ "keep\\u0020me", 4111111111111111, 12345678901 ] }';
    expect(walkJsonSource(text, 0, visitor)).toBe('{ "a" : "mail [X]\\n\\"ok\\"",\n  "b": [ "keep\\u0020me", "[CARD]", 12345678901 ] }');
  });

  it('passes a kept member on unread, and gives up when the visitor does', () => {
    const keep = recorder({ member: (key) => (key === 'allowed' ? Member.Keep : Member.Walk) });
    expect(walkJsonSource('{"allowed":{"deep":["x@y"]},"b":"z"}', 0, keep)).toBe('{"allowed":{"deep":["x@y"]},"b":"z"}');
    expect(keep.strings).toEqual([['z', 'b', 1]]);
    expect(walkJsonSource('{"a":"x","secret":"y"}', 0, recorder({ member: (key) => (key === 'secret' ? Member.GiveUp : Member.Walk) }))).toBeUndefined();
    expect(walkJsonSource('["x", "y"]', 0, recorder({ stringValue: (value) => (value === 'y' ? undefined : value) }))).toBeUndefined();
    expect(walkJsonSource('{"a":{"b":[]}}', 0, recorder({ entersContainer: (depth) => depth < 1 }))).toBeUndefined();
  });

  it('does not ask again about a key the visitor put in walkedKeys', () => {
    const visitor = recorder();
    visitor.walkedKeys.add('role');
    walkJsonSource('[{"role":"a","rolf":"b"},{"role":"c"}]', 0, visitor);
    expect(visitor.keys).toEqual(['rolf']);
    expect(visitor.strings.map(([value, key]) => [value, key])).toEqual([['a', 'role'], ['b', 'rolf'], ['c', 'role']]);
  });
});

describe('the redactor and the walk', () => {
  it('counts a finding once when the walk gives up after it, and tells metrics once', () => {
    const redactor = createRedactor();
    const told: string[] = [];
    redactor.onFinding((type) => told.push(type));
    // The email is counted by the walk, which then meets a blob part and hands the document over.
    const blob = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB';
    const output = redactor.redactString(`{"note":"mail jane.doe@example.com","parts":[{"content":"${blob}","type":"blob"}]}`);
    expect(output).toBe('{"note":"mail [REDACTED:EMAIL]","parts":[{"content":"[REDACTED:BINARY]","type":"blob"}]}');
    expect(redactor.stats().findingsByType).toEqual({ EMAIL: 1, BINARY: 1 });
    expect(told.sort()).toEqual(['BINARY', 'EMAIL']);
  });

  it('takes the values of whole-value keys as the tree walk does: scalars and arrays replaced, flags and null kept', () => {
    const redactor = createRedactor({ hashKey: 'unit-test-key-0123456789abcdef' });
    const output = redactor.redactString(
      '{"password":"hunter2-synthetic","api_key":["a","b"],"phone":{"home":"n/a","mobile_verified":true},' +
        '"phone_verified":true,"user_id":12345678901234567890,"session_id":null,"first_name":""}',
    );
    const parsed = JSON.parse(output) as Record<string, unknown>;
    expect(parsed.password).toBe('[REDACTED:SECRET]');
    expect(parsed.api_key).toBe('[REDACTED:SECRET]');
    // A personal-field key over an object: its own keys decide.
    expect(parsed.phone).toEqual({ home: 'n/a', mobile_verified: true });
    expect(parsed.phone_verified).toBe(true);
    // Pseudonymised as written, as the same id written as a string is.
    expect(parsed.user_id).toBe(redactor.redactString('{"user_id":"12345678901234567890"}').match(/"user_id":"([^"]+)"/)![1]);
    expect(parsed.session_id).toBeNull();
    expect(parsed.first_name).toBe('');
    expect(output.startsWith('{"password":"[REDACTED:SECRET]","api_key":"[REDACTED:SECRET]","phone":{"home":"n/a"')).toBe(true);
  });

  it('counts a report-mode key with a finding every time it appears', () => {
    const redactor = createRedactor({ mode: 'report' });
    redactor.redactString('[{"jane.doe@example.com":"a"},{"jane.doe@example.com":"b"}]');
    expect(redactor.stats().findingsByType).toEqual({ EMAIL: 2 });
  });

  it('counts a report-mode card held as a number every time it appears', () => {
    const redactor = createRedactor({ mode: 'report' });
    redactor.redactString('[{"card":4111111111111111},{"card":4111111111111111}]');
    redactor.redactValue(4111111111111111, 'amount');
    expect(redactor.stats().findingsByType).toEqual({ CREDIT_CARD: 3 });
  });
});
