import { context, metrics, propagation, trace, type Context, type ProxyTracerProvider } from '@opentelemetry/api';
import { logs } from '@opentelemetry/api-logs';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemoryLogRecordExporter, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { AggregationTemporality, InMemoryMetricExporter, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  BatchSpanProcessor,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
  type Span,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it } from 'vitest';
import { PiiRedactingLogRecordProcessor } from '../../src/otel/pii-redacting-log-record-processor.js';
import { PiiRedactingSpanProcessor } from '../../src/otel/pii-redacting-span-processor.js';
import { inputMessages, leaksIn, METADATA, PII } from './fixtures.js';

/** Stands in for an APM vendor's processor: keeps what it would ship. */
class VendorProcessor implements SpanProcessor {
  readonly shipped: ReadableSpan[] = [];
  onStart(_span: Span, _context: Context): void {}
  onEnd(span: ReadableSpan): void {
    this.shipped.push(span);
  }
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

afterEach(() => {
  trace.disable();
  logs.disable();
  metrics.disable();
  context.disable();
  propagation.disable();
});

/** In-memory exporters forget everything on shutdown, so flush and read first. */
function flushTraces(): Promise<void> {
  const delegate = (trace.getTracerProvider() as ProxyTracerProvider).getDelegate() as unknown as { forceFlush(): Promise<void> };
  return delegate.forceFlush();
}

function emitGenAiTelemetry(): void {
  const tracer = trace.getTracer('genai-app');
  tracer.startActiveSpan('chat gpt-4o', { attributes: { ...METADATA, 'gen_ai.input.messages': inputMessages() } }, (span) => {
    span.recordException(new Error(`no account for ${PII.email}`));
    logs.getLogger('genai-app').emit({ body: { content: `call me on ${PII.ukPhone}` }, attributes: { 'user.email': PII.otherEmail } });
    span.end();
  });
}

describe('NodeSDK', () => {
  it('in-place span processor first in spanProcessors, log processor in logRecordProcessors, findings in metrics', async () => {
    const spans = new InMemorySpanExporter();
    const vendor = new VendorProcessor();
    const records = new InMemoryLogRecordExporter();
    const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
    const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 60_000 });
    const sdk = new NodeSDK({
      autoDetectResources: false,
      resource: resourceFromAttributes({ 'service.name': 'genai-app' }),
      instrumentations: [],
      metricReaders: [reader],
      spanProcessors: [PiiRedactingSpanProcessor.inPlace(), new BatchSpanProcessor(spans, { scheduledDelayMillis: 10 }), vendor],
      logRecordProcessors: [new PiiRedactingLogRecordProcessor(new SimpleLogRecordProcessor({ exporter: records }))],
    });
    sdk.start();
    emitGenAiTelemetry();
    await flushTraces();
    await reader.forceFlush();
    const findingPoints = metricExporter
      .getMetrics()
      .flatMap((m) => m.scopeMetrics)
      .filter((s) => s.scope.name === 'otel-pii-redact')
      .flatMap((s) => s.metrics)
      .filter((m) => m.descriptor.name === 'otel_pii_redact.findings')
      .flatMap((m) => m.dataPoints as { attributes: Record<string, unknown> }[]);

    const [span] = spans.getFinishedSpans();
    expect(leaksIn(JSON.stringify([span!.attributes, span!.events]))).toEqual([]);
    expect(span!.attributes['gen_ai.usage.input_tokens']).toBe(METADATA['gen_ai.usage.input_tokens']);
    expect(vendor.shipped[0]).toBe(span);
    const [record] = records.getFinishedLogRecords();
    expect(leaksIn(JSON.stringify([record!.body, record!.attributes]))).toEqual([]);
    expect(record!.spanContext?.spanId).toBe(span!.spanContext().spanId);
    const types = new Set(findingPoints.map((p) => p.attributes['pii.type']));
    expect([...types]).toEqual(expect.arrayContaining(['EMAIL', 'PHONE', 'CREDIT_CARD', 'US_SSN', 'SECRET']));
    expect(leaksIn(JSON.stringify(findingPoints))).toEqual([]);
    await sdk.shutdown();
  });

  it('combines with an existing APM: wrapped vendor processor gets scrubbed spans, an internal one raw', async () => {
    const internal = new InMemorySpanExporter();
    const vendor = new VendorProcessor();
    const sdk = new NodeSDK({
      autoDetectResources: false,
      instrumentations: [],
      metricReaders: [],
      spanProcessors: [new SimpleSpanProcessor(internal), new PiiRedactingSpanProcessor(vendor)],
      logRecordProcessors: [],
    });
    sdk.start();
    trace.getTracer('t').startSpan('x', { attributes: { note: PII.email } }).end();
    await flushTraces();
    expect(internal.getFinishedSpans()[0]!.attributes.note).toBe(PII.email);
    expect(vendor.shipped[0]!.attributes.note).toBe('[REDACTED:EMAIL]');
    await sdk.shutdown();
  });
});
