import { SpanStatusCode } from '@opentelemetry/api';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index.js';
import { PiiRedactingLogRecordProcessor } from '../../src/otel/pii-redacting-log-record-processor.js';
import { PiiRedactingSpanExporter } from '../../src/otel/pii-redacting-span-exporter.js';
import { PiiRedactingSpanProcessor } from '../../src/otel/pii-redacting-span-processor.js';
import { inputMessages, PII } from './fixtures.js';

describe("report mode (policy.mode = 'report')", () => {
  it('hands next the very same span and counts what it would have redacted', () => {
    const redactor = createRedactor({ mode: 'report' });
    const ended: ReadableSpan[] = [];
    const started: unknown[] = [];
    const recorder: SpanProcessor = {
      onStart: (span) => started.push(span),
      onEnd: (span) => ended.push(span),
      forceFlush: () => Promise.resolve(),
      shutdown: () => Promise.resolve(),
    };
    const provider = new BasicTracerProvider({ spanProcessors: [new PiiRedactingSpanProcessor(recorder, { redactor, spanNames: true })] });
    const span = provider.getTracer('t').startSpan(`GET /u/${PII.email}`, { attributes: { 'gen_ai.input.messages': inputMessages() } });
    span.recordException(new Error(PII.email));
    span.setStatus({ code: SpanStatusCode.ERROR, message: PII.card });
    span.end();
    expect(ended[0]).toBe(started[0]);
    expect(ended[0]!.attributes['gen_ai.input.messages']).toBe(inputMessages());
    const stats = redactor.stats();
    expect(stats.findingsByType.EMAIL).toBeGreaterThanOrEqual(3);
    expect(stats.findingsByType.CREDIT_CARD).toBeGreaterThanOrEqual(2);
  });

  it('leaves spans unchanged in place and through the exporter wrapper', () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({
      spanProcessors: [
        PiiRedactingSpanProcessor.inPlace({ policy: { mode: 'report' } }),
        new SimpleSpanProcessor(new PiiRedactingSpanExporter(exporter, { policy: { mode: 'report' } })),
      ],
    });
    provider.getTracer('t').startSpan('x', { attributes: { note: PII.email } }).end();
    expect(exporter.getFinishedSpans()[0]!.attributes.note).toBe(PII.email);
  });

  it('leaves log records unchanged', () => {
    const exporter = new InMemoryLogRecordExporter();
    const redactor = createRedactor({ mode: 'report' });
    const provider = new LoggerProvider({ processors: [new PiiRedactingLogRecordProcessor(new SimpleLogRecordProcessor({ exporter }), { redactor })] });
    const body = { text: PII.email };
    provider.getLogger('t').emit({ body, attributes: { phone: PII.ukPhone } });
    const [record] = exporter.getFinishedLogRecords();
    expect(record!.body).toBe(body);
    expect(record!.attributes.phone).toBe(PII.ukPhone);
    expect(redactor.stats().findingsByType).toMatchObject({ EMAIL: 1, PHONE: 1 });
  });
});
