import { context, SpanStatusCode, type Context } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
  type Span,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it } from 'vitest';
import { PiiRedactingSpanProcessor } from '../../src/otel/pii-redacting-span-processor.js';
import { captureDiag, inputMessages, leaksIn, METADATA, PII } from './fixtures.js';

/** A vendor processor that copies attributes in onEnding (when given the hook) and in onEnd. */
class VendorProcessor implements SpanProcessor {
  readonly atEnding: Record<string, unknown>[] = [];
  readonly atEnd: ReadableSpan[] = [];
  onStart(_span: Span, _context: Context): void {}
  onEnding(span: Span): void {
    this.atEnding.push({ ...span.attributes });
  }
  onEnd(span: ReadableSpan): void {
    this.atEnd.push(span);
  }
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  dispose = undefined;
});

function recordEverything(provider: BasicTracerProvider): void {
  const tracer = provider.getTracer('test');
  const linked = tracer.startSpan('linked');
  linked.end();
  const span = tracer.startSpan(`POST /accounts/${PII.email}`, {
    attributes: { ...METADATA, 'gen_ai.input.messages': inputMessages(), note: `phone ${PII.usPhone}` },
    links: [{ context: linked.spanContext(), attributes: { why: `retry for ${PII.otherEmail}` } }],
  });
  span.recordException(new Error(`lookup failed for ${PII.email}`));
  span.setStatus({ code: SpanStatusCode.ERROR, message: `ssn ${PII.ssn} rejected` });
  span.end();
}

describe('PiiRedactingSpanProcessor, in-place mode (onEnding)', () => {
  it('scrubs attributes, events, links, status, name and resource of the span itself', () => {
    const exporter = new InMemorySpanExporter();
    const resource = resourceFromAttributes({ 'service.name': 'billing', 'host.owner': PII.email });
    const provider = new BasicTracerProvider({
      resource,
      spanProcessors: [
        PiiRedactingSpanProcessor.inPlace({ spanNames: true, resource: true }),
        new SimpleSpanProcessor(exporter),
      ],
    });
    recordEverything(provider);
    const span = exporter.getFinishedSpans().find((s) => s.name.startsWith('POST'))!;
    expect(span.constructor.name).toBe('SpanImpl');
    expect(leaksIn(JSON.stringify([span.name, span.attributes, span.events, span.links, span.status]))).toEqual([]);
    expect(leaksIn(JSON.stringify(span.resource.attributes))).toEqual([]);
    for (const [key, value] of Object.entries(METADATA)) expect(span.attributes[key]).toEqual(value);
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'ssn [REDACTED:US_SSN] rejected' });
    expect(span.links[0]!.attributes).toEqual({ why: 'retry for [REDACTED:EMAIL]' });
    expect(span.events[0]!.attributes!['exception.message']).toBe('lookup failed for [REDACTED:EMAIL]');
    expect(span.resource.attributes['service.name']).toBe('billing');
    expect(span.ended).toBe(true);
    expect(span.duration[0] >= 0).toBe(true);
  });

  it('new PiiRedactingSpanProcessor(undefined, options) is the same in-place form', () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({
      spanProcessors: [new PiiRedactingSpanProcessor(undefined, {}), new SimpleSpanProcessor(exporter)],
    });
    provider.getTracer('t').startSpan('x', { attributes: { note: PII.email } }).end();
    expect(exporter.getFinishedSpans()[0]!.attributes.note).toBe('[REDACTED:EMAIL]');
  });

  it('protects every onEnd in the list, even processors listed before it', async () => {
    const before = new InMemorySpanExporter();
    const after = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({
      spanProcessors: [
        new BatchSpanProcessor(before, { scheduledDelayMillis: 10 }),
        PiiRedactingSpanProcessor.inPlace(),
        new SimpleSpanProcessor(after),
      ],
    });
    recordEverything(provider);
    await provider.forceFlush();
    for (const exporter of [before, after]) {
      const spans = exporter.getFinishedSpans();
      expect(spans).toHaveLength(2);
      expect(leaksIn(JSON.stringify(spans.map((s) => [s.attributes, s.events, s.links, s.status])))).toEqual([]);
    }
    await provider.shutdown();
  });

  it('runs in list order among onEnding hooks: a vendor hook before it sees raw data, after it scrubbed', () => {
    const early = new VendorProcessor();
    const late = new VendorProcessor();
    const provider = new BasicTracerProvider({ spanProcessors: [early, PiiRedactingSpanProcessor.inPlace(), late] });
    provider.getTracer('t').startSpan('x', { attributes: { note: PII.email } }).end();
    expect(early.atEnding[0]!.note).toBe(PII.email);
    expect(late.atEnding[0]!.note).toBe('[REDACTED:EMAIL]');
    expect(early.atEnd[0]!.attributes.note).toBe('[REDACTED:EMAIL]');
  });

  it('falls back to scrubbing in onEnd on SDKs that never call onEnding, and warns once', () => {
    const diagLog = captureDiag();
    dispose = diagLog.dispose;
    const redacting = PiiRedactingSpanProcessor.inPlace({ spanNames: true });
    // Hides onEnding from the SDK, as sdk-trace-base versions before the hook existed would.
    const withoutOnEnding: SpanProcessor = {
      onStart: (span, ctx) => redacting.onStart(span, ctx),
      onEnd: (span) => redacting.onEnd(span),
      forceFlush: () => redacting.forceFlush(),
      shutdown: () => redacting.shutdown(),
    };
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [withoutOnEnding, new SimpleSpanProcessor(exporter)] });
    recordEverything(provider);
    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(2);
    expect(leaksIn(JSON.stringify(spans.map((s) => [s.name, s.attributes, s.events, s.links, s.status])))).toEqual([]);
    expect(diagLog.messages.filter((m) => m.includes('does not call onEnding'))).toHaveLength(1);
    // Writing past the ended span must not trigger the SDK's "operation on ended Span" warnings.
    expect(diagLog.messages.filter((m) => m.includes('ended Span'))).toEqual([]);
  });

  it('keeps a clean span exactly as it was', () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [PiiRedactingSpanProcessor.inPlace(), new SimpleSpanProcessor(exporter)] });
    const span = provider.getTracer('t').startSpan('clean', { attributes: { ...METADATA } }, context.active());
    const attributesBefore = span as unknown as ReadableSpan;
    const reference = attributesBefore.attributes;
    span.end();
    const [out] = exporter.getFinishedSpans();
    expect(out!.attributes).toBe(reference);
    expect(out!.attributes).toEqual(METADATA);
  });

  it('forceFlush and shutdown resolve without a next processor', async () => {
    const processor = PiiRedactingSpanProcessor.inPlace();
    await expect(processor.forceFlush()).resolves.toBeUndefined();
    await expect(processor.shutdown()).resolves.toBeUndefined();
  });
});
