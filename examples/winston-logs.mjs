// node examples/winston-logs.mjs   (after npm run build)
//
// App logs written with winston reach OpenTelemetry through OpenTelemetryTransportV3
// (@opentelemetry/winston-transport); PiiRedactingLogRecordProcessor scrubs each record
// (message body, metadata, serialised errors) before it is exported.
//
// Note: other winston transports (Console, File) are not OTel telemetry and are not scrubbed
// here. This example has only the OTel transport.

import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { BatchLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { OpenTelemetryTransportV3 } from '@opentelemetry/winston-transport';
import winston from 'winston';
import { PiiRedactingLogRecordProcessor } from 'otel-pii-redact';
import { embeddedReceiverUnlessConfigured, printReceived } from './support/offline.mjs';
import { planted } from './support/planted.mjs';

const receiver = await embeddedReceiverUnlessConfigured();

const sdk = new NodeSDK({
  serviceName: 'billing-worker',
  logRecordProcessors: [new PiiRedactingLogRecordProcessor(new BatchLogRecordProcessor({ exporter: new OTLPLogExporter() }))],
});
sdk.start();

const logger = winston.createLogger({
  level: 'info',
  format: winston.format.combine(winston.format.errors({ stack: true }), winston.format.json()),
  transports: [new OpenTelemetryTransportV3()],
});

// A string message.
logger.info(`refund requested by ${planted.email} for card ${planted.card}`);
// Metadata objects: their fields become attributes (nested maps stay maps).
logger.info('refund approved', {
  customer: { email: planted.mailAddress, phone: planted.phone },
  order: 'ORD-2024-118842',
  amount_usd: 49.99,
});
// An Error whose message carries an email.
logger.error(new Error(`payment provider rejected refund for ${planted.email}`));

// The transport emits asynchronously (on the next tick); let it finish before shutting down.
await new Promise((resolve) => setImmediate(resolve));
await sdk.shutdown();
printReceived(receiver);
await receiver?.close();
