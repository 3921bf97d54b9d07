// Row: application logs through pino with @opentelemetry/instrumentation-pino sending each
// line to the OpenTelemetry Logs API. Pino's message becomes the body (always a string); the
// merged object and child bindings become attributes, nested objects as OTLP maps; an Error
// under `err` becomes `exception.type` / `exception.message` / `exception.stacktrace`.
//
// The instrumentation patches `pino` through a require hook, so pino is loaded with
// `createRequire` after `registerInstrumentations`. Only the OTLP path is scrubbed: pino's
// own destination still receives the raw line, which the last test pins down.
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { SpanKind, trace } from '@opentelemetry/api';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { PinoInstrumentation } from '@opentelemetry/instrumentation-pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceivedLogRecord, ReceivedSpan } from '../../examples/support/otlp-receiver.mjs';
import { plantedIn } from './support/checks.js';
import { MODEL, TOOL_RESULT, USER_PROMPT } from './support/conversation.js';
import { startPipeline, type TelemetryPipeline } from './support/pipeline.js';
import { PLANTED, SAFE_WORDS } from './support/planted.js';
import { itKeepsTheRedactionContract } from './support/redaction-contract.js';

type Pino = typeof import('pino');

function recordWithBody(records: readonly ReceivedLogRecord[], start: string): ReceivedLogRecord {
  const record = records.find((candidate) => typeof candidate.body === 'string' && candidate.body.startsWith(start));
  if (record === undefined) throw new Error(`no log record whose body starts with "${start}"`);
  return record;
}

describe('pino + @opentelemetry/instrumentation-pino (log sending)', () => {
  let pipeline: TelemetryPipeline;
  let records: ReceivedLogRecord[];
  let turn: ReceivedSpan;
  const localLines: string[] = [];

  beforeAll(async () => {
    pipeline = await startPipeline({ serviceName: 'integration-pino' });
    registerInstrumentations({ instrumentations: [new PinoInstrumentation()] });
    const pino = createRequire(import.meta.url)('pino') as Pino;
    const destination = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        localLines.push(chunk.toString('utf8'));
        callback();
      },
    });
    const logger = pino.pino({ level: 'debug' }, destination);

    trace.getTracer('support-app', '1.0.0').startActiveSpan('support turn (pino)', { kind: SpanKind.SERVER }, (span) => {
      const request = logger.child({ requestId: 'req_8d2f61', clientIp: PLANTED.ipAddress, userEmail: PLANTED.email });
      request.info(`refund requested by ${PLANTED.email} for order ${SAFE_WORDS.order}`);
      request.info(
        {
          customer: { name: PLANTED.personName, email: PLANTED.email, phone: PLANTED.usPhone, address: PLANTED.streetAddress },
          payment: { card: PLANTED.card, iban: PLANTED.iban, last4: '1111' },
          order_id: SAFE_WORDS.order,
          password: PLANTED.password,
        },
        'customer record loaded',
      );
      request.debug({ model: MODEL, prompt: USER_PROMPT, usage: { prompt_tokens: 377, completion_tokens: 64 } }, 'llm call finished');
      request.debug({ toolResult: JSON.stringify(TOOL_RESULT) }, 'tool result received');
      request.info({ headers: { authorization: `Bearer ${PLANTED.openAiKey}`, 'x-request-id': 'req_8d2f61' }, session: PLANTED.jwt }, 'outbound call');
      request.warn(`deploy used token ${PLANTED.gitHubToken} and AWS key ${PLANTED.awsAccessKey}; SSN ${PLANTED.ssn} was in the payload`);
      request.error(new Error(`card declined for ${PLANTED.email} (card ${PLANTED.compactCard}, call ${PLANTED.ukPhone})`), 'refund failed');
      request.error({ err: new Error(`mailbox ${PLANTED.otherEmail} rejected the receipt`), attempt: 2 }, 'receipt not sent');
      span.end();
    });
    await pipeline.flush();
    records = pipeline.receiver.logRecords();
    turn = pipeline.receiver.spans().find((span) => span.name === 'support turn (pino)')!;
  });

  afterAll(async () => {
    await pipeline?.shutdown();
  });

  itKeepsTheRedactionContract(() => pipeline, [
    'personName', 'email', 'otherEmail', 'usPhone', 'ukPhone', 'card', 'compactCard', 'iban', 'ssn', 'ipAddress',
    'streetAddress', 'awsAccessKey', 'openAiKey', 'gitHubToken', 'jwt', 'password',
  ]);

  it('every line arrives, with severity, scope and the trace context of the active span', () => {
    expect(records).toHaveLength(8);
    expect(records.map((record) => record.severityText)).toEqual(['info', 'info', 'debug', 'debug', 'info', 'warn', 'error', 'error']);
    expect(records.every((record) => record.scope.name === '@opentelemetry/instrumentation-pino')).toBe(true);
    expect(records.every((record) => record.traceId === turn.traceId && record.spanId === turn.spanId)).toBe(true);
  });

  it('string bodies keep their words; child bindings are scrubbed, the request id kept', () => {
    const requested = recordWithBody(records, 'refund requested by');
    expect(requested.body).toMatch(new RegExp(`for order ${SAFE_WORDS.order}$`));
    expect(requested.attributes.requestId).toBe('req_8d2f61');
    expect(plantedIn([requested.body, requested.attributes])).toEqual([]);
    const deploy = recordWithBody(records, 'deploy used token');
    expect(deploy.body).toContain('was in the payload');
    expect(plantedIn(deploy.body)).toEqual([]);
  });

  it('merged objects arrive as nested attribute maps, values scrubbed, keys and metadata kept', () => {
    const loaded = recordWithBody(records, 'customer record loaded');
    const customer = loaded.attributes.customer as Record<string, unknown>;
    expect(Object.keys(customer).sort()).toEqual(['address', 'email', 'name', 'phone']);
    expect(loaded.attributes.payment).toMatchObject({ last4: '1111' });
    expect(loaded.attributes.order_id).toBe(SAFE_WORDS.order);
    expect(plantedIn(loaded.attributes)).toEqual([]);

    const llm = recordWithBody(records, 'llm call finished');
    expect(llm.attributes.model).toBe(MODEL);
    expect(llm.attributes.usage).toEqual({ prompt_tokens: 377, completion_tokens: 64 });
    expect(String(llm.attributes.prompt)).toContain(SAFE_WORDS.promptPhrase);

    const tool = recordWithBody(records, 'tool result received');
    const result = JSON.parse(String(tool.attributes.toolResult)) as { order: { id: string } };
    expect(result.order.id).toBe(SAFE_WORDS.order);

    const outbound = recordWithBody(records, 'outbound call');
    expect((outbound.attributes.headers as Record<string, unknown>)['x-request-id']).toBe('req_8d2f61');
  });

  it('an Error whose message carries an email becomes scrubbed exception.* attributes, stack frames kept', () => {
    const failed = recordWithBody(records, 'refund failed');
    expect(failed.attributes['exception.type']).toBe('Error');
    expect(String(failed.attributes['exception.message'])).toMatch(/^card declined for /);
    const stack = String(failed.attributes['exception.stacktrace']);
    expect(stack).toMatch(/^Error: card declined for /);
    expect(stack).toContain('pino.test.ts');
    const receipt = recordWithBody(records, 'receipt not sent');
    expect(String(receipt.attributes['exception.message'])).toMatch(/^mailbox .* rejected the receipt$/);
    expect(receipt.attributes.attempt).toBe(2);
    expect(plantedIn([failed.attributes, receipt.attributes])).toEqual([]);
  });

  it('pino’s own destination is not touched: only the OTLP path is scrubbed', () => {
    expect(localLines).toHaveLength(8);
    expect(localLines.join('')).toContain(PLANTED.email);
  });
});
