// node examples/vendor-exporter.mjs   (after npm run build)
//
// When a vendor SDK owns the tracer provider and its processors and only lets you hand it
// an exporter, wrap that exporter: PiiRedactingSpanExporter / PiiRedactingLogRecordExporter
// scrub each batch before the vendor's exporter serialises it. Runs offline: the "vendor"
// exporters here are the SDK's console exporters, so what would leave is printed.

import { SpanKind } from '@opentelemetry/api';
import { ConsoleLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, ConsoleSpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { PiiRedactingLogRecordExporter, PiiRedactingSpanExporter } from 'otel-pii-redact';
import { planted } from './support/planted.mjs';

/** Stand-in for a vendor's setup function: it builds the providers, you only pass exporters. */
function startVendorTelemetry({ spanExporter, logExporter }) {
  return {
    tracerProvider: new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spanExporter)] }),
    loggerProvider: new LoggerProvider({ processors: [new SimpleLogRecordProcessor({ exporter: logExporter })] }),
  };
}

// Emails become stable pseudonyms instead of placeholders, so one customer's requests still
// group together. The key must come from your secret store; this literal is for the example only.
const policy = {
  strategies: { EMAIL: 'hash' },
  hashKey: process.env.OTEL_PII_REDACT_HASH_KEY ?? 'example-only-hash-key-0001',
};

const { tracerProvider, loggerProvider } = startVendorTelemetry({
  spanExporter: new PiiRedactingSpanExporter(new ConsoleSpanExporter(), { policy }),
  logExporter: new PiiRedactingLogRecordExporter(new ConsoleLogRecordExporter(), { policy }),
});

const span = tracerProvider.getTracer('checkout').startSpan('execute_tool create_refund', { kind: SpanKind.INTERNAL });
span.setAttributes({
  'gen_ai.operation.name': 'execute_tool',
  'gen_ai.tool.name': 'create_refund',
  'gen_ai.tool.call.arguments': JSON.stringify({ email: planted.email, iban: planted.iban, amount_usd: 49.99 }),
});
span.addEvent('gen_ai.tool.call.result', { 'gen_ai.tool.call.result': `refund queued for ${planted.email}` });
span.end();

loggerProvider.getLogger('checkout').emit({
  body: `refund of 49.99 USD to ${planted.iban} for ${planted.email}`,
  attributes: { 'http.request.header.authorization': `Bearer ${planted.jwt}` },
});

await tracerProvider.shutdown();
await loggerProvider.shutdown();
