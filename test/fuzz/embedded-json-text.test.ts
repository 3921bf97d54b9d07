// Property: JSON quoted inside ordinary text (a log line `request body: {...}`, JSON-in-JSON
// that is not itself a document) is scanned as text. There the whitespace around a value is
// written as an escape (`\n`, `\t`, `\r\n`), so the scanner sees `\n4111 …`: the escape letter
// must not glue itself to the value and hide it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index.js';
import { anyPlanted } from './arbitraries/tree.js';
import { filler } from './arbitraries/text.js';
import { expectNoLeak, fuzzOptions } from './support.js';

const redactor = createRedactor();
const escapedWhitespace = fc.constantFrom('\n', '\t', '\r\n', ' ');
const label = fc.constantFrom('request body: ', 'tool result ', 'payload=', 'upstream said ');

describe('fuzz: JSON quoted inside plain text', () => {
  it('a value after an escaped newline or tab inside quoted JSON never survives', () => {
    fc.assert(
      fc.property(label, filler, escapedWhitespace, anyPlanted, escapedWhitespace, filler, (head, left, open, { value }, close, right) => {
        const quoted = JSON.stringify({ content: `${left}${open}${value}${close}${right}` });
        const line = head + quoted;
        const output = redactor.redactString(line);
        expectNoLeak(output, [value]);
        expect(output.startsWith(head)).toBe(true);
      }),
      fuzzOptions(500),
    );
  });

  it('the same, double-encoded (JSON string holding JSON)', () => {
    fc.assert(
      fc.property(label, escapedWhitespace, anyPlanted, escapedWhitespace, (head, open, { value }, close) => {
        const twice = JSON.stringify(JSON.stringify({ content: `note:${open}${value}${close}end` }));
        const output = redactor.redactString(head + twice);
        expectNoLeak(output, [value]);
      }),
      fuzzOptions(300),
    );
  });
});
