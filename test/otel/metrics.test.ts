import { metrics, type Attributes, type Counter, type Meter, type MeterProvider } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index.js';
import { PiiRedactingLogRecordProcessor } from '../../src/otel/pii-redacting-log-record-processor.js';
import { PiiRedactingSpanProcessor } from '../../src/otel/pii-redacting-span-processor.js';
import { leaksIn, PII } from './fixtures.js';

interface Recorded {
  meter: string;
  counter: string;
  value: number;
  attributes: Attributes | undefined;
}

function recordingMeterProvider(): { provider: MeterProvider; recorded: Recorded[] } {
  const recorded: Recorded[] = [];
  const provider = {
    getMeter(meterName: string): Meter {
      return {
        createCounter(counterName: string): Counter {
          return { add: (value: number, attributes?: Attributes) => recorded.push({ meter: meterName, counter: counterName, value, attributes }) };
        },
      } as unknown as Meter;
    },
  };
  return { provider, recorded };
}

function byType(recorded: Recorded[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const r of recorded) {
    const type = String(r.attributes?.['pii.type']);
    totals[type] = (totals[type] ?? 0) + r.value;
  }
  return totals;
}

afterEach(() => metrics.disable());

describe('otel_pii_redact.findings counter', () => {
  it('counts findings by pii.type on the given MeterProvider, never recording values', () => {
    const { provider: meterProvider, recorded } = recordingMeterProvider();
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({
      spanProcessors: [new PiiRedactingSpanProcessor(new SimpleSpanProcessor(exporter), { meterProvider })],
    });
    provider
      .getTracer('t')
      .startSpan('x', { attributes: { a: `${PII.email} and ${PII.otherEmail}`, b: PII.card, 'db.password': PII.password } })
      .end();
    expect(byType(recorded)).toEqual({ EMAIL: 2, CREDIT_CARD: 1, SECRET: 1 });
    expect(new Set(recorded.map((r) => `${r.meter}/${r.counter}`))).toEqual(new Set(['otel-pii-redact/otel_pii_redact.findings']));
    expect(leaksIn(JSON.stringify(recorded))).toEqual([]);
  });

  it('picks up a global MeterProvider registered after the processor was built (as NodeSDK does)', () => {
    const processor = new PiiRedactingSpanProcessor(new SimpleSpanProcessor(new InMemorySpanExporter()));
    const provider = new BasicTracerProvider({ spanProcessors: [processor] });
    const { provider: meterProvider, recorded } = recordingMeterProvider();
    metrics.setGlobalMeterProvider(meterProvider);
    provider.getTracer('t').startSpan('x', { attributes: { a: PII.email } }).end();
    expect(byType(recorded)).toEqual({ EMAIL: 1 });
  });

  it('counts once when processors share a redactor', () => {
    const { provider: meterProvider, recorded } = recordingMeterProvider();
    const redactor = createRedactor();
    new PiiRedactingSpanProcessor(undefined, { redactor, meterProvider });
    new PiiRedactingLogRecordProcessor(undefined, { redactor, meterProvider });
    redactor.redactString(PII.email);
    expect(byType(recorded)).toEqual({ EMAIL: 1 });
  });

  it('never lets a broken meter disturb redaction', () => {
    const meterProvider = {
      getMeter: () => {
        throw new Error('meter down');
      },
    } as unknown as MeterProvider;
    const redactor = createRedactor();
    new PiiRedactingSpanProcessor(undefined, { redactor, meterProvider });
    expect(redactor.redactString(`mail ${PII.email}`)).toBe('mail [REDACTED:EMAIL]');
  });
});
