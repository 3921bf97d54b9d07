// Properties over the OTel glue: nested AnyValue structures (log bodies, attribute values),
// span attributes, events, links and status messages carrying planted values. What reaches
// the exporter must hold none of them, with everything else unchanged.
import { SpanStatusCode } from '@opentelemetry/api';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createRedactor,
  PiiRedactingLogRecordExporter,
  PiiRedactingLogRecordProcessor,
  PiiRedactingSpanExporter,
  PiiRedactingSpanProcessor,
} from '../../src/index.js';
import { anyPlanted, documentTree, expectScrubbed, plantedValues, toValue, tree } from './arbitraries/tree.js';
import { after, before, filler } from './arbitraries/text.js';
import { expectNoLeak, expectRedactedInPlace, fuzzOptions } from './support.js';

const redactor = createRedactor();

const plantedString = fc.tuple(before, anyPlanted, after).map(([head, { value }, tail]) => ({ head, value, tail, text: head + value + tail }));

describe('fuzz: AnyValue structures', () => {
  it('redactValue: same shape, clean parts identical, planted values gone', () => {
    fc.assert(
      fc.property(tree(), (node) => {
        const input = toValue(node);
        const output = redactor.redactValue(input);
        expectScrubbed(node, output);
        expectNoLeak(JSON.stringify(output) ?? '', plantedValues(node));
      }),
      fuzzOptions(500),
    );
  });

  it('redactValue is idempotent (values planted in leaves)', () => {
    fc.assert(
      fc.property(tree({ plantedKeys: false }), (node) => {
        const once = redactor.redactValue(toValue(node));
        expect(redactor.redactValue(once)).toBe(once);
      }),
      fuzzOptions(500),
    );
  });
});

describe('fuzz: log records', () => {
  const inMemory = new InMemoryLogRecordExporter();
  const viaProcessor = new LoggerProvider({
    processors: [new PiiRedactingLogRecordProcessor(new SimpleLogRecordProcessor({ exporter: inMemory }), { redactor })],
  });
  const wrapped = new InMemoryLogRecordExporter();
  const viaExporter = new LoggerProvider({
    processors: [new SimpleLogRecordProcessor({ exporter: new PiiRedactingLogRecordExporter(wrapped, { redactor }) })],
  });
  afterAll(async () => {
    await Promise.all([viaProcessor.shutdown(), viaExporter.shutdown()]);
  });

  for (const [name, provider, exporter] of [
    ['processor', viaProcessor, inMemory],
    ['exporter wrapper', viaExporter, wrapped],
  ] as const) {
    it(`${name}: bodies (strings, maps, arrays, nested JSON) and attributes leak nothing`, () => {
      const logger = provider.getLogger('fuzz');
      fc.assert(
        fc.property(tree(), plantedString, documentTree(), (bodyNode, note, messages) => {
          exporter.reset();
          logger.emit({
            body: toValue(bodyNode) as never,
            attributes: { 'app.note': note.text, 'gen_ai.input.messages': JSON.stringify(toValue(messages)), 'gen_ai.usage.input_tokens': 42 },
          });
          const [record] = exporter.getFinishedLogRecords();
          expect(record).toBeDefined();
          expectScrubbed(bodyNode, record!.body);
          expectRedactedInPlace(record!.attributes['app.note'] as string, note.head, note.value, note.tail);
          expectScrubbed(messages, JSON.parse(record!.attributes['gen_ai.input.messages'] as string));
          expect(record!.attributes['gen_ai.usage.input_tokens']).toBe(42);
        }),
        fuzzOptions(300),
      );
    });
  }
});

describe('fuzz: spans', () => {
  const wrappedExporter = new InMemorySpanExporter();
  const inPlaceExporter = new InMemorySpanExporter();
  const exporterExporter = new InMemorySpanExporter();
  const providers = [
    ['wrapping processor', new BasicTracerProvider({ spanProcessors: [new PiiRedactingSpanProcessor(new SimpleSpanProcessor(wrappedExporter), { redactor, spanNames: true })] }), wrappedExporter],
    ['in-place processor', new BasicTracerProvider({ spanProcessors: [PiiRedactingSpanProcessor.inPlace({ redactor, spanNames: true }), new SimpleSpanProcessor(inPlaceExporter)] }), inPlaceExporter],
    ['exporter wrapper', new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(new PiiRedactingSpanExporter(exporterExporter, { redactor, spanNames: true }))] }), exporterExporter],
  ] as const;
  afterAll(async () => {
    await Promise.all(providers.map(([, provider]) => provider.shutdown()));
  });

  for (const [name, provider, exporter] of providers) {
    it(`${name}: attributes, string arrays, events, links, status and name leak nothing`, () => {
      const tracer = provider.getTracer('fuzz');
      fc.assert(
        fc.property(
          plantedString,
          fc.array(fc.oneof(filler, plantedString.map((p) => p.text)), { maxLength: 4 }),
          documentTree(),
          plantedString,
          plantedString,
          plantedString,
          (attribute, list, messages, eventText, status, spanName) => {
            exporter.reset();
            const linked = tracer.startSpan('linked');
            linked.end();
            const span = tracer.startSpan(spanName.text, {
              attributes: { 'app.note': attribute.text, 'app.list': list, 'gen_ai.input.messages': JSON.stringify(toValue(messages)), 'gen_ai.usage.output_tokens': 7 },
              links: [{ context: linked.spanContext(), attributes: { 'link.note': eventText.text } }],
            });
            span.addEvent('gen_ai.user.message', { content: eventText.text });
            span.recordException(new Error(`upstream rejected ${attribute.text}`));
            span.setStatus({ code: SpanStatusCode.ERROR, message: status.text });
            span.end();
            const exported = exporter.getFinishedSpans().find((s) => s.name !== 'linked');
            expect(exported).toBeDefined();
            const { attributes, events, links } = exported!;
            expectRedactedInPlace(attributes['app.note'] as string, attribute.head, attribute.value, attribute.tail);
            expectRedactedInPlace(exported!.status.message!, status.head, status.value, status.tail);
            expectRedactedInPlace(exported!.name, spanName.head, spanName.value, spanName.tail);
            expectScrubbed(messages, JSON.parse(attributes['gen_ai.input.messages'] as string));
            expect(attributes['gen_ai.usage.output_tokens']).toBe(7);
            const wire = JSON.stringify({ attributes, events, links: links.map((l) => l.attributes), status: exported!.status, name: exported!.name });
            expectNoLeak(wire, [attribute.value, eventText.value, status.value, spanName.value, ...plantedValues(messages)]);
            expect((attributes['app.list'] as string[]).length).toBe(list.length);
          },
        ),
        fuzzOptions(300),
      );
    });
  }
});
