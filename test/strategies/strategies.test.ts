import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRedactor, decryptTokens } from '../../src/index.js';
import { maskReplacer } from '../../src/strategies/mask.js';
import { createHashReplacer, pseudonym } from '../../src/strategies/hash.js';

const finding = (type: string) => ({ type, start: 0, end: 0, detector: 't', confidence: 1 });

describe('mask', () => {
  it.each([
    ['EMAIL', 'jane.doe@company.com', 'j***@company.com'],
    ['CREDIT_CARD', '4242 4242 4242 4242', '**** **** **** 4242'],
    ['US_SSN', '123-45-6789', '***-**-6789'],
    ['PHONE', '+1 (415) 555-0134', '+* (***) ***-**34'],
    ['IBAN', 'DE89 3704 0044 0532 0130 00', 'DE** **** **** **** **30 00'],
    ['SECRET', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'ghp_********'],
    ['PERSON', 'Jane Doe', 'J*** D**'],
    ['IP_ADDRESS', '10.1.2.3', '**.*.*.*'],
  ])('%s %s → %s', (type, value, expected) => {
    expect(maskReplacer(value, finding(type))).toBe(expected);
  });
});

describe('hash', () => {
  it('gives the same token for the same input and key, and no plain-hash fallback', () => {
    const a = createRedactor({ strategies: { default: 'hash' }, hashKey: 'k'.repeat(32) });
    const b = createRedactor({ strategies: { default: 'hash' }, hashKey: 'k'.repeat(32) });
    const text = 'mail jane.doe@example.com';
    const token = a.redactString(text);
    expect(token).toMatch(/^mail <EMAIL:[0-9a-f]{16}>$/);
    expect(b.redactString(text)).toBe(token);
    expect(createRedactor({ strategies: { default: 'hash' }, hashKey: 'z'.repeat(32) }).redactString(text)).not.toBe(token);
  });

  it('remembers tokens without changing them: per type, over a full memory and for long values', () => {
    const key = Buffer.alloc(32, 7);
    const replace = createHashReplacer(key, 16);
    const expected = (type: string, value: string) => pseudonym(key, 16, type, value);
    const id = 'user-104729';
    expect(replace(id, finding('USER_ID'))).toBe(expected('USER_ID', id));
    expect(replace(id, finding('USER_ID'))).toBe(expected('USER_ID', id));
    // The same value under another type is another token, not the remembered one.
    expect(replace(id, finding('PHONE'))).toBe(expected('PHONE', id));
    expect(replace(id, finding('PHONE'))).not.toBe(replace(id, finding('USER_ID')));
    // More distinct values than it keeps: it starts over and every token stays right.
    for (let i = 0; i < 5_000; i++) expect(replace(`id-${i}`, finding('USER_ID'))).toBe(expected('USER_ID', `id-${i}`));
    expect(replace(id, finding('USER_ID'))).toBe(expected('USER_ID', id));
    const long = 'x'.repeat(300);
    expect(replace(long, finding('SECRET'))).toBe(expected('SECRET', long));
  });

  it('uses a random per-process key when none is configured, stable within the process', () => {
    const a = createRedactor({ strategies: { EMAIL: 'hash' } });
    const b = createRedactor({ strategies: { EMAIL: 'hash' } });
    expect(a.redactString('x a@b.io')).toBe(b.redactString('x a@b.io'));
  });
});

describe('encrypt', () => {
  it('round-trips with the key and fails with another key', () => {
    const key = randomBytes(32).toString('base64');
    const redactor = createRedactor({ strategies: { EMAIL: 'encrypt' }, encryptionKey: key });
    const out = redactor.redactString('write to jane.doe@example.com please');
    expect(out).not.toContain('jane.doe');
    expect(out).toMatch(/<ENC:EMAIL:[A-Za-z0-9_-]+>/);
    expect(decryptTokens(out, key)).toBe('write to jane.doe@example.com please');
    expect(() => decryptTokens(out, randomBytes(32).toString('hex'))).toThrow();
  });
});

describe('drop', () => {
  it('removes the value', () => {
    expect(createRedactor({ strategies: { EMAIL: 'drop' } }).redactString('a jane@example.com b')).toBe('a  b');
  });
});
