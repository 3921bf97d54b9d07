import { context, SpanStatusCode, trace, type Context } from '@opentelemetry/api';
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
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { afterEach, describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index.js';
import { PiiRedactingSpanProcessor } from '../../src/otel/pii-redacting-span-processor.js';
import { RedactedSpan } from '../../src/otel/redacted-span.js';
import { captureDiag, inputMessages, leaksIn, METADATA, PII } from './fixtures.js';

/** A processor that keeps what it is handed, to look at exactly what `next` receives. */
class RecordingProcessor implements SpanProcessor {
  readonly started: Span[] = [];
  readonly ended: ReadableSpan[] = [];
  flushed = 0;
  shutDown = 0;
  onStart(span: Span, _context: Context): void {
    this.started.push(span);
  }
  onEnd(span: ReadableSpan): void {
    this.ended.push(span);
  }
  forceFlush(): Promise<void> {
    this.flushed++;
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    this.shutDown++;
    return Promise.resolve();
  }
}

function setup(options?: ConstructorParameters<typeof PiiRedactingSpanProcessor>[1]) {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    spanProcessors: [new PiiRedactingSpanProcessor(new SimpleSpanProcessor(exporter), options)],
  });
  return { exporter, provider, tracer: provider.getTracer('test-scope', '1.2.3') };
}

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  dispose = undefined;
});

describe('PiiRedactingSpanProcessor, wrapping mode', () => {
  it('scrubs GenAI content attributes and keeps metadata byte-identical', () => {
    const { exporter, tracer } = setup();
    tracer
      .startSpan('chat gpt-4o', {
        attributes: { ...METADATA, 'gen_ai.input.messages': inputMessages(), 'user.note': `reach me at ${PII.email}` },
      })
      .end();
    const [span] = exporter.getFinishedSpans();
    expect(leaksIn(JSON.stringify(span!.attributes))).toEqual([]);
    for (const [key, value] of Object.entries(METADATA)) expect(span!.attributes[key]).toEqual(value);
    expect(span!.attributes['user.note']).toBe('reach me at [REDACTED:EMAIL]');
    const messages = JSON.parse(span!.attributes['gen_ai.input.messages'] as string);
    expect(messages[1].parts[0].content).toContain('[REDACTED:EMAIL]');
    expect(messages[2].parts[0].arguments).toEqual({ card_number: '[REDACTED:CREDIT_CARD]', amount: 42.5 });
  });

  it('applies key rules: credentials replaced, ids pseudonymised', () => {
    const { exporter, tracer } = setup({ policy: { hashKey: 'otel-test-hash-key-0001' } });
    tracer
      .startSpan('GET /profile', {
        attributes: {
          'http.request.header.authorization': 'Bearer abc.def.ghi',
          'db.password': PII.password,
          'enduser.id': 'customer-8812',
          'http.response.status_code': 200,
        },
      })
      .end();
    const attributes = exporter.getFinishedSpans()[0]!.attributes;
    expect(attributes['http.request.header.authorization']).toBe('[REDACTED:SECRET]');
    expect(attributes['db.password']).toBe('[REDACTED:SECRET]');
    expect(attributes['enduser.id']).toMatch(/^<USER_ID:[0-9a-f]{16}>$/);
    expect(attributes['http.response.status_code']).toBe(200);
  });

  it('scrubs exception events, GenAI events, link attributes and the status message', () => {
    const { exporter, tracer, provider } = setup();
    const linked = tracer.startSpan('linked');
    linked.end();
    const span = tracer.startSpan('chat', {
      links: [{ context: linked.spanContext(), attributes: { 'link.reason': `follow-up for ${PII.otherEmail}` } }],
    });
    span.recordException(new Error(`no account for ${PII.email}`));
    span.addEvent('gen_ai.content.prompt', { 'gen_ai.prompt': inputMessages() });
    span.setStatus({ code: SpanStatusCode.ERROR, message: `card ${PII.card} declined` });
    span.end();
    const out = exporter.getFinishedSpans().find((s) => s.name === 'chat')!;
    expect(leaksIn(JSON.stringify([out.events, out.links, out.status]))).toEqual([]);
    const exception = out.events.find((e) => e.name === 'exception')!;
    expect(exception.attributes!['exception.message']).toBe('no account for [REDACTED:EMAIL]');
    expect(exception.attributes!['exception.type']).toBe('Error');
    expect(String(exception.attributes!['exception.stacktrace'])).toContain('Error: no account for [REDACTED:EMAIL]');
    expect(out.links[0]!.context).toEqual(linked.spanContext());
    expect(out.links[0]!.attributes!['link.reason']).toBe('follow-up for [REDACTED:EMAIL]');
    expect(out.status).toEqual({ code: SpanStatusCode.ERROR, message: 'card [REDACTED:CREDIT_CARD] declined' });
    return provider.shutdown();
  });

  it('hands next a view with every ReadableSpan field, prototype getters included', () => {
    const recorder = new RecordingProcessor();
    const provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ 'service.name': 'billing' }),
      spanProcessors: [new PiiRedactingSpanProcessor(recorder)],
      spanLimits: { attributeCountLimit: 2 },
    });
    const tracer = provider.getTracer('test-scope', '1.2.3');
    const parent = tracer.startSpan('parent');
    const child = tracer.startSpan(
      'child',
      { kind: 2, attributes: { a: PII.email, b: 'ok', c: 'dropped by the limit' } },
      trace.setSpan(context.active(), parent),
    );
    child.end();
    parent.end();
    const original = recorder.started.find((s) => s.name === 'child')!;
    const view = recorder.ended.find((s) => s.name === 'child')!;
    expect(view).toBeInstanceOf(RedactedSpan);
    expect(view).not.toBe(original);
    expect(view.spanContext()).toEqual(original.spanContext());
    expect(view.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
    expect(view.kind).toBe(original.kind);
    expect(view.startTime).toEqual(original.startTime);
    expect(view.endTime).toEqual(original.endTime);
    expect(view.duration).toEqual(original.duration);
    expect(view.duration[0] >= 0).toBe(true);
    expect(view.ended).toBe(true);
    expect(view.resource).toBe(original.resource);
    expect(view.instrumentationScope).toBe(original.instrumentationScope);
    expect(view.droppedAttributesCount).toBe(1);
    expect(view.droppedEventsCount).toBe(original.droppedEventsCount);
    expect(view.droppedLinksCount).toBe(original.droppedLinksCount);
    expect(view.attributes).toEqual({ a: '[REDACTED:EMAIL]', b: 'ok' });
    // The original span is untouched: other processors outside the wrapper see it as recorded.
    expect(original.attributes.a).toBe(PII.email);
  });

  it('passes a clean span through as the same object', () => {
    const recorder = new RecordingProcessor();
    const provider = new BasicTracerProvider({ spanProcessors: [new PiiRedactingSpanProcessor(recorder)] });
    const span = provider.getTracer('t').startSpan('clean', { attributes: { ...METADATA, note: 'nothing to see' } });
    span.addEvent('checkpoint', { step: 3 });
    span.end();
    expect(recorder.ended[0]).toBe(recorder.started[0]);
  });

  it('leaves span names alone by default and scrubs them when spanNames is on', () => {
    const name = `GET /users/${PII.email}/orders`;
    const off = setup();
    off.tracer.startSpan(name).end();
    expect(off.exporter.getFinishedSpans()[0]!.name).toBe(name);
    const on = setup({ spanNames: true });
    on.tracer.startSpan(name).end();
    const scrubbed = on.exporter.getFinishedSpans()[0]!.name;
    expect(scrubbed).not.toContain(PII.email);
    expect(scrubbed).toMatch(/^GET \/.*\[REDACTED:EMAIL\]\/orders$/);
  });

  it('scrubs the resource only when asked, once per resource, keeping grouping identity', () => {
    const resource = resourceFromAttributes({ 'service.name': 'billing', 'process.command_args': ['node', '--admin', PII.email] });
    const off = new InMemorySpanExporter();
    const on = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({
      resource,
      spanProcessors: [
        new PiiRedactingSpanProcessor(new SimpleSpanProcessor(off)),
        new PiiRedactingSpanProcessor(new SimpleSpanProcessor(on), { resource: true }),
      ],
    });
    const tracer = provider.getTracer('t');
    tracer.startSpan('one').end();
    tracer.startSpan('two').end();
    expect(off.getFinishedSpans()[0]!.resource.attributes['process.command_args']).toEqual(['node', '--admin', PII.email]);
    const [one, two] = on.getFinishedSpans();
    expect(one!.resource.attributes).toEqual({ 'service.name': 'billing', 'process.command_args': ['node', '--admin', '[REDACTED:EMAIL]'] });
    expect(one!.resource).toBe(two!.resource);
    expect(one!.resource.getRawAttributes()).toContainEqual(['process.command_args', ['node', '--admin', '[REDACTED:EMAIL]']]);
  });

  it('scrubs resource attributes that settle asynchronously (resource detectors)', async () => {
    const resource = resourceFromAttributes({ 'service.name': 'billing', 'host.owner': Promise.resolve(PII.email) });
    expect(resource.asyncAttributesPending).toBe(true);
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({
      resource,
      spanProcessors: [new PiiRedactingSpanProcessor(new SimpleSpanProcessor(exporter), { resource: true })],
    });
    provider.getTracer('t').startSpan('one').end();
    await provider.forceFlush();
    const [span] = exporter.getFinishedSpans();
    expect(span!.resource.asyncAttributesPending).toBe(false);
    expect(span!.resource.attributes).toEqual({ 'service.name': 'billing', 'host.owner': '[REDACTED:EMAIL]' });
    const raw = span!.resource.getRawAttributes();
    const owner = raw.find(([key]) => key === 'host.owner')![1];
    expect(await owner).toBe('[REDACTED:EMAIL]');
    const merged = span!.resource.merge(resourceFromAttributes({ 'deployment.environment.name': 'test' }));
    await merged.waitForAsyncAttributes?.();
    expect(merged.attributes).toEqual({ 'service.name': 'billing', 'host.owner': '[REDACTED:EMAIL]', 'deployment.environment.name': 'test' });
  });

  it('works in front of BatchSpanProcessor and with NodeTracerProvider', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new NodeTracerProvider({
      spanProcessors: [new PiiRedactingSpanProcessor(new BatchSpanProcessor(exporter, { scheduledDelayMillis: 10 }))],
    });
    const tracer = provider.getTracer('t');
    for (let i = 0; i < 5; i++) tracer.startSpan(`op ${i}`, { attributes: { 'gen_ai.input.messages': inputMessages() } }).end();
    await provider.forceFlush();
    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(5);
    expect(leaksIn(JSON.stringify(spans.map((s) => s.attributes)))).toEqual([]);
    await provider.shutdown();
  });

  it('forwards onStart, forceFlush and shutdown to next', async () => {
    const recorder = new RecordingProcessor();
    const processor = new PiiRedactingSpanProcessor(recorder);
    const provider = new BasicTracerProvider({ spanProcessors: [processor] });
    provider.getTracer('t').startSpan('x').end();
    expect(recorder.started).toHaveLength(1);
    await processor.forceFlush();
    await processor.shutdown();
    expect(recorder.flushed).toBe(1);
    expect(recorder.shutDown).toBe(1);
  });

  it('does not call onEnding of next (it would see raw, writable spans) and says so', () => {
    const diagLog = captureDiag();
    dispose = diagLog.dispose;
    const recorder = new RecordingProcessor() as RecordingProcessor & { onEnding: (span: Span) => void };
    const seen: unknown[] = [];
    recorder.onEnding = (span) => seen.push(span.attributes.a);
    const provider = new BasicTracerProvider({ spanProcessors: [new PiiRedactingSpanProcessor(recorder)] });
    provider.getTracer('t').startSpan('x', { attributes: { a: PII.email } }).end();
    expect(seen).toEqual([]);
    expect(diagLog.messages.some((m) => m.includes('onEnding hook will not be called'))).toBe(true);
  });

  it('catches a throwing next processor and reports it once, without values', () => {
    const diagLog = captureDiag();
    dispose = diagLog.dispose;
    const throwing: SpanProcessor = {
      onStart: () => {
        throw new RangeError(`start ${PII.email}`);
      },
      onEnd: () => {
        throw new RangeError(`end ${PII.email}`);
      },
      forceFlush: () => Promise.resolve(),
      shutdown: () => Promise.resolve(),
    };
    const provider = new BasicTracerProvider({ spanProcessors: [new PiiRedactingSpanProcessor(throwing)] });
    const tracer = provider.getTracer('t');
    expect(() => {
      tracer.startSpan('a').end();
      tracer.startSpan('b').end();
    }).not.toThrow();
    const errors = diagLog.messages.filter((m) => m.includes('PiiRedactingSpanProcessor'));
    expect(errors).toHaveLength(2);
    expect(errors.join('\n')).toContain('next.onEnd failed (RangeError)');
    expect(leaksIn(diagLog.messages.join('\n'))).toEqual([]);
  });

  it('turns a synchronous throw of next.forceFlush or next.shutdown into a rejection', async () => {
    const broken: SpanProcessor = {
      onStart: () => undefined,
      onEnd: () => undefined,
      forceFlush: () => {
        throw new Error('flush');
      },
      shutdown: () => {
        throw new Error('shutdown');
      },
    };
    const processor = new PiiRedactingSpanProcessor(broken);
    await expect(processor.forceFlush()).rejects.toThrow('flush');
    await expect(processor.shutdown()).rejects.toThrow('shutdown');
  });

  it('fails closed when redaction itself throws: every value replaced, next still called', () => {
    const diagLog = captureDiag();
    dispose = diagLog.dispose;
    const real = createRedactor();
    const exploding = Object.create(real) as typeof real;
    exploding.redactValue = () => {
      throw new Error(`boom ${PII.email}`);
    };
    const { exporter, tracer } = setup({ redactor: exploding });
    const span = tracer.startSpan('x', { attributes: { note: PII.email, 'gen_ai.usage.input_tokens': 3 } });
    span.recordException(new Error(PII.email));
    span.end();
    const [out] = exporter.getFinishedSpans();
    expect(out!.attributes).toEqual({ note: '[REDACTED:UNSCANNED]', 'gen_ai.usage.input_tokens': '[REDACTED:UNSCANNED]' });
    expect(Object.values(out!.events[0]!.attributes!)).toEqual(expect.arrayContaining(['[REDACTED:UNSCANNED]']));
    expect(leaksIn(JSON.stringify([out!.attributes, out!.events]))).toEqual([]);
    expect(diagLog.messages.some((m) => m.includes('scrubbing an attribute set failed (Error)'))).toBe(true);
    expect(leaksIn(diagLog.messages.join('\n'))).toEqual([]);
  });

  it('drops a span whose fields cannot even be read, instead of passing it raw', () => {
    const diagLog = captureDiag();
    dispose = diagLog.dispose;
    const recorder = new RecordingProcessor();
    const processor = new PiiRedactingSpanProcessor(recorder);
    const hostile = {
      name: 'x',
      get attributes(): never {
        throw new Error('unreadable');
      },
    } as unknown as ReadableSpan;
    expect(() => processor.onEnd(hostile)).not.toThrow();
    expect(recorder.ended).toEqual([]);
    expect(diagLog.messages.some((m) => m.includes('the span was dropped'))).toBe(true);
  });
});
