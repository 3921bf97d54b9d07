// npm run demo
//
// An LLM app (a billing assistant, with a stand-in model on loopback) records GenAI spans and
// log events full of a customer's personal data and a few secrets. Its telemetry goes through
// PiiRedactingSpanProcessor / PiiRedactingLogRecordProcessor and the real OTLP/HTTP exporters
// to an OTLP receiver embedded in this process, which keeps every byte it was sent. The demo
// prints what the app recorded beside what left the process and checks that none of the
// planted values is among those bytes, while model names, token counts, ids and durations
// came through unchanged. Exit code 0 only if nothing leaked.
//
// With OTEL_EXPORTER_OTLP_ENDPOINT set (e.g. http://localhost:4318, see docker-compose.yml),
// the telemetry goes there instead and the check runs on the OTLP/JSON the exporters sent.

import { logs } from '@opentelemetry/api-logs';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchLogRecordProcessor, LoggerProvider } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { PiiRedactingLogRecordProcessor, PiiRedactingSpanProcessor } from '../dist/index.js';
import { RecordingLogRecordProcessor, RecordingSpanProcessor, TeeLogRecordExporter, TeeSpanExporter } from './support/capture.mjs';
import { startModelServer } from './support/model-server.mjs';
import { startOtlpReceiver } from './support/otlp-receiver.mjs';
import { planted, plantedEntries } from './support/planted.mjs';
import { bold, dim, green, plantedFoundIn, printLogDiffs, printSpanDiffs, red } from './support/report.mjs';
import { runSupportConversation } from './support/support-app.mjs';

/** Metadata dashboards depend on: must leave the process exactly as recorded. */
const METADATA_KEYS = [
  'gen_ai.operation.name',
  'gen_ai.provider.name',
  'gen_ai.request.model',
  'gen_ai.request.temperature',
  'gen_ai.response.model',
  'gen_ai.response.id',
  'gen_ai.response.finish_reasons',
  'gen_ai.usage.input_tokens',
  'gen_ai.usage.output_tokens',
  'gen_ai.tool.call.id',
  'http.response.status_code',
];

const remoteEndpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || undefined;

function nanosToMs(start, end) {
  return Number(BigInt(end) - BigInt(start)) / 1e6;
}

/** The receiver's decoded spans and records, in the shape the recording taps produce. */
function fromReceiver(receiver) {
  const spans = receiver.spans().map((span) => ({
    name: span.name,
    traceId: span.traceId,
    spanId: span.spanId,
    durationMs: nanosToMs(span.startTimeUnixNano, span.endTimeUnixNano),
    attributes: span.attributes,
    events: span.events,
    status: span.status,
  }));
  const records = receiver.logRecords().map((record) => ({
    eventName: record.eventName,
    severityText: record.severityText,
    body: record.body,
    attributes: record.attributes,
  }));
  return { spans, records };
}

/** Each metadata value, span id and duration as recorded vs as exported; returns the mismatches. */
function checkMetadata(recordedSpans, exportedSpans) {
  const exportedById = new Map(exportedSpans.map((span) => [span.spanId, span]));
  let checks = 0;
  const broken = [];
  for (const span of recordedSpans) {
    const out = exportedById.get(span.spanId);
    checks++;
    if (out === undefined || out.traceId !== span.traceId) {
      broken.push(`span "${span.name}" missing or re-parented`);
      continue;
    }
    checks++;
    if (Math.abs(out.durationMs - span.durationMs) > 0.001) broken.push(`duration of "${span.name}"`);
    for (const key of METADATA_KEYS) {
      if (!(key in span.attributes)) continue;
      checks++;
      if (JSON.stringify(out.attributes[key]) !== JSON.stringify(span.attributes[key])) broken.push(`${key} on "${span.name}"`);
    }
  }
  return { checks, broken };
}

async function main() {
  const receiver = remoteEndpoint === undefined ? await startOtlpReceiver() : undefined;
  const model = await startModelServer();
  const apiKey = planted.openAiKey;

  const traceExporter = new TeeSpanExporter(new OTLPTraceExporter(receiver ? { url: receiver.endpoints.traces } : {}));
  const logExporter = new TeeLogRecordExporter(new OTLPLogExporter(receiver ? { url: receiver.endpoints.logs } : {}));
  const recordedSpans = new RecordingSpanProcessor();
  const recordedLogs = new RecordingLogRecordProcessor();
  const resource = resourceFromAttributes({ 'service.name': 'billing-assistant-demo' });

  // The setup this demo is about: one wrapping processor per signal, in front of the usual batchers.
  const tracerProvider = new BasicTracerProvider({
    resource,
    spanProcessors: [recordedSpans, new PiiRedactingSpanProcessor(new BatchSpanProcessor(traceExporter))],
  });
  const loggerProvider = new LoggerProvider({
    resource,
    processors: [recordedLogs, new PiiRedactingLogRecordProcessor(new BatchLogRecordProcessor({ exporter: logExporter }))],
  });
  logs.setGlobalLoggerProvider(loggerProvider);

  console.log(bold('otel-pii-redact demo: a billing assistant talks to a model and records everything\n'));
  console.log(`model:     stand-in OpenAI-compatible server at ${model.url}`);
  console.log(
    remoteEndpoint === undefined
      ? `telemetry: OTLP/HTTP to an embedded receiver at ${receiver.url} (loopback only)`
      : `telemetry: OTLP/HTTP to ${remoteEndpoint} (OTEL_EXPORTER_OTLP_ENDPOINT); the leak check reads the OTLP/JSON sent there`,
  );
  console.log(dim('legend:    - as the app recorded it   + as it left the process\n'));

  try {
    await runSupportConversation({
      tracer: tracerProvider.getTracer('billing-assistant'),
      logger: loggerProvider.getLogger('billing-assistant'),
      modelUrl: model.url,
      apiKey,
    });
    await tracerProvider.forceFlush();
    await loggerProvider.forceFlush();
    if (receiver !== undefined) {
      await receiver.waitForSpans(recordedSpans.spans.length);
      await receiver.waitForLogRecords(recordedLogs.records.length);
    }

    const exported = receiver ? fromReceiver(receiver) : { spans: traceExporter.spans, records: logExporter.records };
    const entries = plantedEntries();
    const plantedValues = entries.map(([, value]) => value);
    printSpanDiffs(recordedSpans.spans, exported.spans, plantedValues);
    printLogDiffs(recordedLogs.records, exported.records, plantedValues);

    const recordedText = JSON.stringify([recordedSpans.spans, recordedLogs.records]);
    const wireText = receiver ? receiver.rawText() : [...traceExporter.wire, ...logExporter.wire].join('\n');
    const recorded = plantedFoundIn(recordedText, entries);
    const leaked = plantedFoundIn(wireText, entries);
    const metadata = checkMetadata(recordedSpans.spans, exported.spans);

    const source = receiver ? `${receiver.requests.length} OTLP requests received` : 'OTLP/JSON handed to the exporters';
    console.log(bold('result'));
    console.log(`  planted values recorded by the app: ${recorded.length} of ${entries.length}`);
    const notRecorded = entries.filter((entry) => !recorded.includes(entry));
    for (const [label] of notRecorded) console.log(red(`    not recorded (demo broken): ${label}`));
    console.log(`  checked: ${source}, ${exported.spans.length} spans, ${exported.records.length} log records`);
    for (const [label, value] of leaked) console.log(red(`  LEAKED ${label}: ${value}`));
    const metadataLine = `  metadata intact: ${metadata.checks - metadata.broken.length} of ${metadata.checks} checks (model, usage, ids, finish reasons, durations)`;
    console.log(metadata.broken.length === 0 ? metadataLine : red(metadataLine));
    for (const item of metadata.broken) console.log(red(`    changed: ${item}`));

    const verdict = `${leaked.length} of ${entries.length} planted values left the process`;
    const ok = leaked.length === 0 && metadata.broken.length === 0 && notRecorded.length === 0;
    console.log(ok ? green(verdict) : red(verdict));
    process.exitCode = ok ? 0 : 1;
  } finally {
    await tracerProvider.shutdown();
    await loggerProvider.shutdown();
    await model.close();
    await receiver?.close();
  }
}

main().catch((error) => {
  console.error(`demo failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
