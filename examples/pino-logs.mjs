// node examples/pino-logs.mjs   (after npm run build)
//
// App logs written with pino reach OpenTelemetry through the log bridge of
// @opentelemetry/instrumentation-pino; PiiRedactingLogRecordProcessor scrubs each record
// (message body, merged objects, serialised errors) before it is exported.
//
// Note: pino's own output (stdout, files) is not OTel telemetry and is not scrubbed here.
// This example sends it nowhere; in an app, use pino's `redact` option for it, or log to OTel only.

import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { PinoInstrumentation } from '@opentelemetry/instrumentation-pino';
import { BatchLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { PiiRedactingLogRecordProcessor } from 'otel-pii-redact';
import { embeddedReceiverUnlessConfigured, printReceived } from './support/offline.mjs';
import { planted } from './support/planted.mjs';

const receiver = await embeddedReceiverUnlessConfigured();

const sdk = new NodeSDK({
  serviceName: 'billing-worker',
  logRecordProcessors: [new PiiRedactingLogRecordProcessor(new BatchLogRecordProcessor({ exporter: new OTLPLogExporter() }))],
  instrumentations: [new PinoInstrumentation()],
});
sdk.start();

// The instrumentation patches pino when it is required, so load pino after sdk.start().
const pino = createRequire(import.meta.url)('pino');
const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
const logger = pino({ level: 'info' }, discard);

// A string message.
logger.info(`refund requested by ${planted.email} for card ${planted.card}`);
// An object merged into the record: its fields become attributes (nested maps stay maps).
logger.info(
  { customer: { email: planted.mailAddress, phone: planted.phone }, order: 'ORD-2024-118842', amount_usd: 49.99 },
  'refund approved',
);
// An Error whose message carries an email: exported as exception.message / exception.stacktrace.
logger.error(new Error(`payment provider rejected refund for ${planted.email}`), 'refund failed');

await sdk.shutdown();
printReceived(receiver);
await receiver?.close();
