// Minimal reproductions of what the property-based tests found, one per root cause, so a fix
// is checked by name. Each states the input shape; the properties that found them are named.
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index.js';
import { captureDiag } from '../fail-closed/support.js';

const redactor = createRedactor();

function expectValidJson(text: string): void {
  expect(() => JSON.parse(text), text).not.toThrow();
}

describe('regressions found by the fuzzers: leaks', () => {
  // json.test.ts "numbers beyond 2^53": a document with an unsafe integer is scanned as raw text,
  // where the escape letter of `\n` / `\t` glues itself to the value that follows.
  it('JSON with an integer beyond 2^53: a card after an escaped newline is redacted', () => {
    const output = redactor.redactString('{"id":12345678901234567890,"text":"card:\\n4111 1111 1111 1111"}');
    expect(output).not.toContain('4111 1111 1111 1111');
    expectValidJson(output);
  });

  it('JSON with an integer beyond 2^53: an SSN, IBAN and key after an escaped tab are redacted', () => {
    const text = '{"id":12345678901234567890,"a":"x\\t536-22-8164","b":"x\\tDE89370400440532013000","c":"x\\tghp_R4nd0mT0k3nV4lu3F0rT3st1ngXyZ9876543"}';
    const output = redactor.redactString(text);
    expect(output).not.toContain('536-22-8164');
    expect(output).not.toContain('DE89370400440532013000');
    expect(output).not.toContain('ghp_R4nd0mT0k3nV4lu3F0rT3st1ngXyZ9876543');
    expectValidJson(output);
  });

  it('JSON with an integer beyond 2^53: an email after an escaped newline keeps the escape intact', () => {
    // Today the `n` of `\n` is taken into the email and `\[REDACTED:EMAIL]` is an invalid escape.
    const output = redactor.redactString('{"id":12345678901234567890,"text":"hi\\njane.doe@example.com"}');
    expect(output).not.toContain('jane.doe@example.com');
    expectValidJson(output);
    expect(output).toContain('\\n[REDACTED:EMAIL]');
  });

  it('a large double (1e+300) forces the same text fallback and must not leak either', () => {
    const output = redactor.redactString('{"scale":1e+300,"text":"card:\\n4111 1111 1111 1111"}');
    expect(output).not.toContain('4111 1111 1111 1111');
  });

  // embedded-json-text.test.ts: JSON quoted in a log line is scanned as text with the same problem.
  it.each([
    ['card', '4111 1111 1111 1111'],
    ['IBAN', 'DE89 3704 0044 0532 0130 00'],
    ['SSN', '536-22-8164'],
    ['GitHub token', 'ghp_R4nd0mT0k3nV4lu3F0rT3st1ngXyZ9876543'],
    ['AWS key id', 'AKIAIOSFODNN7EXAMPLE'],
    ['OpenAI key', 'sk-proj-h7Kq2Lm9Xv4Rt8Nw3Zb6Yc1Pd5Fs0GjTaT3BlbkFJu8Wq3Er6Ty1Ui4Op7As2'],
  ])('JSON quoted in a log line: a %s after an escaped newline is redacted', (_name, value) => {
    const output = redactor.redactString(`request body: {"msg":"hi\\n${value}"}`);
    expect(output).not.toContain(value);
  });

  // numeric-neighbours.test.ts: a card next to an unrelated number is read as part of one
  // longer digit grouping and skipped whole.
  it.each([
    'qty 2 4111111111111111',
    'step 2 4111 1111 1111 1111',
    'v1.2 4111111111111111',
    'paid 4111111111111111 3.5 times',
  ])('a card next to an unrelated number is redacted: %s', (text) => {
    const output = redactor.redactString(text);
    expect(output).toContain('[REDACTED:CREDIT_CARD]');
    expect(output).not.toMatch(/4111 ?1111 ?1111 ?1111/);
  });

  // plain-text.test.ts, AWS access key id (FUZZ_SEED=7, FUZZ_RUNS_SCALE=10): six ascending pairs
  // (BC, UV, BC, JK, KL, YZ) in a random 16-character body trip the "typed counting run"
  // placeholder check. About 1 in 200,000 random key ids; the AKIA prefix is strong evidence.
  it('an AWS key id whose random body happens to hold several ascending pairs is redacted', () => {
    expect(redactor.redactString('key AKIABCUVSGBCJK2KLGYZ end')).toBe('key [REDACTED:SECRET] end');
  });

  it.each(['option 2 - +44 20 7946 0958', 'call +44 20 7946 0958 - 2', 'option 2 - 212-555-0123'])(
    'a phone next to a number and a spaced dash is redacted: %s',
    (text) => {
      expect(redactor.redactString(text)).toContain('[REDACTED:PHONE]');
    },
  );
});

describe('regressions found by the fuzzers: redact(redact(x)) === redact(x)', () => {
  // plain-text.test.ts "mask strategy": the masked email is still an email, and masking it
  // again returns the same text, which the redactor treats as a failed strategy.
  it('mask: a masked email is left as it is, with no error diagnostic', () => {
    const masking = createRedactor({ strategies: { default: 'mask' } });
    const diag = captureDiag();
    try {
      const once = masking.redactString('write to jane.doe@example.com');
      expect(once).toBe('write to j***@example.com');
      expect(masking.redactString(once)).toBe(once);
      expect(diag.messages.filter((m) => m.includes('failed'))).toEqual([]);
    } finally {
      diag.dispose();
    }
  });

  // plain-text.test.ts "hash strategy" (seed 20261123, first run): `<SECRET:9eaa…>` read as `secret: 9eaa…`.
  it('hash: a SECRET pseudonym is not itself taken for a secret assignment', () => {
    const hashing = createRedactor({ strategies: { default: 'hash' }, hashKey: 'fuzz-hash-key-0123456789abcdef' });
    const once = hashing.redactString('token ghp_R4nd0mT0k3nV4lu3F0rT3st1ngXyZ9876543 end');
    expect(once).toMatch(/^token <SECRET:[0-9a-f]{16}> end$/);
    expect(hashing.redactString(once)).toBe(once);
  });

  // json.test.ts: a map key redacted to `[REDACTED:PHONE]` reads as a `phone` key on the next
  // pass, and the key rule `phone$` then takes the value under it.
  it('a redacted object key does not trigger a key rule on the next pass', () => {
    const once = redactor.redactString('{"+44 20 7946 0958":"called back"}');
    expect(once).toBe('{"[REDACTED:PHONE]":"called back"}');
    expect(redactor.redactString(once)).toBe(once);
    expect(redactor.redactValue({ '[REDACTED:PHONE]': 'called back' })).toEqual({ '[REDACTED:PHONE]': 'called back' });
  });
});
