// Fail closed in the OTel glue: whatever throws (a detector, a strategy, the wrapped processor
// or exporter, a hostile value), the application's span.end() and logger.emit() return
// normally, the next processor still receives the redacted span or record, nothing raw is
// exported, and the diagnostic names the failing part without quoting the value.
import { SpanStatusCode } from '@opentelemetry/api';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor, type LogRecordExporter, type ReadableLogRecord } from '@opentelemetry/sdk-logs';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PiiRedactingLogRecordExporter,
  PiiRedactingLogRecordProcessor,
  PiiRedactingSpanExporter,
  PiiRedactingSpanProcessor,
  type RedactionPolicy,
} from '../../src/index.js';
import { captureDiag, type CapturedDiag, quotingError, RecordingLogProcessor, RecordingSpanProcessor } from './support.js';

const EMAIL = 'mara.quill@example.org';
const TICKET = 'ACME-7731-ZZ';

const THROWING_DETECTOR: RedactionPolicy = {
  customPatterns: [
    {
      name: 'acme.ticket',
      type: 'ACME_TICKET',
      pattern: /ACME-\d{4}-[A-Z]{2}/,
      validate: (match) => {
        throw quotingError(match);
      },
    },
  ],
};

const THROWING_STRATEGY: RedactionPolicy = {
  strategies: {
    EMAIL: (match) => {
      throw quotingError(match);
    },
  },
};

let diag: CapturedDiag;
beforeEach(() => {
  diag = captureDiag();
});
afterEach(() => diag.dispose());

/** No raw value in any diagnostic, and none of our own messages repeats an error's message. */
function expectDiagnosticsClean(): void {
  const text = diag.text();
  expect(text).not.toContain(EMAIL);
  expect(text).not.toContain(TICKET);
  for (const message of diag.messages) if (message.includes('otel-pii-redact')) expect(message).not.toContain('could not handle');
}

/** A map holding `values` that throws, quoting a value, when its keys are listed. */
function unlistable(values: Record<string, unknown>): Record<string, unknown> {
  return new Proxy(values, {
    ownKeys() {
      throw quotingError(EMAIL);
    },
  });
}

function errors(): string[] {
  return diag.messages.filter((m) => m.startsWith('error'));
}

describe('span processor (wrapping) around a failing detector or strategy', () => {
  it('a throwing detector: next still gets the span, the affected values replaced, the rest intact', () => {
    const next = new RecordingSpanProcessor();
    const provider = new BasicTracerProvider({ spanProcessors: [new PiiRedactingSpanProcessor(next, { policy: THROWING_DETECTOR })] });
    const span = provider.getTracer('t').startSpan('chat', {
      attributes: { 'app.ticket': `see ${TICKET}`, 'app.mail': `mail ${EMAIL}`, 'gen_ai.usage.input_tokens': 5 },
    });
    span.setStatus({ code: SpanStatusCode.ERROR, message: `failed ${TICKET}` });
    expect(() => span.end()).not.toThrow();
    expect(next.ended).toHaveLength(1);
    const [ended] = next.ended;
    expect(ended!.attributes).toEqual({ 'app.ticket': '[REDACTED:UNSCANNED]', 'app.mail': 'mail [REDACTED:EMAIL]', 'gen_ai.usage.input_tokens': 5 });
    expect(ended!.status.message).toBe('[REDACTED:UNSCANNED]');
    expect(errors().some((m) => m.includes('acme.ticket'))).toBe(true);
    expectDiagnosticsClean();
  });

  it('a throwing strategy: the typed placeholder is exported', () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({
      spanProcessors: [new PiiRedactingSpanProcessor(new SimpleSpanProcessor(exporter), { policy: THROWING_STRATEGY })],
    });
    provider.getTracer('t').startSpan('chat', { attributes: { 'app.mail': `mail ${EMAIL}` } }).end();
    expect(exporter.getFinishedSpans()[0]!.attributes['app.mail']).toBe('mail [REDACTED:EMAIL]');
    expect(errors().some((m) => m.includes('strategy for EMAIL'))).toBe(true);
    expectDiagnosticsClean();
  });

  it('in-place mode with a throwing detector: every later processor sees the scrubbed span', () => {
    const later = new RecordingSpanProcessor();
    const provider = new BasicTracerProvider({ spanProcessors: [PiiRedactingSpanProcessor.inPlace({ policy: THROWING_DETECTOR }), later] });
    const span = provider.getTracer('t').startSpan('chat', { attributes: { 'app.ticket': `see ${TICKET}` } });
    span.addEvent('note', { text: `${TICKET} and ${EMAIL}` });
    expect(() => span.end()).not.toThrow();
    expect(later.ended[0]!.attributes['app.ticket']).toBe('[REDACTED:UNSCANNED]');
    expect(later.ended[0]!.events[0]!.attributes!.text).toBe('[REDACTED:UNSCANNED]');
    expectDiagnosticsClean();
  });
});

describe('span processor (wrapping) around a failing next processor', () => {
  for (const hook of ['onStart', 'onEnd'] as const) {
    it(`next.${hook} throws: the app keeps running, later processors still get the span, one diagnostic without the value`, () => {
      const failing = new RecordingSpanProcessor(hook, quotingError(EMAIL));
      const later = new RecordingSpanProcessor();
      const provider = new BasicTracerProvider({ spanProcessors: [new PiiRedactingSpanProcessor(failing), later] });
      const tracer = provider.getTracer('t');
      for (let i = 0; i < 3; i++) {
        const span = tracer.startSpan('chat', { attributes: { 'app.mail': EMAIL } });
        expect(() => span.end()).not.toThrow();
      }
      expect(failing.ended).toHaveLength(3);
      expect(failing.ended[0]!.attributes['app.mail']).toBe('[REDACTED:EMAIL]');
      expect(later.ended).toHaveLength(3);
      const reported = errors().filter((m) => m.includes(`next.${hook}`));
      expect(reported).toHaveLength(1);
      expectDiagnosticsClean();
    });
  }

  for (const hook of ['forceFlush', 'shutdown'] as const) {
    it(`next.${hook} throws synchronously: the processor returns a rejected promise instead of throwing`, async () => {
      const processor = new PiiRedactingSpanProcessor(new RecordingSpanProcessor(hook, quotingError(EMAIL)));
      let result: Promise<void> | undefined;
      expect(() => (result = processor[hook]())).not.toThrow();
      await expect(result).rejects.toThrow();
    });
  }

  it('a span whose attribute map throws on enumeration: next gets the span with no value of that map', () => {
    const next = new RecordingSpanProcessor();
    const provider = new BasicTracerProvider({ spanProcessors: [new PiiRedactingSpanProcessor(next)] });
    const span = provider.getTracer('t').startSpan('chat', { attributes: { 'app.mail': EMAIL } });
    const hostile = unlistable({ 'app.mail': EMAIL });
    Object.defineProperty(span, 'attributes', { value: hostile });
    expect(() => span.end()).not.toThrow();
    expect(next.ended).toHaveLength(1);
    expect(JSON.stringify(next.ended[0]!.attributes)).not.toContain(EMAIL);
    // The empty set is the span's own: a later processor may still write to it.
    expect(() => ((next.ended[0]!.attributes as Record<string, unknown>)['app.note'] = 'added later')).not.toThrow();
    expectDiagnosticsClean();
  });

  it('in place, a span whose attribute map is frozen: later processors get the span with no value of that map', () => {
    const later = new RecordingSpanProcessor();
    const provider = new BasicTracerProvider({ spanProcessors: [PiiRedactingSpanProcessor.inPlace(), later] });
    const span = provider.getTracer('t').startSpan('chat', { attributes: { 'app.mail': EMAIL, 'app.count': 3 } });
    Object.freeze(span.attributes);
    expect(() => span.end()).not.toThrow();
    expect(later.ended).toHaveLength(1);
    expect(later.ended[0]!.attributes).toEqual({});
    expectDiagnosticsClean();
  });

  it('in place, a span whose attribute map throws on enumeration: later processors get the span with no value of that map', () => {
    const later = new RecordingSpanProcessor();
    const provider = new BasicTracerProvider({ spanProcessors: [PiiRedactingSpanProcessor.inPlace(), later] });
    const span = provider.getTracer('t').startSpan('chat', { attributes: { 'app.mail': EMAIL } });
    const hostile = unlistable({ 'app.mail': EMAIL });
    Object.defineProperty(span, 'attributes', { value: hostile, writable: true });
    expect(() => span.end()).not.toThrow();
    expect(later.ended).toHaveLength(1);
    expect(later.ended[0]!.attributes).toEqual({});
    expect(errors().length).toBeGreaterThan(0);
    expectDiagnosticsClean();
  });
});

describe('log record processor', () => {
  it('a throwing detector: the record is scrubbed and handed on', () => {
    const next = new RecordingLogProcessor();
    const provider = new LoggerProvider({ processors: [new PiiRedactingLogRecordProcessor(next, { policy: THROWING_DETECTOR })] });
    expect(() => provider.getLogger('l').emit({ body: { ticket: TICKET, mail: EMAIL }, attributes: { note: `see ${TICKET}` } })).not.toThrow();
    expect(next.emitted).toEqual([{ body: { ticket: '[REDACTED:UNSCANNED]', mail: '[REDACTED:EMAIL]' }, attributes: { note: '[REDACTED:UNSCANNED]' } }]);
    expectDiagnosticsClean();
  });

  it('a record whose attribute map throws on enumeration: next gets the record with no value of that map', () => {
    const next = new RecordingLogProcessor();
    // An earlier processor swaps the record's attributes for a map that refuses to list its keys.
    const hostileMaker = {
      onEmit(record: { attributes: unknown }) {
        const hostile = unlistable({ mail: EMAIL });
        Object.defineProperty(record, 'attributes', { value: hostile, writable: true, configurable: true });
      },
      forceFlush: async () => {},
      shutdown: async () => {},
    };
    const provider = new LoggerProvider({ processors: [hostileMaker, new PiiRedactingLogRecordProcessor(next)] });
    expect(() => provider.getLogger('l').emit({ body: 'hello', attributes: { mail: EMAIL } })).not.toThrow();
    expect(next.emitted).toHaveLength(1);
    expect(next.emitted[0]!.attributes).toEqual({});
    expectDiagnosticsClean();
  });

  it('next.onEmit throws: emit returns, later processors get the scrubbed record, one diagnostic', () => {
    const failing = new RecordingLogProcessor('onEmit', quotingError(EMAIL));
    const later = new RecordingLogProcessor();
    const provider = new LoggerProvider({ processors: [new PiiRedactingLogRecordProcessor(failing), later] });
    const logger = provider.getLogger('l');
    for (let i = 0; i < 3; i++) expect(() => logger.emit({ body: `mail ${EMAIL}` })).not.toThrow();
    expect(failing.emitted).toHaveLength(3);
    expect(later.emitted.map((r) => r.body)).toEqual(['mail [REDACTED:EMAIL]', 'mail [REDACTED:EMAIL]', 'mail [REDACTED:EMAIL]']);
    expect(errors().filter((m) => m.includes('next.onEmit'))).toHaveLength(1);
    expectDiagnosticsClean();
  });

  it('a body with a throwing getter: replaced, handed on, the app keeps running', () => {
    const next = new RecordingLogProcessor();
    const provider = new LoggerProvider({ processors: [new PiiRedactingLogRecordProcessor(next)] });
    const body = { mail: EMAIL };
    Object.defineProperty(body, 'boom', {
      enumerable: true,
      get() {
        throw quotingError(EMAIL);
      },
    });
    expect(() => provider.getLogger('l').emit({ body })).not.toThrow();
    expect(next.emitted).toHaveLength(1);
    expect(JSON.stringify(next.emitted[0]!.body)).not.toContain(EMAIL);
    expectDiagnosticsClean();
  });
});

describe('exporter wrappers around a failing exporter', () => {
  it('span exporter throws in export: the batch is reported failed, nothing propagates, one diagnostic', async () => {
    const received: ReadableSpan[][] = [];
    const failing: SpanExporter = {
      export(spans) {
        received.push(spans);
        // A real exporter's error quotes what it was given: here, the redacted batch.
        throw quotingError(JSON.stringify(spans.map((s) => s.attributes)));
      },
      shutdown: () => Promise.resolve(),
    };
    const wrapper = new PiiRedactingSpanExporter(failing);
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(wrapper)] });
    const tracer = provider.getTracer('t');
    expect(() => tracer.startSpan('a', { attributes: { 'app.mail': EMAIL } }).end()).not.toThrow();
    expect(() => tracer.startSpan('b', { attributes: { 'app.mail': EMAIL } }).end()).not.toThrow();
    // The SDK's SimpleSpanProcessor rejects forceFlush with the export error; that is its contract.
    await provider.forceFlush().catch(() => undefined);
    expect(received.flat().map((s) => s.attributes['app.mail'])).toEqual(['[REDACTED:EMAIL]', '[REDACTED:EMAIL]']);
    const results: number[] = [];
    wrapper.export([received[0]![0]!], (result) => results.push(result.code));
    expect(results).toEqual([1]);
    expect(errors().filter((m) => m.includes('exporter.export'))).toHaveLength(1);
    expectDiagnosticsClean();
  });

  it('log exporter throws in export: the batch is reported failed, nothing propagates', async () => {
    const received: ReadableLogRecord[][] = [];
    const failing: LogRecordExporter = {
      export(records) {
        received.push(records);
        throw quotingError(JSON.stringify(records.map((r) => r.body)));
      },
      forceFlush: () => Promise.resolve(),
      shutdown: () => Promise.resolve(),
    };
    const provider = new LoggerProvider({ processors: [new SimpleLogRecordProcessor({ exporter: new PiiRedactingLogRecordExporter(failing) })] });
    expect(() => provider.getLogger('l').emit({ body: `mail ${EMAIL}` })).not.toThrow();
    await provider.forceFlush().catch(() => undefined);
    expect(received.flat().map((r) => r.body)).toEqual(['mail [REDACTED:EMAIL]']);
    expect(errors().filter((m) => m.includes('exporter.export'))).toHaveLength(1);
    expectDiagnosticsClean();
  });

  it('a throwing detector behind the exporter wrapper: the record is exported with the value replaced', async () => {
    const inner = new InMemoryLogRecordExporter();
    const provider = new LoggerProvider({
      processors: [new SimpleLogRecordProcessor({ exporter: new PiiRedactingLogRecordExporter(inner, { policy: THROWING_DETECTOR }) })],
    });
    provider.getLogger('l').emit({ body: `ticket ${TICKET}`, attributes: { mail: EMAIL } });
    await provider.forceFlush();
    const [record] = inner.getFinishedLogRecords();
    expect(record!.body).toBe('[REDACTED:UNSCANNED]');
    expect(record!.attributes.mail).toBe('[REDACTED:EMAIL]');
    expectDiagnosticsClean();
  });
});
