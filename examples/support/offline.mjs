// Lets the examples run with no collector: unless OTEL_EXPORTER_OTLP_ENDPOINT is set, start
// the embedded OTLP receiver and point the standard environment variable at it, so the
// examples construct their exporters exactly as production code does (`new OTLPTraceExporter()`).

import { startOtlpReceiver } from './otlp-receiver.mjs';

/** Call before any exporter is constructed. Returns the receiver, or undefined when an endpoint is configured. */
export async function embeddedReceiverUnlessConfigured() {
  const configured = process.env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (configured) {
    console.log(`exporting to ${configured} (OTEL_EXPORTER_OTLP_ENDPOINT)`);
    return undefined;
  }
  const receiver = await startOtlpReceiver();
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
  // NodeSDK would otherwise also start an OTLP metrics exporter on a 60 s timer.
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  console.log(`exporting to an embedded OTLP receiver at ${receiver.url} (set OTEL_EXPORTER_OTLP_ENDPOINT to use a collector)`);
  return receiver;
}

const show = (value) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Prints, in full, every span and log record the receiver got: this is what left the process. */
export function printReceived(receiver) {
  if (receiver === undefined) return;
  const spans = receiver.spans();
  const records = receiver.logRecords();
  console.log(`\nthe receiver got ${spans.length} span(s) and ${records.length} log record(s):`);
  for (const span of spans) {
    console.log(`span "${span.name}"`);
    for (const [key, value] of Object.entries(span.attributes)) console.log(`  ${key}: ${show(value)}`);
    for (const event of span.events) {
      for (const [key, value] of Object.entries(event.attributes)) console.log(`  event ${event.name} ${key}: ${show(value)}`);
    }
    if (span.status.message) console.log(`  status: ${span.status.message}`);
  }
  for (const record of records) {
    console.log(`log ${record.severityText ?? ''} ${record.eventName ?? ''}`.trimEnd());
    console.log(`  body: ${show(record.body)}`);
    for (const [key, value] of Object.entries(record.attributes)) console.log(`  ${key}: ${show(value)}`);
  }
}
