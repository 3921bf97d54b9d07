import { describe, expect, it } from 'vitest';
import { createRedactor } from '../src/index.js';

// The examples the README shows, so the documentation cannot drift from the behaviour.
describe('README examples', () => {
  const redactor = createRedactor();

  it('quick start', () => {
    expect(redactor.redactString("Hi, I'm Jane Doe, card 4111 1111 1111 1111, reach me at jane@example.com")).toBe(
      "Hi, I'm [REDACTED:PERSON], card [REDACTED:CREDIT_CARD], reach me at [REDACTED:EMAIL]",
    );
    expect(redactor.redactString('Call +44 20 7946 0958 or mail ops@example.org')).toBe(
      'Call [REDACTED:PHONE] or mail [REDACTED:EMAIL]',
    );
    expect(redactor.redactValue({ user: { email: 'a@b.io', password: 'hunter2' }, tokens: 512 })).toEqual({
      user: { email: '[REDACTED:EMAIL]', password: '[REDACTED:SECRET]' },
      tokens: 512,
    });
    const key = `sk-proj-${'A1b2C3d4'.repeat(6)}`;
    expect(redactor.scan(`key ${key}`)).toEqual([
      { type: 'SECRET', start: 4, end: 4 + key.length, detector: 'secret.openai', confidence: expect.any(Number) },
    ]);
  });

  it('strategies table', () => {
    const mask = createRedactor({ strategies: { default: 'mask' } });
    expect(mask.redactString('jane.doe@example.com')).toBe('j***@example.com');
    expect(mask.redactString('4111 1111 1111 1111')).toBe('**** **** **** 1111');
    expect(mask.redactString('DE89 3704 0044 0532 0130 00')).toBe('DE** **** **** **** **30 00');
    const hash = createRedactor({ strategies: { default: 'hash' }, hashKey: 'readme-example-key-0001' });
    expect(hash.redactString('jane.doe@example.com')).toMatch(/^<EMAIL:[0-9a-f]{16}>$/);
    expect(createRedactor({ strategies: { default: 'drop' } }).redactString('a jane.doe@example.com b')).toBe('a  b');
  });

  it('key rules table', () => {
    expect(redactor.redactValue('hunter2', 'db.password')).toBe('[REDACTED:SECRET]');
    expect(redactor.redactValue('Bearer abc', 'http.request.header.authorization')).toBe('[REDACTED:SECRET]');
    expect(redactor.redactValue(512, 'gen_ai.usage.input_tokens')).toBe(512);
    expect(redactor.redactString('{"date_of_birth":"1986-04-17"}')).toBe('{"date_of_birth":"[REDACTED:DATE_OF_BIRTH]"}');
    expect(redactor.redactValue('cust-00421', 'enduser.id')).toMatch(/^<USER_ID:[0-9a-f]{16}>$/);
    expect(redactor.redactValue('gpt-4o-2024-08-06', 'gen_ai.request.model')).toBe('gpt-4o-2024-08-06');
  });

  it('detector table', () => {
    const caught = [
      'jane.doe@example.com', 'jane%40example.com', '+44 20 7946 0958', '(212) 555-0123', '4111 1111 1111 1111',
      '212-67-4534', 'GB82 WEST 1234 5698 7654 32', 'DE89370400440532013000', '203.0.113.7', '2001:db8::1',
      '00:1a:2b:3c:4d:5e', 'user_12345',
    ];
    for (const value of caught) expect(redactor.redactString(`value ${value} end`), value).not.toContain(value);
    const kept = ['lodash@4.17.21', '127.0.0.1', 'Chrome/128.0.0.0', 'YOUR_API_KEY_HERE', 'max_tokens=512', 'hosted-eu-20260812-09', 'gpt-4o-2024-08-06'];
    for (const value of kept) expect(redactor.redactString(`value ${value} end`), value).toBe(`value ${value} end`);
  });
});
