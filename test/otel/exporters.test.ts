import { SpanStatusCode } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor, type LogRecordExporter, type ReadableLogRecord } from '@opentelemetry/sdk-logs';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it } from 'vitest';
import { PiiRedactingLogRecordExporter } from '../../src/otel/pii-redacting-log-record-exporter.js';
import { PiiRedactingSpanExporter } from '../../src/otel/pii-redacting-span-exporter.js';
import { RedactedLogRecord } from '../../src/otel/redacted-log-record.js';
import { captureDiag, inputMessages, leaksIn, METADATA, PII } from './fixtures.js';

type Result = Parameters<Parameters<SpanExporter['export']>[1]>[0];

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  dispose = undefined;
});

describe('PiiRedactingSpanExporter', () => {
  it('scrubs each batch before the wrapped exporter sees it', async () => {
    const inner = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({
      spanProcessors: [new BatchSpanProcessor(new PiiRedactingSpanExporter(inner), { scheduledDelayMillis: 10 })],
    });
    const tracer = provider.getTracer('t');
    const span = tracer.startSpan('chat', { attributes: { ...METADATA, 'gen_ai.input.messages': inputMessages() } });
    span.recordException(new Error(`no user ${PII.email}`));
    span.setStatus({ code: SpanStatusCode.ERROR, message: PII.usPhone });
    span.end();
    tracer.startSpan('clean', { attributes: { a: 1 } }).end();
    await provider.forceFlush();
    const spans = inner.getFinishedSpans();
    expect(spans.map((s) => s.name)).toEqual(['chat', 'clean']);
    expect(leaksIn(JSON.stringify(spans.map((s) => [s.attributes, s.events, s.status])))).toEqual([]);
    expect(spans[0]!.attributes['gen_ai.request.model']).toBe(METADATA['gen_ai.request.model']);
    await provider.shutdown();
  });

  it('hands over the original array when the whole batch is clean', () => {
    let received: ReadableSpan[] | undefined;
    const inner: SpanExporter = {
      export: (spans, done) => {
        received = spans;
        done({ code: 0 });
      },
      shutdown: () => Promise.resolve(),
    };
    const provider = new BasicTracerProvider();
    const span = provider.getTracer('t').startSpan('clean');
    span.end();
    const batch = [span as unknown as ReadableSpan];
    new PiiRedactingSpanExporter(inner).export(batch, () => undefined);
    expect(received).toBe(batch);
  });

  it('reports a synchronous export throw as a failed result instead of throwing', () => {
    const diagLog = captureDiag();
    dispose = diagLog.dispose;
    const inner: SpanExporter = {
      export: () => {
        throw new Error(`socket ${PII.email}`);
      },
      shutdown: () => Promise.resolve(),
    };
    const results: Result[] = [];
    expect(() => new PiiRedactingSpanExporter(inner).export([], (r) => results.push(r))).not.toThrow();
    expect(results).toHaveLength(1);
    expect(results[0]!.code).toBe(1);
    expect(leaksIn(diagLog.messages.join('\n'))).toEqual([]);
  });

  it('leaves out a span that cannot be read, keeps the rest', () => {
    const diagLog = captureDiag();
    dispose = diagLog.dispose;
    const inner = new InMemorySpanExporter();
    const provider = new BasicTracerProvider();
    const good = provider.getTracer('t').startSpan('good', { attributes: { note: PII.email } });
    good.end();
    const hostile = {
      get name(): never {
        throw new Error('unreadable');
      },
    } as unknown as ReadableSpan;
    new PiiRedactingSpanExporter(inner).export([hostile, good as unknown as ReadableSpan], () => undefined);
    expect(inner.getFinishedSpans().map((s) => s.attributes.note)).toEqual(['[REDACTED:EMAIL]']);
    expect(diagLog.messages.some((m) => m.includes('left out of the export'))).toBe(true);
  });

  it('forwards forceFlush (when the exporter has one) and shutdown', async () => {
    const calls: string[] = [];
    const inner: SpanExporter = {
      export: (_s, done) => done({ code: 0 }),
      shutdown: () => {
        calls.push('shutdown');
        return Promise.resolve();
      },
      forceFlush: () => {
        calls.push('flush');
        return Promise.resolve();
      },
    };
    const wrapper = new PiiRedactingSpanExporter(inner);
    await wrapper.forceFlush();
    await wrapper.shutdown();
    expect(calls).toEqual(['flush', 'shutdown']);
    const noFlush = new PiiRedactingSpanExporter({ export: inner.export, shutdown: inner.shutdown });
    await expect(noFlush.forceFlush()).resolves.toBeUndefined();
  });

  it('combines with an existing APM pipeline: raw to the internal exporter, scrubbed to the vendor', () => {
    const internal = new InMemorySpanExporter();
    const vendor = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({
      spanProcessors: [new SimpleSpanProcessor(internal), new SimpleSpanProcessor(new PiiRedactingSpanExporter(vendor))],
    });
    provider.getTracer('t').startSpan('x', { attributes: { note: PII.email } }).end();
    expect(internal.getFinishedSpans()[0]!.attributes.note).toBe(PII.email);
    expect(vendor.getFinishedSpans()[0]!.attributes.note).toBe('[REDACTED:EMAIL]');
  });
});

describe('PiiRedactingLogRecordExporter', () => {
  it('exports redacted copies and leaves the records as emitted', () => {
    const internal = new InMemoryLogRecordExporter();
    const vendor = new InMemoryLogRecordExporter();
    const provider = new LoggerProvider({
      resource: resourceFromAttributes({ 'service.name': 'chat', owner: PII.email }),
      processors: [
        new SimpleLogRecordProcessor({ exporter: internal }),
        new SimpleLogRecordProcessor({ exporter: new PiiRedactingLogRecordExporter(vendor, { resource: true }) }),
      ],
    });
    const logger = provider.getLogger('scope-a', '2.0.0');
    logger.emit({ body: { prompt: `I am ${PII.email}` }, attributes: { ...METADATA, phone: PII.ukPhone }, severityText: 'INFO', eventName: 'chat' });
    logger.emit({ body: 'clean', severityText: 'DEBUG' });
    const [raw] = internal.getFinishedLogRecords();
    const [scrubbed, clean] = vendor.getFinishedLogRecords();
    expect((raw!.body as { prompt: string }).prompt).toContain(PII.email);
    expect(scrubbed).toBeInstanceOf(RedactedLogRecord);
    expect(leaksIn(JSON.stringify([scrubbed!.body, scrubbed!.attributes, scrubbed!.resource.attributes]))).toEqual([]);
    for (const field of ['hrTime', 'hrTimeObserved', 'spanContext', 'severityText', 'severityNumber', 'eventName', 'droppedAttributesCount'] as const) {
      expect(scrubbed![field]).toEqual(raw![field]);
    }
    expect(scrubbed!.instrumentationScope).toBe(raw!.instrumentationScope);
    expect(scrubbed!.resource).toBe(clean!.resource);
    expect(scrubbed!.attributes['gen_ai.usage.input_tokens']).toBe(METADATA['gen_ai.usage.input_tokens']);
  });

  it('passes a clean batch through as the same array', () => {
    let received: ReadableLogRecord[] | undefined;
    const inner: LogRecordExporter = {
      export: (logs, done) => {
        received = logs;
        done({ code: 0 });
      },
      shutdown: () => Promise.resolve(),
      forceFlush: () => Promise.resolve(),
    };
    const provider = new LoggerProvider({ processors: [new SimpleLogRecordProcessor({ exporter: new PiiRedactingLogRecordExporter(inner) })] });
    provider.getLogger('t').emit({ body: 'clean', attributes: { n: 1 } });
    expect(received).toHaveLength(1);
    expect(received![0]!.constructor.name).toBe('LogRecordImpl');
  });

  it('reports a synchronous export throw as a failed result', () => {
    const inner: LogRecordExporter = {
      export: () => {
        throw new Error('down');
      },
      shutdown: () => Promise.resolve(),
      forceFlush: () => Promise.resolve(),
    };
    const diagLog = captureDiag();
    dispose = diagLog.dispose;
    const results: Result[] = [];
    new PiiRedactingLogRecordExporter(inner).export([], (r) => results.push(r));
    expect(results.map((r) => r.code)).toEqual([1]);
  });
});
