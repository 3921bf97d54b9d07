// Fail closed in the engine: a detector (custom pattern) or strategy that throws or returns
// garbage never lets the value through, never throws into the caller, and the diagnostic names
// the failing component without the value or the error's message (which quotes the value).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedactor, type CustomStrategy } from '../../src/index.js';
import { captureDiag, type CapturedDiag, quotingError } from './support.js';

const VALUE = 'order ACME-7731-ZZ for jane.doe@example.com';
const TICKET = 'ACME-7731-ZZ';
const EMAIL = 'jane.doe@example.com';

let diag: CapturedDiag;
beforeEach(() => {
  diag = captureDiag();
});
afterEach(() => diag.dispose());

function expectQuietAbout(...values: string[]): void {
  const text = diag.text();
  for (const value of values) expect(text, `diagnostics quote ${value}`).not.toContain(value);
  expect(text).not.toContain('could not handle');
}

function ticketPattern(validate: (match: string) => unknown) {
  return { name: 'acme.ticket', type: 'ACME_TICKET', pattern: /ACME-\d{4}-[A-Z]{2}/, validate: validate as (m: string) => boolean };
}

describe('a custom detector whose validate throws', () => {
  it('replaces the whole value, keeps running, and names the detector once without the value', () => {
    const redactor = createRedactor({
      customPatterns: [
        ticketPattern((match) => {
          throw quotingError(match);
        }),
      ],
    });
    expect(redactor.redactString(VALUE)).toBe('[REDACTED:UNSCANNED]');
    expect(redactor.redactString(`again ${VALUE}`)).toBe('[REDACTED:UNSCANNED]');
    // Values without the pattern are not affected.
    expect(redactor.redactString(`mail ${EMAIL}`)).toBe('mail [REDACTED:EMAIL]');
    expect(redactor.stats().errors).toBe(2);
    const errors = diag.messages.filter((m) => m.startsWith('error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('acme.ticket');
    expect(errors[0]).toContain('Error');
    expectQuietAbout(TICKET, EMAIL, VALUE);
  });

  it('throwing a non-Error (a string quoting the value) is handled the same way', () => {
    const redactor = createRedactor({
      customPatterns: [
        ticketPattern((match) => {
          throw `bad ${match}`;
        }),
      ],
    });
    expect(redactor.redactString(VALUE)).toBe('[REDACTED:UNSCANNED]');
    expect(diag.text()).toContain('acme.ticket');
    expectQuietAbout(TICKET, EMAIL);
  });

  it('inside structures only the affected leaf is replaced and JSON stays valid', () => {
    const redactor = createRedactor({
      customPatterns: [
        ticketPattern(() => {
          throw new RangeError('boom');
        }),
      ],
    });
    const json = JSON.stringify({ messages: [{ content: VALUE }, { content: 'fine' }], n: 3 });
    const output = redactor.redactString(json);
    expect(JSON.parse(output)).toEqual({ messages: [{ content: '[REDACTED:UNSCANNED]' }, { content: 'fine' }], n: 3 });
    expect(redactor.redactValue({ a: VALUE, b: ['x', VALUE], c: 1 })).toEqual({ a: '[REDACTED:UNSCANNED]', b: ['x', '[REDACTED:UNSCANNED]'], c: 1 });
    expectQuietAbout(TICKET, EMAIL);
  });

  it('validate returning garbage is read as truthy/falsy and never throws', () => {
    for (const [garbage, redacted] of [
      ['yes', true],
      [1, true],
      [{}, true],
      [undefined, false],
      [null, false],
      [0, false],
      ['', false],
      [Number.NaN, false],
    ] as const) {
      const redactor = createRedactor({ customPatterns: [ticketPattern(() => garbage)] });
      const output = redactor.redactString(VALUE);
      expect(output, String(garbage)).toBe(redacted ? 'order [REDACTED:ACME_TICKET] for [REDACTED:EMAIL]' : `order ${TICKET} for [REDACTED:EMAIL]`);
    }
    expect(diag.messages.filter((m) => m.startsWith('error'))).toEqual([]);
  });
});

describe('a custom strategy that fails', () => {
  const cases: readonly (readonly [string, CustomStrategy])[] = [
    ['throws an Error quoting the value', (match) => {
      throw quotingError(match);
    }],
    ['throws a string', (match) => {
      throw match;
    }],
    ['returns undefined', (() => undefined) as unknown as CustomStrategy],
    ['returns null', (() => null) as unknown as CustomStrategy],
    ['returns a number', (() => 42) as unknown as CustomStrategy],
    ['returns an object', ((match: string) => ({ toString: () => match })) as unknown as CustomStrategy],
    ['returns a Promise', ((match: string) => Promise.resolve(match)) as unknown as CustomStrategy],
    ['returns the original value', (match) => match],
  ];

  for (const [name, strategy] of cases) {
    it(`${name}: the typed placeholder is used, nothing throws, the diagnostic names the type only`, () => {
      const redactor = createRedactor({ strategies: { EMAIL: strategy } });
      expect(redactor.redactString(`mail ${EMAIL} now`)).toBe('mail [REDACTED:EMAIL] now');
      expect(redactor.redactValue({ to: [`<${EMAIL}>`] })).toEqual({ to: ['<[REDACTED:EMAIL]>'] });
      expect(redactor.stats().errors).toBeGreaterThan(0);
      const errors = diag.messages.filter((m) => m.startsWith('error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('strategy for EMAIL');
      expectQuietAbout(EMAIL);
    });
  }

  // Policy question for the lead: a replacement that still contains the whole match leaks it
  // just as returning the match does (`<jane.doe@example.com>`, an upper-cased copy, a prefix).
  it('returns a string that still contains the value: treated as failed like the value itself', () => {
    const redactor = createRedactor({ strategies: { EMAIL: (match) => `<${match}>` } });
    expect(redactor.redactString(`mail ${EMAIL}`)).toBe('mail [REDACTED:EMAIL]');
  });

  it('a default strategy that throws fails closed for every type', () => {
    const redactor = createRedactor({
      strategies: {
        default: () => {
          throw new Error('no');
        },
      },
    });
    expect(redactor.redactString(`${EMAIL}, card 4111 1111 1111 1111, ssn 536-22-8164`)).toBe('[REDACTED:EMAIL], card [REDACTED:CREDIT_CARD], ssn [REDACTED:US_SSN]');
  });
});

describe('garbage handed to the redactor', () => {
  it('values that are not AnyValues pass through without throwing or being stringified', () => {
    const redactor = createRedactor();
    const fn = () => EMAIL;
    const symbol = Symbol(EMAIL);
    expect(redactor.redactValue(fn)).toBe(fn);
    expect(redactor.redactValue(symbol)).toBe(symbol);
    expect(redactor.redactValue(10n)).toBe(10n);
    expect(redactor.redactValue(undefined)).toBeUndefined();
    expect(redactor.redactString(undefined as unknown as string)).toBe('[REDACTED:UNSCANNED]');
    expect(redactor.redactString(42 as unknown as string)).toBe('[REDACTED:UNSCANNED]');
  });

  it('a structure with a throwing getter is replaced, not passed through', () => {
    const redactor = createRedactor();
    const hostile = { note: EMAIL };
    Object.defineProperty(hostile, 'boom', {
      enumerable: true,
      get() {
        throw quotingError(EMAIL);
      },
    });
    const output = redactor.redactValue({ payload: hostile });
    expect(JSON.stringify(output)).not.toContain(EMAIL);
    expect(output).toBe('[REDACTED:UNSCANNED]');
    expectQuietAbout(EMAIL);
  });

  it('a Proxy whose traps throw is replaced', () => {
    const redactor = createRedactor();
    const proxy = new Proxy(
      { note: EMAIL },
      {
        ownKeys() {
          throw quotingError(EMAIL);
        },
      },
    );
    expect(redactor.redactValue({ payload: proxy })).toBe('[REDACTED:UNSCANNED]');
    expectQuietAbout(EMAIL);
  });

  it('cyclic structures do not overflow the stack: the depth limit replaces the cycle', () => {
    const redactor = createRedactor();
    const cyclic: Record<string, unknown> = { note: EMAIL };
    cyclic.self = cyclic;
    const output = redactor.redactValue(cyclic) as Record<string, unknown>;
    expect(output.note).toBe('[REDACTED:EMAIL]');
    let depth = 0;
    let cursor: unknown = output;
    while (cursor !== null && typeof cursor === 'object') {
      cursor = (cursor as Record<string, unknown>).self;
      depth++;
    }
    expect(cursor).toBe('[REDACTED:TOO_DEEP]');
    expect(depth).toBeLessThanOrEqual(33);
  });
});
