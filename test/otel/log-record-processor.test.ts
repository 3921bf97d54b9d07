import { SeverityNumber } from '@opentelemetry/api-logs';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchLogRecordProcessor,
  InMemoryLogRecordExporter,
  LoggerProvider,
  SimpleLogRecordProcessor,
  type LogRecordProcessor,
  type ReadWriteLogRecord,
} from '@opentelemetry/sdk-logs';
import { afterEach, describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index.js';
import { PiiRedactingLogRecordProcessor } from '../../src/otel/pii-redacting-log-record-processor.js';
import { captureDiag, inputMessages, leaksIn, METADATA, outputMessages, PII } from './fixtures.js';

function setup(options?: ConstructorParameters<typeof PiiRedactingLogRecordProcessor>[1], resource = resourceFromAttributes({ 'service.name': 'chat' })) {
  const exporter = new InMemoryLogRecordExporter();
  const provider = new LoggerProvider({
    resource,
    processors: [new PiiRedactingLogRecordProcessor(new SimpleLogRecordProcessor({ exporter }), options)],
  });
  return { exporter, provider, logger: provider.getLogger('test-logger') };
}

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  dispose = undefined;
});

describe('PiiRedactingLogRecordProcessor', () => {
  it('scrubs string bodies and attributes, keeping metadata', () => {
    const { exporter, logger } = setup();
    logger.emit({
      severityNumber: SeverityNumber.INFO,
      body: `user ${PII.email} paid with ${PII.card}`,
      attributes: { ...METADATA, 'client.phone': PII.ukPhone, 'gen_ai.output.messages': outputMessages() },
    });
    const [record] = exporter.getFinishedLogRecords();
    expect(record!.body).toBe('user [REDACTED:EMAIL] paid with [REDACTED:CREDIT_CARD]');
    expect(leaksIn(JSON.stringify(record!.attributes))).toEqual([]);
    for (const [key, value] of Object.entries(METADATA)) expect(record!.attributes[key]).toEqual(value);
    expect(JSON.parse(record!.attributes['gen_ai.output.messages'] as string)[0].finish_reason).toBe('stop');
  });

  it('walks map and array bodies, applying key rules inside', () => {
    const { exporter, logger } = setup();
    const body = {
      event: 'gen_ai.choice',
      message: { role: 'user', content: `I am ${PII.email}` },
      card_number: PII.otherCard,
      nested: [{ ssn: PII.ssn }, 'plain', 7, true],
      usage: { input_tokens: 12 },
    };
    logger.emit({ body, attributes: { 'gen_ai.input.messages': inputMessages() } });
    const out = exporter.getFinishedLogRecords()[0]!.body as typeof body;
    expect(leaksIn(JSON.stringify(out))).toEqual([]);
    expect(out.event).toBe('gen_ai.choice');
    expect(out.card_number).toBe('[REDACTED:CREDIT_CARD]');
    expect(out.nested.slice(1)).toEqual(['plain', 7, true]);
    expect(out.usage).toBe(body.usage);
  });

  it('scrubs exception attributes set from the exception field', () => {
    const { exporter, logger } = setup();
    logger.emit({ body: 'charge failed', exception: new Error(`declined for ${PII.email}`) });
    const attributes = exporter.getFinishedLogRecords()[0]!.attributes;
    expect(attributes['exception.message']).toBe('declined for [REDACTED:EMAIL]');
    expect(leaksIn(String(attributes['exception.stacktrace']))).toEqual([]);
  });

  it('leaves a clean record untouched', () => {
    const seen: ReadWriteLogRecord[] = [];
    const processor = new PiiRedactingLogRecordProcessor({
      onEmit: (record) => seen.push(record),
      forceFlush: () => Promise.resolve(),
      shutdown: () => Promise.resolve(),
    });
    const provider = new LoggerProvider({ processors: [processor] });
    const body = { status: 'ok', tokens: 5 };
    provider.getLogger('t').emit({ body, attributes: { ...METADATA } });
    expect(seen[0]!.body).toBe(body);
    expect(seen[0]!.attributes).toEqual(METADATA);
  });

  it('as a plain first member, protects every processor after it', async () => {
    const simple = new InMemoryLogRecordExporter();
    const batched = new InMemoryLogRecordExporter();
    const provider = new LoggerProvider({
      processors: [
        new PiiRedactingLogRecordProcessor(),
        new SimpleLogRecordProcessor({ exporter: simple }),
        new BatchLogRecordProcessor({ exporter: batched, scheduledDelayMillis: 10 }),
      ],
    });
    provider.getLogger('t').emit({ body: `mail ${PII.email}`, attributes: { key: PII.githubToken } });
    await provider.forceFlush();
    for (const exporter of [simple, batched]) {
      const [record] = exporter.getFinishedLogRecords();
      expect(record!.body).toBe('mail [REDACTED:EMAIL]');
      expect(leaksIn(JSON.stringify(record!.attributes))).toEqual([]);
    }
    await provider.shutdown();
  });

  it('scrubs the resource only when asked, keeping one resource object per original', () => {
    const resource = resourceFromAttributes({ 'service.name': 'chat', 'deployment.owner': PII.email });
    const plain = setup(undefined, resource);
    plain.logger.emit({ body: 'x' });
    expect(plain.exporter.getFinishedLogRecords()[0]!.resource.attributes['deployment.owner']).toBe(PII.email);
    const scrubbed = setup({ resource: true }, resource);
    scrubbed.logger.emit({ body: 'x' });
    scrubbed.logger.emit({ body: 'y' });
    const [a, b] = scrubbed.exporter.getFinishedLogRecords();
    expect(a!.resource.attributes).toEqual({ 'service.name': 'chat', 'deployment.owner': '[REDACTED:EMAIL]' });
    expect(a!.resource).toBe(b!.resource);
  });

  it('forwards enabled to next, and answers false without next so other processors decide', () => {
    const context = {} as Parameters<NonNullable<LogRecordProcessor['enabled']>>[0]['context'];
    const options = { context, instrumentationScope: { name: 't' }, severityNumber: SeverityNumber.DEBUG };
    const selective: LogRecordProcessor = {
      onEmit: () => undefined,
      enabled: (o) => (o.severityNumber ?? 0) >= SeverityNumber.INFO,
      forceFlush: () => Promise.resolve(),
      shutdown: () => Promise.resolve(),
    };
    expect(new PiiRedactingLogRecordProcessor(selective).enabled(options)).toBe(false);
    expect(new PiiRedactingLogRecordProcessor(selective).enabled({ ...options, severityNumber: SeverityNumber.WARN })).toBe(true);
    const noEnabled: LogRecordProcessor = { onEmit: () => undefined, forceFlush: () => Promise.resolve(), shutdown: () => Promise.resolve() };
    expect(new PiiRedactingLogRecordProcessor(noEnabled).enabled(options)).toBe(true);
    expect(new PiiRedactingLogRecordProcessor().enabled(options)).toBe(false);

    // End to end: a lone in-place member does not switch on a logger the others switched off.
    const onlyWarnings: LogRecordProcessor = { ...selective, enabled: (o) => (o.severityNumber ?? 0) >= SeverityNumber.WARN };
    const provider = new LoggerProvider({ processors: [new PiiRedactingLogRecordProcessor(), onlyWarnings] });
    const logger = provider.getLogger('t');
    expect(logger.enabled?.({ severityNumber: SeverityNumber.DEBUG })).toBe(false);
    expect(logger.enabled?.({ severityNumber: SeverityNumber.ERROR })).toBe(true);
  });

  it('forwards forceFlush options and shutdown', async () => {
    const calls: unknown[] = [];
    const next: LogRecordProcessor = {
      onEmit: () => undefined,
      forceFlush: (options) => {
        calls.push(['flush', options]);
        return Promise.resolve();
      },
      shutdown: () => {
        calls.push(['shutdown']);
        return Promise.resolve();
      },
    };
    const processor = new PiiRedactingLogRecordProcessor(next);
    await processor.forceFlush({ timeoutMillis: 1234 });
    await processor.shutdown();
    expect(calls).toEqual([['flush', { timeoutMillis: 1234 }], ['shutdown']]);
  });

  it('catches a throwing next.onEmit and reports it once, without values', () => {
    const diagLog = captureDiag();
    dispose = diagLog.dispose;
    const next: LogRecordProcessor = {
      onEmit: () => {
        throw new TypeError(`bad ${PII.email}`);
      },
      forceFlush: () => Promise.resolve(),
      shutdown: () => Promise.resolve(),
    };
    const logger = new LoggerProvider({ processors: [new PiiRedactingLogRecordProcessor(next)] }).getLogger('t');
    expect(() => {
      logger.emit({ body: PII.email });
      logger.emit({ body: PII.email });
    }).not.toThrow();
    const errors = diagLog.messages.filter((m) => m.includes('PiiRedactingLogRecordProcessor'));
    expect(errors).toEqual([expect.stringContaining('next.onEmit failed (TypeError)')]);
    expect(leaksIn(diagLog.messages.join('\n'))).toEqual([]);
  });

  it('fails closed when redaction throws: body and every attribute value replaced, next still called', () => {
    const diagLog = captureDiag();
    dispose = diagLog.dispose;
    const real = createRedactor();
    const exploding = Object.create(real) as typeof real;
    exploding.redactValue = () => {
      throw new Error('boom');
    };
    const { exporter, logger } = setup({ redactor: exploding });
    logger.emit({ body: { text: PII.email }, attributes: { a: PII.card, n: 1 } });
    const [record] = exporter.getFinishedLogRecords();
    expect(record!.body).toBe('[REDACTED:UNSCANNED]');
    expect(record!.attributes).toEqual({ a: '[REDACTED:UNSCANNED]', n: '[REDACTED:UNSCANNED]' });
  });

  it('scrubs large batches of GenAI logs without leaking', async () => {
    const exporter = new InMemoryLogRecordExporter();
    const provider = new LoggerProvider({
      processors: [new PiiRedactingLogRecordProcessor(new BatchLogRecordProcessor({ exporter, scheduledDelayMillis: 10 }))],
    });
    const logger = provider.getLogger('t');
    for (let i = 0; i < 50; i++) logger.emit({ eventName: 'gen_ai.client.inference.operation.details', body: { input: inputMessages(), i } });
    await provider.forceFlush();
    const records = exporter.getFinishedLogRecords();
    expect(records).toHaveLength(50);
    expect(records.map((r) => r.eventName)).toEqual(new Array(50).fill('gen_ai.client.inference.operation.details'));
    expect(leaksIn(JSON.stringify(records.map((r) => r.body)))).toEqual([]);
    await provider.shutdown();
  });
});
