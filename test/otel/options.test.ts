import { InMemoryLogRecordExporter } from '@opentelemetry/sdk-logs';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it } from 'vitest';
import { createRedactor, PolicyError } from '../../src/index.js';
import { PiiRedactingLogRecordExporter } from '../../src/otel/pii-redacting-log-record-exporter.js';
import { PiiRedactingLogRecordProcessor } from '../../src/otel/pii-redacting-log-record-processor.js';
import { PiiRedactingSpanExporter } from '../../src/otel/pii-redacting-span-exporter.js';
import { PiiRedactingSpanProcessor } from '../../src/otel/pii-redacting-span-processor.js';
import { PII } from './fixtures.js';

type AnyOptions = never;

afterEach(() => {
  delete process.env.OTEL_PII_REDACT_MODE;
});

describe('options', () => {
  it('rejects invalid options with a TypeError naming the component and the problem', () => {
    const cases: [() => unknown, RegExp][] = [
      [() => new PiiRedactingSpanProcessor(undefined, { spanNames: 'yes' } as AnyOptions), /PiiRedactingSpanProcessor options: `spanNames` must be a boolean/],
      [() => new PiiRedactingSpanProcessor(undefined, { resource: 1 } as AnyOptions), /`resource` must be a boolean/],
      [() => new PiiRedactingSpanProcessor(undefined, { polcy: {} } as AnyOptions), /unknown option `polcy`/],
      [() => new PiiRedactingSpanProcessor(undefined, { policy: {}, redactor: createRedactor() }), /either `policy` or `redactor`/],
      [() => new PiiRedactingSpanProcessor(undefined, { redactor: {} } as AnyOptions), /`redactor` must come from createRedactor/],
      [() => new PiiRedactingSpanProcessor(undefined, { meterProvider: {} } as AnyOptions), /`meterProvider` must be a MeterProvider/],
      [() => new PiiRedactingSpanProcessor(undefined, 'x' as AnyOptions), /expected an object/],
      [() => new PiiRedactingSpanProcessor({} as AnyOptions), /`next` must be a SpanProcessor/],
      [() => new PiiRedactingLogRecordProcessor({} as AnyOptions), /`next` must be a LogRecordProcessor/],
      [() => new PiiRedactingSpanExporter(undefined as AnyOptions), /`exporter` must be a SpanExporter/],
      [() => new PiiRedactingLogRecordExporter({} as AnyOptions), /`exporter` must be a LogRecordExporter/],
    ];
    for (const [build, message] of cases) {
      expect(build).toThrow(TypeError);
      expect(build).toThrow(message);
    }
  });

  it('throws PolicyError for an invalid policy at construction', () => {
    expect(() => new PiiRedactingLogRecordProcessor(undefined, { policy: { mode: 'loud' } as AnyOptions })).toThrow(PolicyError);
  });

  it('accepts every valid form', () => {
    expect(() => new PiiRedactingSpanProcessor()).not.toThrow();
    expect(() => PiiRedactingSpanProcessor.inPlace()).not.toThrow();
    expect(() => new PiiRedactingSpanExporter(new InMemorySpanExporter(), { spanNames: false, resource: true })).not.toThrow();
    expect(() => new PiiRedactingLogRecordExporter(new InMemoryLogRecordExporter(), { policy: { mode: 'report' } })).not.toThrow();
  });

  it('uses the policy from OTEL_PII_REDACT_* when none is given; an explicit policy wins', () => {
    process.env.OTEL_PII_REDACT_MODE = 'report';
    const exportThrough = (options?: { policy: object }): unknown => {
      const inner = new InMemorySpanExporter();
      new PiiRedactingSpanExporter(inner, options).export([{ ...fakeSpan(), attributes: { a: PII.email } } as never], () => undefined);
      return inner.getFinishedSpans()[0]!.attributes.a;
    };
    expect(exportThrough()).toBe(PII.email);
    expect(exportThrough({ policy: {} })).toBe('[REDACTED:EMAIL]');
  });
});

function fakeSpan() {
  return {
    name: 'x',
    kind: 0,
    spanContext: () => ({ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', traceFlags: 1 }),
    startTime: [0, 0],
    endTime: [0, 1],
    duration: [0, 1],
    ended: true,
    status: { code: 0 },
    events: [],
    links: [],
    resource: undefined,
    instrumentationScope: { name: 't' },
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
  };
}
