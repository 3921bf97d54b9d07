// Property: the memo of short clean values and keys never changes what comes out or what is
// counted. Calls draw short values (ids, filler, planted values, one character changed) and
// object keys from a small pool, so each comes back in every order: seen once, seen again once
// remembered, or edited after it was remembered. One long-lived redactor must answer every call
// as a redactor that has never seen anything does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor, type Redactor } from '../../src/index.js';
import { email } from './arbitraries/emails.js';
import { cardNumber, iban, ukPhone } from './arbitraries/numbers.js';
import { gitHubToken } from './arbitraries/secrets.js';
import { filler } from './arbitraries/text.js';
import { fuzzOptions } from './support.js';

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const id = fc
  .tuple(fc.constantFrom('call_', 'chatcmpl-', 'resp_', 'user-', ''), fc.array(fc.constantFrom(...ID_CHARS), { minLength: 4, maxLength: 30 }))
  .map(([prefix, chars]) => prefix + chars.join(''));
const planted = fc
  .tuple(fc.oneof(email, cardNumber, iban, ukPhone, gitHubToken), filler)
  .map(([value, tail]) => `${value.value} ${tail}`.slice(0, 120));
/** Short values only: the memo keeps values and keys up to 128 characters. */
const shortValue = fc.oneof(id, filler.map((text) => text.slice(0, 128)), planted).filter((text) => text.length > 0);

/** One call: which pool entry, whether to change one character, and whether it goes in as a value or as a key. */
const call = fc.tuple(fc.nat(), fc.option(fc.nat(), { nil: undefined }), fc.boolean());

function edited(text: string, edit: number | undefined): string {
  if (edit === undefined) return text;
  const at = edit % text.length;
  return text.slice(0, at) + (text[at] === '7' ? '4' : '7') + text.slice(at + 1);
}

function ask(redactor: Redactor, text: string, asKey: boolean): unknown {
  return asKey ? redactor.redactValue({ [text]: 'ok' }, 'app.fields') : redactor.redactString(text);
}

describe('fuzz: memo of short clean values', () => {
  for (const reportOnly of [false, true]) {
    it(`answers and counts as a redactor that remembers nothing${reportOnly ? ' (report mode)' : ''}`, () => {
      fc.assert(
        fc.property(fc.array(shortValue, { minLength: 1, maxLength: 4 }), fc.array(call, { minLength: 12, maxLength: 40 }), (pool, calls) => {
          const remembering = createRedactor({ mode: reportOnly ? 'report' : 'redact' });
          const expectedFindings: Record<string, number> = {};
          let expectedScanned = 0;
          const answers = new Map<string, { output: unknown; stats: ReturnType<Redactor['stats']> }>();
          for (const [pick, edit, asKey] of calls) {
            const text = edited(pool[pick % pool.length]!, edit);
            const question = `${asKey}:${text}`;
            let answer = answers.get(question);
            if (answer === undefined) {
              const fresh = createRedactor({ mode: reportOnly ? 'report' : 'redact' });
              answer = { output: ask(fresh, text, asKey), stats: fresh.stats() };
              answers.set(question, answer);
            }
            expect(ask(remembering, text, asKey)).toEqual(answer.output);
            expectedScanned += answer.stats.valuesScanned;
            for (const [type, count] of Object.entries(answer.stats.findingsByType)) {
              expectedFindings[type] = (expectedFindings[type] ?? 0) + count;
            }
          }
          expect(remembering.stats().findingsByType).toEqual(expectedFindings);
          expect(remembering.stats().valuesScanned).toBe(expectedScanned);
        }),
        fuzzOptions(100),
      );
    });
  }
});
