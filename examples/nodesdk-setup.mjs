// node examples/nodesdk-setup.mjs   (after npm run build)
//
// The whole setup with NodeSDK: wrap the processors you would use anyway. Everything the
// SDK exports (spans, span events, log records) is scrubbed inside the process first.
// Runs offline: without OTEL_EXPORTER_OTLP_ENDPOINT it ships to an embedded receiver and
// prints what arrived.

import { SpanStatusCode, trace } from '@opentelemetry/api';
import { logs } from '@opentelemetry/api-logs';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BatchLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { PiiRedactingLogRecordProcessor, PiiRedactingSpanProcessor } from 'otel-pii-redact';
import { embeddedReceiverUnlessConfigured, printReceived } from './support/offline.mjs';
import { planted } from './support/planted.mjs';

const receiver = await embeddedReceiverUnlessConfigured();

// ---- the setup -------------------------------------------------------------------------
const sdk = new NodeSDK({
  serviceName: 'support-bot',
  spanProcessors: [new PiiRedactingSpanProcessor(new BatchSpanProcessor(new OTLPTraceExporter()))],
  logRecordProcessors: [new PiiRedactingLogRecordProcessor(new BatchLogRecordProcessor({ exporter: new OTLPLogExporter() }))],
});
sdk.start();
// ----------------------------------------------------------------------------------------

// Something to export: a GenAI chat span and a GenAI log event, as an instrumented LLM client records them.
const tracer = trace.getTracer('support-bot');
tracer.startActiveSpan('chat gpt-4o-mini', (span) => {
  span.setAttributes({
    'gen_ai.operation.name': 'chat',
    'gen_ai.request.model': 'gpt-4o-mini',
    'gen_ai.usage.input_tokens': 58,
    'gen_ai.usage.output_tokens': 21,
    'gen_ai.input.messages': JSON.stringify([
      { role: 'user', parts: [{ type: 'text', content: `Please email the invoice to ${planted.email}, card ${planted.card}` }] },
    ]),
    'enduser.id': planted.customerId,
  });
  span.setStatus({ code: SpanStatusCode.OK });
  span.end();
});
logs.getLogger('support-bot').emit({
  eventName: 'gen_ai.user.message',
  body: { role: 'user', content: `Call me on ${planted.phone}` },
});

await sdk.shutdown();
printReceived(receiver);
await receiver?.close();
