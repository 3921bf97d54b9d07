// Property: a value next to an unrelated number (`step 2 4111 …`, `qty 3: …`, `v1.2 …`) is
// still found and the number next to it is kept. The neighbour is word-bounded (whitespace and
// punctuation in between), so the value itself is unchanged.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { createRedactor } from '../../src/index.js';
import { anyPlanted } from './arbitraries/tree.js';
import { filler } from './arbitraries/text.js';
import { expectRedactedInPlace, fuzzOptions } from './support.js';

const redactor = createRedactor();

const numericWord = fc.constantFrom('2', '42', 'x2', 'v1.2.3', '2024', '#12', 'step 3', '10%', '3.5', 'no. 7', '12:30');
/** After a phone, `x2` and `#12` are extensions and are redacted with it (documented). */
const numericWordAfter = numericWord.filter((word) => word !== 'x2' && word !== '#12');
/** Unambiguous gaps: a single space between a number and a space-grouped value is covered separately. */
const gap = fc.constantFrom('\n', ', ', ': ', '; ', ' - ');
/** With a single space, `2 4111 1111 …` could be one longer grouping; values without inner spaces cannot. */
const compactPlanted = anyPlanted.filter(({ value }) => !value.includes(' '));

describe('fuzz: values next to unrelated numbers', () => {
  it('a number a single space before a value without inner spaces', () => {
    fc.assert(
      fc.property(filler, numericWord, compactPlanted, filler, (left, number, { value }, right) => {
        const head = `${left} ${number} `;
        const tail = ` ${right}`;
        expectRedactedInPlace(redactor.redactString(head + value + tail), head, value, tail);
      }),
      fuzzOptions(300),
    );
  });

  it('a number a single space after a value without inner spaces', () => {
    fc.assert(
      fc.property(filler, compactPlanted, numericWordAfter, filler, (left, { value }, number, right) => {
        const head = `${left} `;
        const tail = ` ${number} ${right}`;
        expectRedactedInPlace(redactor.redactString(head + value + tail), head, value, tail);
      }),
      fuzzOptions(300),
    );
  });

  it('a number before the value, separated by punctuation or a line break', () => {
    fc.assert(
      fc.property(filler, numericWord, gap, anyPlanted, filler, (left, number, between, { value }, right) => {
        const head = `${left} ${number}${between}`;
        const tail = ` ${right}`;
        expectRedactedInPlace(redactor.redactString(head + value + tail), head, value, tail);
      }),
      fuzzOptions(500),
    );
  });

  it('a number after the value, separated by punctuation or a line break', () => {
    fc.assert(
      fc.property(filler, anyPlanted, gap, numericWordAfter, filler, (left, { value }, between, number, right) => {
        const head = `${left} `;
        const tail = `${between}${number} ${right}`;
        expectRedactedInPlace(redactor.redactString(head + value + tail), head, value, tail);
      }),
      fuzzOptions(500),
    );
  });
});
