// End to end: real OTLP/HTTP exporters send to a loopback receiver; the assertions read the
// bytes that actually crossed the socket. A control pipeline exports the same telemetry
// unredacted, which proves the planted values really were exported, and gives the ids,
// timestamps and metadata the redacted pipeline must reproduce exactly.
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { CompressionAlgorithm } from '@opentelemetry/otlp-exporter-base';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchLogRecordProcessor, LoggerProvider } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedLogRecord, type ReceivedSpan } from '../../examples/support/otlp-receiver.mjs';
import { createRedactor } from '../../src/index.js';
import { PiiRedactingLogRecordExporter } from '../../src/otel/pii-redacting-log-record-exporter.js';
import { PiiRedactingLogRecordProcessor } from '../../src/otel/pii-redacting-log-record-processor.js';
import { PiiRedactingSpanProcessor } from '../../src/otel/pii-redacting-span-processor.js';
import { inputMessages, leakForms, leaksIn, METADATA, outputMessages, PII, PII_VALUES } from './fixtures.js';

const SPAN_COUNT = 4;
const LOG_COUNT = 4;
const JSON_KEYS = ['gen_ai.input.messages', 'gen_ai.output.messages', 'gen_ai.tool.call.arguments'] as const;

const RESOURCE = resourceFromAttributes({
  'service.name': 'billing-agent',
  'service.version': '2.3.1',
  'process.command_args': ['node', 'agent.js', '--github-token', PII.githubToken],
});

/** One agent turn: a server span, an LLM call with events and a link, a tool call, and logs. */
function recordAgentTurn(provider: BasicTracerProvider, loggerProvider: LoggerProvider): void {
  const tracer = provider.getTracer('billing-agent', '2.3.1');
  const logger = loggerProvider.getLogger('billing-agent', '2.3.1');
  const earlier = tracer.startSpan('previous turn', { attributes: { 'gen_ai.conversation.id': 'conv_5e1d' } });
  earlier.end();

  const root = tracer.startSpan(`POST /v1/agents/billing/users/${PII.email}`, {
    kind: SpanKind.SERVER,
    attributes: { 'http.request.method': 'POST', 'http.response.status_code': 500, 'enduser.id': 'cust-20931', 'url.query': `email=${encodeURIComponent(PII.email)}` },
  });
  const rootContext = trace.setSpan(context.active(), root);

  const chat = tracer.startSpan(
    'chat gpt-4o-2024-08-06',
    {
      kind: SpanKind.CLIENT,
      attributes: { ...METADATA, 'gen_ai.input.messages': inputMessages(), 'gen_ai.output.messages': outputMessages() },
      links: [{ context: earlier.spanContext(), attributes: { 'link.note': `same customer, phone ${PII.usPhone}` } }],
    },
    rootContext,
  );
  chat.addEvent('gen_ai.client.inference.operation.details', {
    'gen_ai.input.messages': inputMessages(),
    'gen_ai.response.id': METADATA['gen_ai.response.id'],
  });
  chat.recordException(new Error(`upstream rejected account ${PII.email} (card ${PII.card})`));
  chat.setStatus({ code: SpanStatusCode.ERROR, message: `payment for ${PII.otherEmail} failed` });

  const chatContext = trace.setSpan(rootContext, chat);
  const tool = tracer.startSpan(
    'execute_tool charge_card',
    {
      kind: SpanKind.INTERNAL,
      attributes: {
        'gen_ai.operation.name': 'execute_tool',
        'gen_ai.tool.name': 'charge_card',
        'gen_ai.tool.call.id': 'call_7Hq2',
        'gen_ai.tool.call.arguments': JSON.stringify({ card_number: PII.otherCard, ssn: PII.ssn, iban: PII.iban, amount: 42.5 }),
        'gen_ai.tool.call.result': `charged; stripe said ok, key used ${PII.awsKey}`,
        // An app recording the card as a number: OTLP carries it as an intValue.
        'app.refund.card': Number(PII.otherCard),
      },
    },
    chatContext,
  );
  // No global context manager here: each record names its context, which is what correlates it.
  const toolContext = trace.setSpan(chatContext, tool);
  logger.emit({
    context: toolContext,
    severityNumber: SeverityNumber.ERROR,
    severityText: 'ERROR',
    body: `charge for ${PII.email} (${PII.ukPhone}) failed with card ${PII.card}`,
    attributes: { 'http.request.header.authorization': `Bearer ${PII.openAiKey}`, 'gen_ai.usage.input_tokens': 1842 },
  });
  logger.emit({
    context: toolContext,
    eventName: 'gen_ai.client.inference.operation.details',
    severityNumber: SeverityNumber.INFO,
    body: {
      'gen_ai.input.messages': JSON.parse(inputMessages()),
      customer: { email: PII.otherEmail, phone: PII.usPhone, ssn: PII.ssn, notes: [`iban ${PII.iban}`, 7, true] },
      'gen_ai.response.finish_reasons': ['stop'],
    },
    attributes: { ...METADATA, 'gen_ai.output.messages': outputMessages() },
  });
  logger.emit({ context: toolContext, severityNumber: SeverityNumber.WARN, body: [`retry for ${PII.email}`, { api_key: PII.openAiKey }, 3] });
  logger.emit({ context: toolContext, severityNumber: SeverityNumber.INFO, body: 'turn finished', exception: new Error(`token ${PII.githubToken} expired`) });
  tool.end();
  chat.end();
  root.end();
}

function byId<T extends { spanId?: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.spanId!, item]));
}

/** The OTLP KeyValue for `key`, serialised exactly as it went over the wire. */
function wireAttribute(span: ReceivedSpan | ReceivedLogRecord, key: string): string | undefined {
  const keyValue = (span.otlp.attributes as { key: string }[]).find((kv) => kv.key === key);
  return keyValue === undefined ? undefined : JSON.stringify(keyValue);
}

describe('end to end over OTLP/HTTP JSON', () => {
  let redactedReceiver: OtlpReceiver;
  let controlReceiver: OtlpReceiver;
  let spans: ReceivedSpan[];
  let controlSpans: ReceivedSpan[];
  let logRecords: ReceivedLogRecord[];
  let controlLogRecords: ReceivedLogRecord[];

  beforeAll(async () => {
    redactedReceiver = await startOtlpReceiver();
    controlReceiver = await startOtlpReceiver();
    const redactor = createRedactor({ hashKey: 'e2e-test-hash-key-000001' });
    // Wrapping mode: the control processor sees the span as recorded, the wrapped one a redacted view.
    const tracerProvider = new BasicTracerProvider({
      resource: RESOURCE,
      spanProcessors: [
        new BatchSpanProcessor(new OTLPTraceExporter({ url: controlReceiver.endpoints.traces }), { scheduledDelayMillis: 20 }),
        new PiiRedactingSpanProcessor(
          new BatchSpanProcessor(new OTLPTraceExporter({ url: redactedReceiver.endpoints.traces }), { scheduledDelayMillis: 20 }),
          { redactor, spanNames: true, resource: true },
        ),
      ],
    });
    // The log processor changes records in place, so the log side of this comparison uses the exporter wrapper.
    const loggerProvider = new LoggerProvider({
      resource: RESOURCE,
      processors: [
        new BatchLogRecordProcessor({ exporter: new OTLPLogExporter({ url: controlReceiver.endpoints.logs }), scheduledDelayMillis: 20 }),
        new BatchLogRecordProcessor({
          exporter: new PiiRedactingLogRecordExporter(new OTLPLogExporter({ url: redactedReceiver.endpoints.logs }), { redactor, resource: true }),
          scheduledDelayMillis: 20,
        }),
      ],
    });
    recordAgentTurn(tracerProvider, loggerProvider);
    await Promise.all([tracerProvider.forceFlush(), loggerProvider.forceFlush()]);
    [spans, controlSpans, logRecords, controlLogRecords] = await Promise.all([
      redactedReceiver.waitForSpans(SPAN_COUNT),
      controlReceiver.waitForSpans(SPAN_COUNT),
      redactedReceiver.waitForLogRecords(LOG_COUNT),
      controlReceiver.waitForLogRecords(LOG_COUNT),
    ]);
    await Promise.all([tracerProvider.shutdown(), loggerProvider.shutdown()]);
  });

  afterAll(async () => {
    await Promise.all([redactedReceiver?.close(), controlReceiver?.close()]);
  });

  it('the control pipeline really exported every planted value (the leak check can see them)', () => {
    const control = controlReceiver.rawText();
    for (const value of PII_VALUES.filter((v) => v !== PII.password)) {
      expect(leakForms(value).some((form) => control.includes(form)), value).toBe(true);
    }
  });

  it('no planted value reaches the wire, in plain, JSON-escaped or URL-encoded form', () => {
    const wire = redactedReceiver.rawText();
    expect(wire.length).toBeGreaterThan(1000);
    expect(leaksIn(wire)).toEqual([]);
    expect(wire).toContain('[REDACTED:EMAIL]');
  });

  it('exports as many spans and log records as the control, in the same tree', () => {
    expect(spans).toHaveLength(SPAN_COUNT);
    expect(logRecords).toHaveLength(LOG_COUNT);
    expect(controlSpans).toHaveLength(SPAN_COUNT);
    expect(controlLogRecords).toHaveLength(LOG_COUNT);
    const control = byId(controlSpans);
    for (const span of spans) {
      const twin = control.get(span.spanId)!;
      expect(twin, span.spanId).toBeDefined();
      expect(span.traceId).toBe(twin.traceId);
      expect(span.parentSpanId).toBe(twin.parentSpanId);
      expect(span.kind).toBe(twin.kind);
      expect(span.startTimeUnixNano).toBe(twin.startTimeUnixNano);
      expect(span.endTimeUnixNano).toBe(twin.endTimeUnixNano);
      expect(span.otlp.flags).toBe(twin.otlp.flags);
      expect(span.status.code).toBe(twin.status.code);
      expect(span.events.map((e) => [e.name, e.timeUnixNano])).toEqual(twin.events.map((e) => [e.name, e.timeUnixNano]));
      expect(span.links.map((l) => [l.traceId, l.spanId])).toEqual(twin.links.map((l) => [l.traceId, l.spanId]));
      expect(span.scope).toEqual(twin.scope);
    }
    const roots = spans.filter((s) => s.parentSpanId === undefined);
    expect(roots.map((s) => s.name)).toContain('previous turn');
    // How much of the path goes with the email is the email detector's call; the address must go.
    expect(roots.find((s) => s.name !== 'previous turn')!.name).toMatch(/^POST \/.*\[REDACTED:EMAIL\]$/);
    const logsBySeverity = (records: ReceivedLogRecord[]) => records.map((r) => [r.severityNumber, r.severityText, r.eventName, r.traceId, r.spanId, r.timeUnixNano]);
    expect(logsBySeverity(logRecords)).toEqual(logsBySeverity(controlLogRecords));
    const tool = spans.find((s) => s.name === 'execute_tool charge_card')!;
    expect(logRecords.every((r) => r.spanId === tool.spanId && r.traceId === tool.traceId)).toBe(true);
  });

  it('keeps metadata byte-identical on the wire', () => {
    const control = byId(controlSpans);
    const chat = spans.find((s) => s.name === 'chat gpt-4o-2024-08-06')!;
    for (const key of Object.keys(METADATA)) {
      expect(wireAttribute(chat, key), key).toBe(wireAttribute(control.get(chat.spanId)!, key));
      expect(wireAttribute(chat, key), key).toBeDefined();
    }
    expect(chat.attributes['gen_ai.usage.input_tokens']).toBe(1842);
    expect(chat.attributes['gen_ai.response.finish_reasons']).toEqual(['stop', 'tool_calls']);
    expect(redactedReceiver.rawText('traces')).toContain('{"key":"gen_ai.request.model","value":{"stringValue":"gpt-4o-2024-08-06"}}');
    expect(chat.events[0]!.attributes['gen_ai.response.id']).toBe(METADATA['gen_ai.response.id']);
    const detailed = logRecords.find((r) => r.eventName === 'gen_ai.client.inference.operation.details')!;
    const controlDetailed = controlLogRecords.find((r) => r.eventName === 'gen_ai.client.inference.operation.details')!;
    for (const key of Object.keys(METADATA)) expect(wireAttribute(detailed, key)).toBe(wireAttribute(controlDetailed, key));
    expect((detailed.body as Record<string, unknown>)['gen_ai.response.finish_reasons']).toEqual(['stop']);
    const tool = spans.find((s) => s.name === 'execute_tool charge_card')!;
    expect(tool.attributes['gen_ai.tool.call.id']).toBe('call_7Hq2');
    expect(spans.find((s) => s.name === 'previous turn')!.attributes['gen_ai.conversation.id']).toBe('conv_5e1d');
  });

  it('keeps JSON-valued attributes valid JSON with the same structure', () => {
    const control = byId(controlSpans);
    let checked = 0;
    for (const span of spans) {
      for (const key of JSON_KEYS) {
        const value = span.attributes[key];
        if (typeof value !== 'string') continue;
        const parsed = JSON.parse(value);
        const original = JSON.parse(control.get(span.spanId)!.attributes[key] as string);
        if (Array.isArray(original)) {
          expect(parsed.map((m: { role: string }) => m.role)).toEqual(original.map((m: { role: string }) => m.role));
        } else {
          expect(Object.keys(parsed)).toEqual(Object.keys(original));
          expect(parsed.amount).toBe(42.5);
        }
        checked++;
      }
    }
    expect(checked).toBe(3);
    const chat = spans.find((s) => s.name === 'chat gpt-4o-2024-08-06')!;
    expect(() => JSON.parse(chat.events[0]!.attributes['gen_ai.input.messages'] as string)).not.toThrow();
    const detailed = logRecords.find((r) => r.eventName === 'gen_ai.client.inference.operation.details')!;
    expect(JSON.parse(detailed.attributes['gen_ai.output.messages'] as string)[0].finish_reason).toBe('stop');
  });

  it('scrubs exception events, status messages, link attributes, span names and the resource', () => {
    const chat = spans.find((s) => s.name === 'chat gpt-4o-2024-08-06')!;
    const exception = chat.events.find((e) => e.name === 'exception')!;
    expect(exception.attributes['exception.type']).toBe('Error');
    expect(exception.attributes['exception.message']).toBe('upstream rejected account [REDACTED:EMAIL] (card [REDACTED:CREDIT_CARD])');
    expect(chat.status).toEqual({ code: 2, message: 'payment for [REDACTED:EMAIL] failed' });
    expect(chat.links[0]!.attributes['link.note']).toBe('same customer, phone [REDACTED:PHONE]');
    for (const span of spans) {
      expect(span.resource['service.name']).toBe('billing-agent');
      expect(span.resource['process.command_args']).toEqual(['node', 'agent.js', '--github-token', '[REDACTED:SECRET]']);
    }
    expect(redactedReceiver.bodies('traces').every((b) => b.resourceSpans.length === 1)).toBe(true);
    const root = spans.find((s) => s.kind === 2)!;
    expect(root.attributes['enduser.id']).toMatch(/^<USER_ID:[0-9a-f]{16}>$/);
    expect(root.attributes['http.response.status_code']).toBe(500);
  });

  it('scrubs log bodies of every shape and log attributes', () => {
    const [first, second, third, fourth] = logRecords;
    expect(first!.body).toBe('charge for [REDACTED:EMAIL] ([REDACTED:PHONE]) failed with card [REDACTED:CREDIT_CARD]');
    expect(first!.attributes['http.request.header.authorization']).toBe('[REDACTED:SECRET]');
    expect(first!.attributes['gen_ai.usage.input_tokens']).toBe(1842);
    const body = second!.body as { customer: Record<string, unknown> };
    expect(body.customer.notes).toEqual(['iban [REDACTED:IBAN]', 7, true]);
    expect(third!.body).toEqual(['retry for [REDACTED:EMAIL]', { api_key: '[REDACTED:SECRET]' }, 3]);
    expect(fourth!.attributes['exception.message']).toBe('token [REDACTED:SECRET] expired');
  });
});

describe('end to end with in-place processors and gzip', () => {
  it('sends gzip bodies whose decompressed bytes carry no planted value', async () => {
    const receiver = await startOtlpReceiver();
    try {
      const tracerProvider = new BasicTracerProvider({
        resource: RESOURCE,
        spanProcessors: [
          PiiRedactingSpanProcessor.inPlace({ spanNames: true }),
          new BatchSpanProcessor(new OTLPTraceExporter({ url: receiver.endpoints.traces, compression: CompressionAlgorithm.GZIP }), {
            scheduledDelayMillis: 20,
          }),
        ],
      });
      const loggerProvider = new LoggerProvider({
        resource: RESOURCE,
        processors: [
          new PiiRedactingLogRecordProcessor(
            new BatchLogRecordProcessor({
              exporter: new OTLPLogExporter({ url: receiver.endpoints.logs, compression: CompressionAlgorithm.GZIP }),
              scheduledDelayMillis: 20,
            }),
          ),
        ],
      });
      recordAgentTurn(tracerProvider, loggerProvider);
      await Promise.all([tracerProvider.forceFlush(), loggerProvider.forceFlush()]);
      const [spans, records] = await Promise.all([receiver.waitForSpans(SPAN_COUNT), receiver.waitForLogRecords(LOG_COUNT)]);
      await Promise.all([tracerProvider.shutdown(), loggerProvider.shutdown()]);

      expect(receiver.requests.every((r) => r.contentEncoding === 'gzip' && r.wire[0] === 0x1f && r.wire[1] === 0x8b)).toBe(true);
      const wire = receiver.rawText();
      // The resource was not asked to be scrubbed here: everything else must be clean.
      expect(leaksIn(wire, PII_VALUES.filter((v) => v !== PII.githubToken))).toEqual([]);
      expect(leaksIn(JSON.stringify([spans.map((s) => [s.name, s.attributes, s.events, s.links, s.status]), records.map((r) => [r.body, r.attributes])]))).toEqual([]);
      expect(spans.find((s) => s.name.startsWith('chat'))!.attributes['gen_ai.usage.output_tokens']).toBe(377);
      expect(new Set(spans.map((s) => s.traceId)).size).toBe(2);
    } finally {
      await receiver.close();
    }
  });
});
