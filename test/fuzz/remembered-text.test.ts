// Property: remembering clean texts (`rememberCleanText`) never changes what comes out. Calls
// draw long texts from a small pool, so texts come back (clean, with a planted value, or with
// one character changed) in every order, and each call's output is compared with a redactor
// that scans everything every time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index.js';
import { email } from './arbitraries/emails.js';
import { cardNumber, iban, ukPhone } from './arbitraries/numbers.js';
import { gitHubToken } from './arbitraries/secrets.js';
import { filler } from './arbitraries/text.js';
import { fuzzOptions } from './support.js';

/** Neutral filler of at least 130 characters: long enough for the memo (over 128). */
const longFiller = fc.array(filler, { minLength: 1, maxLength: 8 }).map((parts) => {
  let text = parts.join(' ');
  while (text.length < 130) text += ' the order was shipped and the status is ok';
  return text;
});

const planted = fc.oneof(email, cardNumber, iban, ukPhone, gitHubToken);

/** A pool entry: clean filler, or filler with a value planted at a word boundary. */
const poolText = fc.oneof(
  longFiller,
  fc.tuple(longFiller, planted, longFiller).map(([head, value, tail]) => `${head} ${value.value} ${tail}`),
);

/** One call: a pool text as is, or with one character replaced (same length, other content). */
const call = fc.tuple(fc.nat(), fc.option(fc.nat(), { nil: undefined }));

describe('fuzz: rememberCleanText', () => {
  it('gives the same output as scanning every text every time, whatever comes back in what order', () => {
    fc.assert(
      fc.property(fc.array(poolText, { minLength: 1, maxLength: 5 }), fc.array(call, { minLength: 1, maxLength: 24 }), (pool, calls) => {
        const remembering = createRedactor();
        const scanning = createRedactor({ rememberCleanText: false });
        for (const [pick, edit] of calls) {
          let text = pool[pick % pool.length]!;
          if (edit !== undefined) {
            const at = edit % text.length;
            text = text.slice(0, at) + (text[at] === 'q' ? 'z' : 'q') + text.slice(at + 1);
          }
          expect(remembering.redactString(text)).toBe(scanning.redactString(text));
        }
        expect(remembering.stats().findingsByType).toEqual(scanning.stats().findingsByType);
      }),
      fuzzOptions(300),
    );
  });
});
