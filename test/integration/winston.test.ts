// Row: application logs through winston with @opentelemetry/winston-transport's
// OpenTelemetryTransportV3 added as a transport. winston's `message` becomes the body (a
// string, or a map when the app logs an object as the message); the other fields become
// attributes (nested objects as maps, Buffers as OTLP bytes, which travel base64-encoded);
// an Error under `error` becomes `exception.*` plus `error.cause.*` attributes for its cause.
//
// The transport is a plain winston transport, so no require hook is involved and winston is
// imported normally.
import { Writable } from 'node:stream';
import { SpanKind, trace } from '@opentelemetry/api';
import { OpenTelemetryTransportV3 } from '@opentelemetry/winston-transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import winston from 'winston';
import type { ReceivedLogRecord, ReceivedSpan } from '../../examples/support/otlp-receiver.mjs';
import { plantedIn } from './support/checks.js';
import { MODEL, TOOL_RESULT } from './support/conversation.js';
import { startPipeline, type TelemetryPipeline } from './support/pipeline.js';
import { PLANTED, SAFE_WORDS } from './support/planted.js';
import { itKeepsTheRedactionContract } from './support/redaction-contract.js';

function recordWithBody(records: readonly ReceivedLogRecord[], start: string): ReceivedLogRecord {
  const record = records.find((candidate) => typeof candidate.body === 'string' && candidate.body.startsWith(start));
  if (record === undefined) throw new Error(`no log record whose body starts with "${start}"`);
  return record;
}

describe('winston + @opentelemetry/winston-transport (OpenTelemetryTransportV3)', () => {
  let pipeline: TelemetryPipeline;
  let records: ReceivedLogRecord[];
  let turn: ReceivedSpan;

  beforeAll(async () => {
    pipeline = await startPipeline({ serviceName: 'integration-winston' });
    const discard = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    const logger = winston.createLogger({
      level: 'debug',
      format: winston.format.combine(winston.format.errors({ stack: true }), winston.format.json()),
      defaultMeta: { service: 'support-api' },
      transports: [new OpenTelemetryTransportV3(), new winston.transports.Stream({ stream: discard })],
    });

    trace.getTracer('support-app', '1.0.0').startActiveSpan('support turn (winston)', { kind: SpanKind.SERVER }, (span) => {
      logger.info(`refund requested by ${PLANTED.email} for order ${SAFE_WORDS.order} from ${PLANTED.ipAddress}`);
      logger.info('customer record loaded', {
        customer: { name: PLANTED.personName, email: PLANTED.email, phone: PLANTED.usPhone, ssn: PLANTED.ssn },
        payment: { iban: PLANTED.iban, card_number: PLANTED.card, brand: 'visa' },
        order_id: SAFE_WORDS.order,
        tags: ['refund', `contact:${PLANTED.otherEmail}`],
      });
      // winston's types say `message` is a string; at run time any value passes through to the body.
      const structuredMessage: unknown = { event: 'tool_result', tool: SAFE_WORDS.toolName, result: TOOL_RESULT, model: MODEL };
      logger.log({ level: 'info', message: structuredMessage as string });
      logger.debug('outbound call', { headers: { Authorization: `Bearer ${PLANTED.openAiKey}`, 'X-Request-Id': 'req_51c0a2' }, session: PLANTED.jwt });
      logger.warn(`deploy used token ${PLANTED.gitHubToken} and AWS key ${PLANTED.awsAccessKey}`);
      logger.warn('webhook payload rejected', {
        payload: Buffer.from(JSON.stringify({ email: PLANTED.email, card: PLANTED.compactCard, address: PLANTED.streetAddress })),
        status: 422,
      });
      const cause = new Error(`connect ECONNREFUSED postgres://billing:${PLANTED.password}@db.internal:5432/payments (callback ${PLANTED.ukPhone})`);
      logger.error('refund failed', { error: new Error(`card declined for ${PLANTED.email}; receipt to ${PLANTED.otherEmail}`, { cause }) });
      span.end();
    });
    await pipeline.flush();
    records = pipeline.receiver.logRecords();
    turn = pipeline.receiver.spans().find((span) => span.name === 'support turn (winston)')!;
  });

  afterAll(async () => {
    await pipeline?.shutdown();
  });

  itKeepsTheRedactionContract(() => pipeline, [
    'personName', 'email', 'otherEmail', 'usPhone', 'ukPhone', 'card', 'compactCard', 'iban', 'ssn', 'ipAddress',
    'streetAddress', 'awsAccessKey', 'openAiKey', 'gitHubToken', 'jwt', 'password',
  ]);

  it('every entry arrives with severity, default meta and the trace context of the active span', () => {
    expect(records).toHaveLength(7);
    expect(records.map((record) => record.severityText)).toEqual(['info', 'info', 'info', 'debug', 'warn', 'warn', 'error']);
    expect(records.every((record) => record.attributes.service === 'support-api')).toBe(true);
    expect(records.every((record) => record.traceId === turn.traceId && record.spanId === turn.spanId)).toBe(true);
  });

  it('string bodies keep their words; metadata objects arrive as scrubbed nested maps', () => {
    const requested = recordWithBody(records, 'refund requested by');
    expect(String(requested.body)).toContain(`for order ${SAFE_WORDS.order} from`);
    const loaded = recordWithBody(records, 'customer record loaded');
    expect(Object.keys(loaded.attributes.customer as object).sort()).toEqual(['email', 'name', 'phone', 'ssn']);
    expect(loaded.attributes.payment).toMatchObject({ brand: 'visa' });
    expect(loaded.attributes.order_id).toBe(SAFE_WORDS.order);
    expect((loaded.attributes.tags as string[])[0]).toBe('refund');
    const outbound = recordWithBody(records, 'outbound call');
    expect((outbound.attributes.headers as Record<string, unknown>)['X-Request-Id']).toBe('req_51c0a2');
    expect(plantedIn([requested.body, loaded.attributes, outbound.attributes])).toEqual([]);
  });

  it('an object logged as the message arrives as a map body, scrubbed leaf by leaf', () => {
    const record = records.find((candidate) => typeof candidate.body === 'object' && candidate.body !== null);
    const body = record?.body as { event: string; tool: string; model: string; result: { order: { id: string }; customer: Record<string, string> } };
    expect(body.event).toBe('tool_result');
    expect(body.tool).toBe(SAFE_WORDS.toolName);
    expect(body.model).toBe(MODEL);
    expect(body.result.order.id).toBe(SAFE_WORDS.order);
    expect(Object.keys(body.result.customer)).toEqual(Object.keys(TOOL_RESULT.customer));
    expect(plantedIn(body)).toEqual([]);
  });

  it('a Buffer attribute (OTLP bytes, base64 on the wire) does not carry the planted values', () => {
    const rejected = recordWithBody(records, 'webhook payload rejected');
    expect(rejected.attributes.status).toBe(422);
    const payload = rejected.attributes.payload;
    const decoded = typeof payload === 'string' ? Buffer.from(payload, 'base64').toString('utf8') : JSON.stringify(payload);
    expect(plantedIn([payload, decoded])).toEqual([]);
  });

  it('an Error whose message carries an email, and its cause, become scrubbed exception.* / error.cause.* attributes', () => {
    const failed = recordWithBody(records, 'refund failed');
    expect(failed.attributes['exception.type']).toBe('Error');
    expect(String(failed.attributes['exception.message'])).toMatch(/^card declined for /);
    expect(String(failed.attributes['exception.stacktrace'])).toContain('winston.test.ts');
    expect(String(failed.attributes['error.cause.message'])).toMatch(/^connect ECONNREFUSED postgres:\/\//);
    expect(failed.attributes['error.cause.type']).toBe('Error');
    expect(plantedIn(failed.attributes)).toEqual([]);
  });

  it('a database URL in the error cause loses only its credentials: host, port and database stay', () => {
    const failed = recordWithBody(records, 'refund failed');
    expect(String(failed.attributes['error.cause.message'])).toContain('@db.internal:5432/payments');
  });
});
