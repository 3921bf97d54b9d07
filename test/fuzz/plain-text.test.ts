// Property: a valid email, card, SSN, IBAN, phone or credential planted anywhere in ordinary
// text never survives redaction, the text around it is unchanged, and redacting twice changes
// nothing more than redacting once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index.js';
import { email } from './arbitraries/emails.js';
import { cardNumber, dePhone, iban, nanpPhone, type Planted, ssn, ukPhone } from './arbitraries/numbers.js';
import { awsAccessKeyId, gitHubToken, jwt, openAiLegacyKey, openAiProjectKey, slackBotToken } from './arbitraries/secrets.js';
import { after, before, filler } from './arbitraries/text.js';
import { expectNoLeak, expectRedactedInPlace, fuzzOptions } from './support.js';

const redactor = createRedactor();

const FAMILIES: readonly (readonly [string, fc.Arbitrary<Planted>])[] = [
  ['email', email],
  ['payment card (Luhn, several issuers, with and without separators)', cardNumber],
  ['US SSN', ssn],
  ['IBAN (mod-97)', iban],
  ['NANP phone', nanpPhone],
  ['UK phone', ukPhone],
  ['DE phone', dePhone],
  ['OpenAI sk-proj- key', openAiProjectKey],
  ['OpenAI legacy key', openAiLegacyKey],
  ['GitHub token', gitHubToken],
  ['AWS access key id', awsAccessKeyId],
  ['Slack bot token', slackBotToken],
  ['JWT', jwt],
];

const anyPlanted = fc.oneof(...FAMILIES.map(([, arbitrary]) => arbitrary));

describe('fuzz: values planted in plain text', () => {
  it('the neutral filler itself is left alone (otherwise the properties below prove nothing)', () => {
    fc.assert(
      fc.property(filler, before, after, (text, head, tail) => {
        const sample = head + text + tail;
        expect(redactor.redactString(sample)).toBe(sample);
      }),
      fuzzOptions(1000),
    );
  });

  for (const [name, planted] of FAMILIES) {
    it(`${name}: never survives, surroundings unchanged, idempotent`, () => {
      fc.assert(
        fc.property(before, planted, after, (head, { value }, tail) => {
          const output = redactor.redactString(head + value + tail);
          expectRedactedInPlace(output, head, value, tail);
          expect(redactor.redactString(output)).toBe(output);
        }),
        fuzzOptions(400),
      );
    });
  }

  it('several values of mixed kinds in one text: none survives, idempotent', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(before, anyPlanted, after), { minLength: 2, maxLength: 6 }), (pieces) => {
        const text = pieces.map(([head, { value }, tail]) => `${head}${value}${tail}`).join('\n');
        const output = redactor.redactString(text);
        expectNoLeak(output, pieces.map(([, { value }]) => value));
        expect(redactor.redactString(output)).toBe(output);
      }),
      fuzzOptions(400),
    );
  });

  it('idempotent under the mask strategy', () => {
    const masking = createRedactor({ strategies: { default: 'mask' } });
    fc.assert(
      fc.property(before, anyPlanted, after, (head, { value }, tail) => {
        const masked = masking.redactString(head + value + tail);
        expect(masked).not.toContain(value);
        expect(masking.redactString(masked)).toBe(masked);
      }),
      fuzzOptions(400),
    );
  });

  it('idempotent and stable under the hash strategy (keyed pseudonyms)', () => {
    const hashing = createRedactor({ strategies: { default: 'hash' }, hashKey: 'fuzz-hash-key-0123456789abcdef' });
    fc.assert(
      fc.property(before, anyPlanted, after, (head, { value }, tail) => {
        const text = head + value + tail;
        const hashed = hashing.redactString(text);
        expectNoLeak(hashed, [value]);
        expect(hashing.redactString(text)).toBe(hashed);
        expect(hashing.redactString(hashed)).toBe(hashed);
      }),
      fuzzOptions(400),
    );
  });
});
