// Wide telemetry: 100,000 attributes on one span, million-element arrays in attributes and log
// bodies. Every value is examined, counts and clean values are preserved, nothing throws.
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { createRedactor, PiiRedactingLogRecordProcessor, PiiRedactingSpanExporter, PiiRedactingSpanProcessor } from '../../src/index.js';

const ATTRIBUTES = 100_000;
const EVERY = 997;
const EMAIL = 'mara.quill@example.org';
const redactor = createRedactor();

function wideAttributes(): Record<string, string | number> {
  const attributes: Record<string, string | number> = {};
  for (let i = 0; i < ATTRIBUTES; i++) {
    attributes[`app.field.${i}`] = i % EVERY === 0 ? `contact ${EMAIL} (${i})` : i % 3 === 0 ? i : `value ${i}`;
  }
  return attributes;
}

function expectWideScrubbed(attributes: Readonly<Record<string, unknown>>): void {
  expect(Object.keys(attributes)).toHaveLength(ATTRIBUTES);
  for (let i = 0; i < ATTRIBUTES; i++) {
    const value = attributes[`app.field.${i}`];
    if (i % EVERY === 0) expect(value).toBe(`contact [REDACTED:EMAIL] (${i})`);
    else if (i % 3 === 0) expect(value).toBe(i);
    else expect(value).toBe(`value ${i}`);
  }
}

describe(`a span with ${ATTRIBUTES.toLocaleString('en')} attributes`, () => {
  const setups: readonly (readonly [string, (exporter: InMemorySpanExporter) => SpanProcessor[]])[] = [
    ['wrapping processor', (exporter) => [new PiiRedactingSpanProcessor(new SimpleSpanProcessor(exporter), { redactor })]],
    ['in-place processor', (exporter) => [PiiRedactingSpanProcessor.inPlace({ redactor }), new SimpleSpanProcessor(exporter)]],
    ['exporter wrapper', (exporter) => [new SimpleSpanProcessor(new PiiRedactingSpanExporter(exporter, { redactor }))]],
  ];
  for (const [name, processors] of setups) {
    it(`${name}: every attribute examined, clean ones identical, none lost`, async () => {
      const exporter = new InMemorySpanExporter();
      const provider = new BasicTracerProvider({
        spanLimits: { attributeCountLimit: ATTRIBUTES + 10 },
        spanProcessors: processors(exporter),
      });
      const span = provider.getTracer('wide').startSpan('wide', { attributes: wideAttributes() });
      expect(() => span.end()).not.toThrow();
      await provider.forceFlush();
      const [exported] = exporter.getFinishedSpans();
      expectWideScrubbed(exported!.attributes);
      await provider.shutdown();
    });
  }
});

describe('huge arrays', () => {
  const LENGTH = 1_000_000;

  function hugeArray(): string[] {
    const values = new Array<string>(LENGTH);
    for (let i = 0; i < LENGTH; i++) values[i] = i === LENGTH - 1 ? `last ${EMAIL}` : `item ${i % 100}`;
    return values;
  }

  it('a million-element string array attribute: the last element scrubbed, the rest identical', () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new PiiRedactingSpanProcessor(new SimpleSpanProcessor(exporter), { redactor })] });
    const values = hugeArray();
    provider.getTracer('wide').startSpan('arrays', { attributes: { 'app.items': values } }).end();
    const exported = exporter.getFinishedSpans()[0]!.attributes['app.items'] as string[];
    expect(exported).toHaveLength(LENGTH);
    expect(exported[LENGTH - 1]).toBe('last [REDACTED:EMAIL]');
    expect(exported[LENGTH - 2]).toBe(values[LENGTH - 2]);
  });

  it('a million-element log body of mixed values', () => {
    const exporter = new InMemoryLogRecordExporter();
    const provider = new LoggerProvider({ processors: [new PiiRedactingLogRecordProcessor(new SimpleLogRecordProcessor({ exporter }), { redactor })] });
    const body: unknown[] = hugeArray();
    body[10] = { nested: [EMAIL, 7, true, null] };
    provider.getLogger('wide').emit({ body: body as never });
    const exported = exporter.getFinishedLogRecords()[0]!.body as unknown[];
    expect(exported).toHaveLength(LENGTH);
    expect(exported[10]).toEqual({ nested: ['[REDACTED:EMAIL]', 7, true, null] });
    expect(exported[LENGTH - 1]).toBe('last [REDACTED:EMAIL]');
  });

  it('a JSON array attribute of 20,000 messages just under the size cap', () => {
    const messages = Array.from({ length: 20_000 }, (_, i) => (i === 19_999 ? EMAIL : `m${i}`));
    const text = JSON.stringify(messages);
    expect(text.length).toBeLessThan(262_144);
    const output = redactor.redactValue(text, 'gen_ai.output.messages') as string;
    const parsed = JSON.parse(output) as string[];
    expect(parsed).toHaveLength(20_000);
    expect(parsed[19_999]).toBe('[REDACTED:EMAIL]');
  });
});
