import { describe, expect, it } from 'vitest';
import { createRedactor, PolicyError, type Detector } from '../../src/index.js';
import { Scanner, resolveOverlaps } from '../../src/engine/scanner.js';

const EMAIL = 'jane.doe@example.com';

describe('redactString', () => {
  const redactor = createRedactor();

  it('replaces an email with a typed placeholder and keeps the text around it', () => {
    expect(redactor.redactString(`Write to ${EMAIL} today.`)).toBe('Write to [REDACTED:EMAIL] today.');
  });

  it('returns the same reference when nothing is found', () => {
    const text = 'Nothing sensitive here, just a summary of the meeting.';
    expect(redactor.redactString(text)).toBe(text);
  });

  it('scrubs JSON text structurally and keeps it valid', () => {
    const json = JSON.stringify({ messages: [{ role: 'user', content: `I am ${EMAIL}` }], max_tokens: 512 });
    const out = redactor.redactString(json);
    expect(out).not.toContain(EMAIL);
    expect(JSON.parse(out)).toEqual({ messages: [{ role: 'user', content: 'I am [REDACTED:EMAIL]' }], max_tokens: 512 });
  });

  it('leaves integers beyond 2^53 byte-for-byte intact in JSON', () => {
    const json = `{"id":12345678901234567890,"note":"mail ${EMAIL}"}`;
    const out = redactor.redactString(json);
    expect(out).toContain('12345678901234567890');
    expect(out).not.toContain(EMAIL);
  });

  it('scans a string that starts like the literal sentinel (U+E000), raw or escaped', () => {
    // 1.50 is protected from the parse, so the document carries sentinels; a string that only
    // looks like one must still be scanned, and must not be swapped for protected source.
    for (const forged of ['\uE000', '\\ue000', '\\uE0000', '\uE0000']) {
      const json = `{"price":1.50,"note":"${forged} mail ${EMAIL}","deep":[[[[[[[[[["${EMAIL}"]]]]]]]]]]}`;
      const out = createRedactor({ maxDepth: 3 }).redactString(json);
      expect(out, forged).not.toContain(EMAIL);
      expect(out, forged).toContain('1.50');
    }
  });

  it('pseudonymises a protected number literal as written', () => {
    const hashed = createRedactor({ hashKey: 'k'.repeat(32) });
    const token = (json: string) => (JSON.parse(hashed.redactString(json)) as { user_id: string }).user_id;
    const big = token('{"user_id":12345678901234567890}');
    expect(big).toMatch(/^<USER_ID:[0-9a-f]{16}>$/);
    expect(token('{"user_id":98765432109876543210}')).not.toBe(big);
    expect(token('{"user_id":"12345678901234567890"}')).toBe(big);
  });

  it('scans long integers as their digits: a card sent as a JSON number is replaced, other numbers stay as written', () => {
    const json = '{"payment":4111111111111111,"c19":4111111111111111110,"ts":1733558400000,"price":1.50,"big":12345678901234567890,"n":7}';
    const out = redactor.redactString(json);
    expect(out).toBe('{"payment":"[REDACTED:CREDIT_CARD]","c19":"[REDACTED:CREDIT_CARD]","ts":1733558400000,"price":1.50,"big":12345678901234567890,"n":7}');
  });

  it('applies key rules inside JSON text', () => {
    const out = redactor.redactString('{"username":"sam","password":"correct horse"}');
    expect(JSON.parse(out)).toEqual({ username: 'sam', password: '[REDACTED:SECRET]' });
  });

  it('leaves the host of a URL with credentials readable', () => {
    const out = redactor.redactString('postgres://billing:Velvet-Harbor-93!@db.internal:5432/payments');
    expect(out).not.toContain('Velvet');
    expect(out).toContain('@db.internal:5432/payments');
  });

  it('is idempotent', () => {
    const once = redactor.redactString(`a ${EMAIL} b`);
    expect(redactor.redactString(once)).toBe(once);
  });
});

describe('redactValue', () => {
  it('replaces a card number held as a number or a bigint, and keeps other numbers as numbers', () => {
    const redactor = createRedactor();
    const value = { card: 4111111111111111, cards: [1, 5500005555555559n], ts: 1733558400000, tokens: 1842, price: 42.5 };
    expect(redactor.redactValue(value)).toEqual({
      card: '[REDACTED:CREDIT_CARD]',
      cards: [1, '[REDACTED:CREDIT_CARD]'],
      ts: 1733558400000,
      tokens: 1842,
      price: 42.5,
    });
    expect(redactor.stats().findingsByType).toEqual({ CREDIT_CARD: 2 });
    expect(createRedactor({ strategies: { CREDIT_CARD: 'mask' } }).redactValue(4111111111111111, 'payment')).toBe('************1111');
  });

  it('in report mode counts a card held as a number and passes the number on', () => {
    const reporting = createRedactor({ mode: 'report' });
    expect(reporting.redactValue({ card: 4111111111111111 })).toEqual({ card: 4111111111111111 });
    expect(reporting.stats().findingsByType).toEqual({ CREDIT_CARD: 1 });
  });

  const redactor = createRedactor({ hashKey: 'test-hash-key-0123456789' });

  it('walks arrays and maps and keeps unchanged branches by reference', () => {
    const clean = { model: 'gpt-4o', n: 2 };
    const value = { clean, list: ['ok', `to ${EMAIL}`] };
    const out = redactor.redactValue(value) as typeof value;
    expect(out).not.toBe(value);
    expect(out.clean).toBe(clean);
    expect(out.list).toEqual(['ok', 'to [REDACTED:EMAIL]']);
  });

  it('redacts whole values under credential keys whatever they contain', () => {
    expect(redactor.redactValue('hunter2', 'db.password')).toBe('[REDACTED:SECRET]');
    expect(redactor.redactValue('abc', 'http.request.header.authorization')).toBe('[REDACTED:SECRET]');
    expect(redactor.redactValue('abc', 'x-api-key')).toBe('[REDACTED:SECRET]');
    expect(redactor.redactValue(['a=b'], 'http.response.header.set-cookie')).toBe('[REDACTED:SECRET]');
    expect(redactor.redactValue('4111', 'credit_card')).toBe('[REDACTED:CREDIT_CARD]');
  });

  it('redacts personal fields of structured records under the type their key names', () => {
    const record = { first_name: 'Ada', lastName: 'Quill', date_of_birth: '1986-04-17', phone_verified: true, street_address: '12 Elm Row' };
    expect(redactor.redactValue(record)).toEqual({
      first_name: '[REDACTED:PERSON]',
      lastName: '[REDACTED:PERSON]',
      date_of_birth: '[REDACTED:DATE_OF_BIRTH]',
      phone_verified: true,
      street_address: '[REDACTED:STREET_ADDRESS]',
    });
    const schema = { phone: { type: 'string', description: 'Phone number of the customer' } };
    expect(redactor.redactValue(schema)).toBe(schema);
    expect(redactor.redactValue({ password: { value: 'x' } })).toEqual({ password: '[REDACTED:SECRET]' });
    const custom = createRedactor({ keys: { redact: ['badge_no$=EMPLOYEE_ID'] } });
    expect(custom.redactValue('B-1182', 'staff.badge_no')).toBe('[REDACTED:EMPLOYEE_ID]');
  });

  it('does not treat token counts as tokens', () => {
    expect(redactor.redactValue(512, 'gen_ai.usage.input_tokens')).toBe(512);
    expect(redactor.redactValue('512', 'max_tokens')).toBe('512');
    expect(redactor.redactValue('abc', 'access_token')).toBe('[REDACTED:SECRET]');
  });

  it('pseudonymises id keys with a stable keyed token', () => {
    const a = redactor.redactValue('user-8812', 'enduser.id');
    expect(a).toMatch(/^<USER_ID:[0-9a-f]{16}>$/);
    expect(redactor.redactValue('user-8812', 'user_id')).toBe(a);
    expect(createRedactor({ hashKey: 'test-hash-key-0123456789' }).redactValue('user-8812', 'user.id')).toBe(a);
    expect(createRedactor({ hashKey: 'another-key-0123456789' }).redactValue('user-8812', 'user.id')).not.toBe(a);
    expect(redactor.redactValue('s-1', 'session.id')).toMatch(/^<SESSION_ID:/);
  });

  it('never scans allow-listed metadata keys', () => {
    expect(redactor.redactValue(EMAIL, 'gen_ai.request.model')).toBe(EMAIL);
  });

  it('replaces base64 blob parts of GenAI messages', () => {
    const part = { type: 'blob', mime_type: 'image/png', content: 'iVBORw0KGgoAAAANSUhEUgAA' };
    expect(redactor.redactValue(part)).toEqual({ ...part, content: '[REDACTED:BINARY]' });
  });

  it('replaces values nested deeper than maxDepth', () => {
    const shallow = createRedactor({ maxDepth: 2 });
    expect(shallow.redactValue({ a: { b: { c: 'x' } } })).toEqual({ a: { b: '[REDACTED:TOO_DEEP]' } });
  });
});

describe('fail closed', () => {
  it('replaces the value when a custom pattern throws, and keeps running', () => {
    const redactor = createRedactor({
      customPatterns: [{ name: 'boom', type: 'BOOM', pattern: /x/, validate: () => { throw new Error('secret-in-message'); } }],
    });
    expect(redactor.redactString('value with x inside')).toBe('[REDACTED:UNSCANNED]');
    expect(redactor.stats().errors).toBeGreaterThan(0);
  });

  it('replaces the finding when a custom strategy throws or echoes the value', () => {
    const throwing = createRedactor({ strategies: { EMAIL: () => { throw new Error('no'); } } });
    expect(throwing.redactString(`a ${EMAIL}`)).toBe('a [REDACTED:EMAIL]');
    const echoing = createRedactor({ strategies: { EMAIL: (m) => m } });
    expect(echoing.redactString(`a ${EMAIL}`)).toBe('a [REDACTED:EMAIL]');
  });

  it('truncates oversize values after scanning their head', () => {
    const redactor = createRedactor({ maxValueLength: 64 });
    const text = `${EMAIL} ${'y'.repeat(100)}`;
    const out = redactor.redactString(text);
    expect(out.startsWith('[REDACTED:EMAIL] ')).toBe(true);
    expect(out.endsWith(`[TRUNCATED:${text.length - 64}]`)).toBe(true);
    expect(createRedactor({ maxValueLength: 64, oversize: 'redact' }).redactString(text)).toBe(`[REDACTED:OVERSIZE:${text.length}]`);
  });
});

describe('report mode', () => {
  it('counts findings without changing values', () => {
    const redactor = createRedactor({ mode: 'report' });
    const text = `mail ${EMAIL}`;
    expect(redactor.redactString(text)).toBe(text);
    expect(redactor.stats().findingsByType.EMAIL).toBe(1);
  });
});

describe('policy validation', () => {
  it.each([
    [{ mode: 'loud' }, 'mode'],
    [{ strategies: { EMAIL: 'nope' } }, 'strategies.EMAIL'],
    [{ detectors: { NOT_A_THING: true } }, 'detectors.NOT_A_THING'],
    [{ keys: { redact: [''] } }, 'keys.redact[0]'],
    [{ customPatterns: [{ name: 'a', type: 'lower', pattern: 'x' }] }, 'customPatterns[0].type'],
    [{ customPatterns: [{ name: 'a', type: 'A', pattern: '(' }] }, 'customPatterns[0].pattern'],
    [{ maxValueLength: -1 }, 'maxValueLength'],
    [{ hashKey: 'short' }, 'hashKey'],
    [{ strategies: { EMAIL: 'encrypt' } }, 'encryptionKey'],
    [{ strategies: { EMAIL: 'encrypt' }, encryptionKey: 'too-short' }, 'encryptionKey'],
    [{ colour: 'blue' }, 'colour'],
  ])('rejects %j naming %s', (policy, field) => {
    try {
      createRedactor(policy as never);
      expect.unreachable('policy should have been rejected');
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).field).toBe(field);
      expect((error as Error).message).toContain(`\`${field}\``);
    }
  });

  it('never echoes key material in errors', () => {
    try {
      createRedactor({ hashKey: 'tiny-secret' });
    } catch (error) {
      expect((error as Error).message).not.toContain('tiny-secret');
    }
  });

  it('disables detectors by type', () => {
    expect(createRedactor({ detectors: { EMAIL: false } }).redactString(EMAIL)).toBe(EMAIL);
  });
});

describe('scanner', () => {
  const detector = (name: string, type: string, spans: [number, number, number][]): Detector => ({
    name,
    types: [type],
    enabledByDefault: true,
    trigger: {},
    find: (_text, report) => spans.forEach(([s, e, c]) => report(type, s, e, c)),
  });

  it('merges overlapping findings into their union, typed by the more confident', () => {
    const scanner = new Scanner([detector('a', 'A', [[0, 5, 0.6]]), detector('b', 'B', [[3, 9, 0.9]])]);
    expect(scanner.scan('0123456789')).toEqual([{ type: 'B', detector: 'b', confidence: 0.9, start: 0, end: 9 }]);
  });

  it('skips detectors whose keyword trigger is absent', () => {
    let runs = 0;
    const gated: Detector = { name: 'g', types: ['G'], enabledByDefault: true, trigger: { keywords: ['sk-'] }, find: () => { runs++; } };
    const scanner = new Scanner([gated]);
    scanner.scan('nothing to see');
    expect(runs).toBe(0);
    scanner.scan('key SK-abc');
    expect(runs).toBe(1);
  });

  it('keeps disjoint findings ordered', () => {
    const out = resolveOverlaps([
      { type: 'A', start: 5, end: 6, detector: 'a', confidence: 1 },
      { type: 'A', start: 0, end: 1, detector: 'a', confidence: 1 },
    ]);
    expect(out.map((f) => f.start)).toEqual([0, 5]);
  });
});
