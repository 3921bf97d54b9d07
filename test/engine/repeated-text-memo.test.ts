// Remembered clean texts (`rememberCleanText`, on by default): a text found clean twice is
// recognised by its SHA-256, never trusted on its digest alone, never remembered with a finding,
// and never kept: neither the text nor the larger string it was cut from stays alive.
import { describe, expect, it } from 'vitest';
import { MAX_FINGERPRINTS, RepeatedTextMemo } from '../../src/engine/repeated-text-memo.js';
import { textDigest } from '../../src/engine/text/text-digest.js';
import { createRedactor, PolicyError } from '../../src/index.js';
import { describeWithAndWithoutKernel } from '../support/kernel-modes.js';
import { heapAfterGc, heapKeptBySlicesOfPages } from '../support/retention.js';

/** A clean paragraph of `length` characters (synthetic; no finding in it). */
function paragraph(length: number, seed = 0): string {
  const words = ['latency', 'review', 'deployment', 'cache', 'summary', 'the', 'pipeline', 'stable', 'retrieval', 'prompt'];
  let text = `Status note ${'abcdefghij'[seed % 10]}:`;
  for (let i = 0; text.length < length; i++) text += ' ' + words[(i * 7 + seed) % words.length];
  return text.slice(0, length);
}

/** Redactor whose custom pattern counts how often the scanner looked at `marker-…` candidates. */
function countingRedactor(rememberCleanText?: boolean | number) {
  let looks = 0;
  const redactor = createRedactor({
    rememberCleanText,
    customPatterns: [
      {
        name: 'test.marker',
        type: 'MARKER',
        pattern: 'marker-[0-9]{4}',
        keywords: ['marker-'],
        // Only marker-9999 is sensitive; every call proves the text was scanned.
        validate: (match) => {
          looks++;
          return match === 'marker-9999';
        },
      },
    ],
  });
  return { redactor, looks: () => looks };
}

describeWithAndWithoutKernel('textDigest', () => {
  it('is the same for equal texts and changes with any one code unit, on either side of the 32-unit blocks', () => {
    for (const length of [1, 31, 32, 33, 63, 64, 65, 200, 4_099]) {
      const text = paragraph(length, length);
      expect(textDigest(text)).toBe(textDigest((' ' + text).slice(1)));
      for (const at of [0, Math.floor(length / 2), length - 1]) {
        const changed = text.slice(0, at) + (text[at] === 'x' ? 'y' : 'x') + text.slice(at + 1);
        expect(textDigest(changed), `length ${length}, unit ${at}`).not.toBe(textDigest(text));
      }
    }
  });

  it('tells a text from the same text with trailing code units (the length is part of it)', () => {
    const text = paragraph(64, 3);
    expect(textDigest(text + '\u0000')).not.toBe(textDigest(text));
  });
});

/** Tells `memo` twice that `text` was found clean: the second time it is remembered. */
function rememberTwice(memo: RepeatedTextMemo, text: string): void {
  memo.remember(text, memo.digestOf(text)!);
  memo.remember(text, memo.digestOf(text)!);
}

function holds(memo: RepeatedTextMemo, text: string): boolean {
  return memo.holds(text, memo.digestOf(text)!);
}

describe('RepeatedTextMemo', () => {
  it('remembers a text the second time it is found clean, so that a text seen once costs no fingerprint', () => {
    const memo = new RepeatedTextMemo(1 << 16, 129);
    const text = paragraph(300);
    memo.remember(text, memo.digestOf(text)!);
    expect(holds(memo, text)).toBe(false);
    expect(memo.size).toBe(0);
    memo.remember(text, memo.digestOf(text)!);
    expect(holds(memo, (' ' + text).slice(1))).toBe(true);
    expect(memo.size).toBe(300);
  });

  it('keeps track of texts seen once while 16,384 others go by', () => {
    const memo = new RepeatedTextMemo(1 << 30, 129);
    const texts = [0, 1, 2, 3, 4, 5, 6, 7].map((seed) => `${paragraph(300, seed)} @${seed}`);
    for (const text of texts) memo.remember(text, memo.digestOf(text)!);
    // A busy app: other conversations' new messages come before these conversations' next turns.
    for (let i = 0; i < 16_384; i++) {
      const other = `${paragraph(130, i)} #${i}`;
      memo.remember(other, memo.digestOf(other)!);
    }
    for (const text of texts) memo.remember(text, memo.digestOf(text)!);
    // A pair of slots keeps the last two digests that fell in it: a few texts may lose theirs.
    expect(texts.filter((text) => holds(memo, text)).length).toBeGreaterThanOrEqual(6);
  });

  it('trusts a digest only for the text whose SHA-256 it holds (a collision costs a scan)', () => {
    const memo = new RepeatedTextMemo(1 << 16, 129);
    const text = paragraph(300);
    rememberTwice(memo, text);
    const digest = memo.digestOf(text)!;
    expect(memo.holds(text, digest)).toBe(true);
    expect(memo.holds(paragraph(300, 1), digest)).toBe(false);
    // The same length, one code unit apart, under the remembered text's digest.
    expect(memo.holds(text.slice(0, 150) + (text[150] === 'x' ? 'y' : 'x') + text.slice(151), digest)).toBe(false);
  });

  it('never remembers a text with a lone surrogate, which UTF-8 cannot tell from U+FFFD', () => {
    const memo = new RepeatedTextMemo(1 << 16, 129);
    const lone = `${paragraph(200, 2)} \uD800 end`;
    const replaced = `${paragraph(200, 2)} \uFFFD end`;
    const paired = `${paragraph(200, 2)} \uD83D\uDE00 end`;
    for (const text of [lone, replaced, paired]) rememberTwice(memo, text);
    expect(holds(memo, lone)).toBe(false);
    expect(holds(memo, replaced)).toBe(true);
    expect(holds(memo, paired)).toBe(true);
    // Remembered `replaced` must not answer for `lone` under its digest.
    expect(memo.holds(lone, memo.digestOf(replaced)!)).toBe(false);
  });

  it('keeps texts from minLength to a quarter of its budget, and starts over when full', () => {
    const memo = new RepeatedTextMemo(1_000, 129);
    expect(memo.digestOf(paragraph(128))).toBeUndefined();
    expect(memo.digestOf(paragraph(251))).toBeUndefined();
    const texts = [0, 1, 2, 3].map((seed) => paragraph(250, seed));
    for (const text of texts) rememberTwice(memo, text);
    expect(memo.size).toBe(1_000);
    expect(texts.every((text) => holds(memo, text))).toBe(true);
    const fifth = paragraph(200, 4);
    rememberTwice(memo, fifth);
    expect(memo.size).toBe(200);
    expect(holds(memo, texts[0]!)).toBe(false);
    expect(holds(memo, fifth)).toBe(true);
  });

  it(`holds at most ${MAX_FINGERPRINTS} fingerprints whatever its budget, then starts over`, () => {
    const memo = new RepeatedTextMemo(1 << 30, 129);
    let most = 0;
    // A thousand more than it holds: a few digests are shared (32 bits), and each shared one holds one text.
    for (let i = 0; i < MAX_FINGERPRINTS + 1_000; i++) {
      rememberTwice(memo, `${paragraph(130, i)} #${i}`);
      most = Math.max(most, memo.fingerprints);
    }
    expect(most).toBe(MAX_FINGERPRINTS);
    expect(memo.fingerprints).toBeLessThanOrEqual(1_000);
    expect(holds(memo, `${paragraph(130, MAX_FINGERPRINTS + 999)} #${MAX_FINGERPRINTS + 999}`)).toBe(true);
  });
});

describeWithAndWithoutKernel('rememberCleanText', () => {
  const clean = `${paragraph(400)} ref marker-1234 done.`;

  it('by default recognises a long text found clean twice instead of scanning it again', () => {
    const { redactor, looks } = countingRedactor();
    expect(redactor.redactString(clean)).toBe(clean);
    expect(redactor.redactString((' ' + clean).slice(1))).toBe(clean);
    expect(looks()).toBe(2);
    for (let i = 0; i < 3; i++) expect(redactor.redactString(clean)).toBe(clean);
    expect(looks()).toBe(2);
    expect(redactor.stats().valuesScanned).toBe(5);
  });

  it('scans every time when off, and texts of 128 characters or fewer are left to the short-value memo', () => {
    for (const off of [false, 0]) {
      const { redactor, looks } = countingRedactor(off);
      for (let i = 0; i < 4; i++) redactor.redactString(clean);
      expect(looks()).toBe(4);
    }
    const { redactor, looks } = countingRedactor(true);
    const short = `${paragraph(100)} marker-1234`;
    expect(short.length).toBeLessThanOrEqual(128);
    for (let i = 0; i < 4; i++) redactor.redactString(short);
    // The short-value memo copies a value the second time, and only values of 128 characters or fewer.
    expect(looks()).toBe(2);
  });

  it('never remembers a text with a finding: it is redacted and counted every time', () => {
    const { redactor, looks } = countingRedactor(true);
    const sensitive = `${paragraph(400)} ref marker-9999, mail mara.quill@example.org.`;
    for (let i = 0; i < 3; i++) {
      const out = redactor.redactString(sensitive);
      expect(out).not.toContain('marker-9999');
      expect(out).not.toContain('mara.quill@example.org');
    }
    expect(looks()).toBe(3);
    expect(redactor.stats().findingsByType).toMatchObject({ MARKER: 3, EMAIL: 3 });
  });

  it('scans a remembered text again when one character changed, and redacts what the change brought', () => {
    const { redactor } = countingRedactor(true);
    const base = paragraph(600);
    redactor.redactString(base);
    redactor.redactString(base);
    const edited = base.slice(0, 300) + ' mara.quill@example.org ' + base.slice(300);
    expect(redactor.redactString(edited)).toContain('[REDACTED:EMAIL]');
    const sameLength = base.slice(0, 100) + 'x' + base.slice(101);
    const { redactor: second, looks } = countingRedactor(true);
    second.redactString(`${base} marker-1234`);
    second.redactString(`${sameLength} marker-1234`);
    expect(looks()).toBe(2);
  });

  it('in report mode counts every finding every time and remembers only clean texts', () => {
    const redactor = createRedactor({ mode: 'report', rememberCleanText: true });
    const sensitive = `${paragraph(300)} call +44 20 7946 0958 today.`;
    for (let i = 0; i < 3; i++) expect(redactor.redactString(sensitive)).toBe(sensitive);
    expect(redactor.stats().findingsByType.PHONE).toBe(3);
  });

  it('remembers a clean JSON document whole, and a document with a finding never', () => {
    const { redactor, looks } = countingRedactor(true);
    const document = JSON.stringify([{ role: 'system', parts: [{ type: 'text', content: `${paragraph(300)} marker-1234` }] }]);
    for (let i = 0; i < 4; i++) expect(redactor.redactValue(document, 'gen_ai.input.messages')).toBe(document);
    expect(looks()).toBe(2);
    const withCard = JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: `${paragraph(300)} card 4111 1111 1111 1111` }] }]);
    for (let i = 0; i < 2; i++) expect(redactor.redactValue(withCard, 'gen_ai.input.messages')).toContain('[REDACTED:CREDIT_CARD]');
  });

  it('gives the same output as scanning every time, over a chat that re-sends its history', () => {
    const remembering = createRedactor({ hashKey: 'memo-test-hash-key-0001' });
    const scanning = createRedactor({ rememberCleanText: false, hashKey: 'memo-test-hash-key-0001' });
    const history: unknown[] = [{ role: 'system', parts: [{ type: 'text', content: paragraph(900, 5) }] }];
    const turns = [
      paragraph(300, 1),
      `${paragraph(250, 2)} my email is mara.quill@example.org and my card 4111 1111 1111 1111`,
      paragraph(500, 3),
      `${paragraph(200, 4)} call Devon Ashgrove on +1 212 555 0187`,
    ];
    for (const [turn, content] of turns.entries()) {
      history.push({ role: 'user', parts: [{ type: 'text', content }] });
      const document = JSON.stringify(history);
      const expected = scanning.redactValue(document, 'gen_ai.input.messages');
      expect(remembering.redactValue(document, 'gen_ai.input.messages'), `turn ${turn}`).toBe(expected);
      history.push({ role: 'assistant', parts: [{ type: 'text', content: paragraph(400, 10 + turn) }] });
    }
    expect(remembering.stats().findingsByType).toEqual(scanning.stats().findingsByType);
  });
});

describe('rememberCleanText memory', () => {
  it('keeps neither a remembered slice nor the text it was cut from', () => {
    // A 2,000-character slice is a long clean value; kept as it is, five pages (~100 MB) would stay.
    expect(heapKeptBySlicesOfPages(createRedactor(), 2_000)).toBeLessThan(8 * 1024 * 1024);
  });

  it('holds fingerprints, not texts: 2,000 remembered 4,000-character texts take under 1 MB', () => {
    const redactor = createRedactor();
    const texts = Array.from({ length: 2_000 }, (_, i) => `${paragraph(3_990, i)} #${String(i).padStart(5, '0')}`);
    const before = heapAfterGc();
    for (const text of texts) for (let i = 0; i < 2; i++) expect(redactor.redactString(text)).toBe(text);
    const kept = heapAfterGc() - before;
    // Copies would take 8 MB (one-byte strings); the texts themselves stay alive in `texts`.
    expect(kept).toBeLessThan(1024 * 1024);
    const { looks, redactor: counting } = countingRedactor();
    const marked = texts.map((text) => `${text} marker-1234`);
    for (const text of marked) for (let i = 0; i < 3; i++) counting.redactString(text);
    // All 2,000 stay remembered: a text is scanned when found and again when found a second time, never after.
    for (const text of marked) counting.redactString(text);
    expect(looks()).toBe(2 * marked.length);
  });
});

describe('rememberCleanText policy', () => {
  it('takes true, false or a budget in characters of texts remembered, and names the field otherwise', () => {
    for (const setting of [true, false, 0, 65_536]) expect(() => createRedactor({ rememberCleanText: setting })).not.toThrow();
    for (const setting of ['yes', -1, 1.5, 2 ** 31]) {
      expect(() => createRedactor({ rememberCleanText: setting as never })).toThrow(PolicyError);
      expect(() => createRedactor({ rememberCleanText: setting as never })).toThrow(/rememberCleanText/);
    }
  });
});
