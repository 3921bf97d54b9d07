// The telemetry pipeline every row exports through: global tracer and logger providers whose
// redacting processors hand spans and log records to the real OTLP/HTTP exporters, aimed at a
// loopback receiver. A control capture sits beside the redacting processors and keeps an
// unredacted snapshot of everything recorded, to prove the instrumentation really emitted
// the planted values and to compare metadata before and after redaction.
import { context, trace } from '@opentelemetry/api';
import { logs } from '@opentelemetry/api-logs';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchLogRecordProcessor, LoggerProvider, type LogRecordProcessor, type ReadWriteLogRecord } from '@opentelemetry/sdk-logs';
import { BatchSpanProcessor, type ReadableSpan, type SpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { startOtlpReceiver, type OtlpReceiver } from '../../../examples/support/otlp-receiver.mjs';
import { PiiRedactingLogRecordProcessor } from '../../../src/otel/pii-redacting-log-record-processor.js';
import { PiiRedactingSpanProcessor } from '../../../src/otel/pii-redacting-span-processor.js';
import type { RedactionPolicy } from '../../../src/index.js';

/** An unredacted span as the control capture saw it in `onEnd`. */
export interface ControlSpan {
  readonly spanId: string;
  readonly parentSpanId: string | undefined;
  readonly name: string;
  readonly attributes: Record<string, unknown>;
  readonly events: { name: string; attributes: Record<string, unknown> }[];
  readonly statusMessage: string | undefined;
}

/** An unredacted log record as the control capture saw it in `onEmit`. */
export interface ControlLogRecord {
  readonly eventName: string | undefined;
  readonly severityText: string | undefined;
  readonly body: unknown;
  readonly attributes: Record<string, unknown>;
}

/**
 * Deep copy that keeps what a leak check needs: bytes become `{ bytes: <their UTF-8 text> }`
 * (text, so planted values in them are found; an object, so they never pass for a JSON string),
 * errors their fields.
 */
function snapshot(value: unknown): unknown {
  if (value === undefined) return undefined;
  return JSON.parse(
    // `this[key]` is the value before its own toJSON ran: Buffer.toJSON would hide the text.
    JSON.stringify(value, function (this: Record<string, unknown>, key: string, item: unknown) {
      const original = this[key];
      if (original instanceof Uint8Array) return { bytes: Buffer.from(original).toString('utf8') };
      if (original instanceof Error) return { name: original.name, message: original.message, stack: original.stack };
      return item;
    }) ?? 'null',
  );
}

class ControlSpanCapture implements SpanProcessor {
  readonly spans: ControlSpan[] = [];
  onStart(): void {}
  onEnd(span: ReadableSpan): void {
    this.spans.push({
      spanId: span.spanContext().spanId,
      parentSpanId: span.parentSpanContext?.spanId,
      name: span.name,
      attributes: snapshot(span.attributes) as Record<string, unknown>,
      events: span.events.map((event) => ({ name: event.name, attributes: snapshot(event.attributes ?? {}) as Record<string, unknown> })),
      statusMessage: span.status.message,
    });
  }
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

class ControlLogCapture implements LogRecordProcessor {
  readonly records: ControlLogRecord[] = [];
  onEmit(record: ReadWriteLogRecord): void {
    this.records.push({
      eventName: record.eventName,
      severityText: record.severityText,
      body: snapshot(record.body),
      attributes: snapshot(record.attributes) as Record<string, unknown>,
    });
  }
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

export interface PipelineOptions {
  /** `service.name` of the resource. */
  readonly serviceName: string;
  readonly policy?: RedactionPolicy;
  /**
   * The processor the redacting span processor wraps, given the OTLP exporter. Default: a
   * BatchSpanProcessor. Vendor processors (Langfuse) go here.
   */
  readonly spanProcessorFor?: (exporter: SpanExporter) => SpanProcessor;
}

export interface TelemetryPipeline {
  readonly receiver: OtlpReceiver;
  readonly tracerProvider: NodeTracerProvider;
  readonly loggerProvider: LoggerProvider;
  /** Unredacted copies, in the order recorded. */
  readonly control: { readonly spans: ControlSpan[]; readonly logRecords: ControlLogRecord[] };
  /** Exports everything recorded so far to the receiver. */
  flush(): Promise<void>;
  /** Flushes, shuts the providers down, unregisters the globals and closes the receiver. */
  shutdown(): Promise<void>;
}

/**
 * Starts the receiver, builds both providers and registers them as the global tracer
 * provider (with the AsyncLocalStorage context manager) and global logger provider.
 * Instrumentations registered after this call use them.
 */
export async function startPipeline(options: PipelineOptions): Promise<TelemetryPipeline> {
  const receiver = await startOtlpReceiver();
  const resource = resourceFromAttributes({ 'service.name': options.serviceName, 'service.version': '1.0.0' });
  const redaction = options.policy === undefined ? {} : { policy: options.policy };

  const traceExporter = new OTLPTraceExporter({ url: receiver.endpoints.traces });
  const exportingSpanProcessor = options.spanProcessorFor?.(traceExporter) ?? new BatchSpanProcessor(traceExporter);
  const controlSpans = new ControlSpanCapture();
  const tracerProvider = new NodeTracerProvider({
    resource,
    spanProcessors: [controlSpans, new PiiRedactingSpanProcessor(exportingSpanProcessor, redaction)],
  });
  tracerProvider.register();

  const controlLogs = new ControlLogCapture();
  const loggerProvider = new LoggerProvider({
    resource,
    // The redacting processor changes the record itself, so the control copy is taken first.
    processors: [controlLogs, new PiiRedactingLogRecordProcessor(new BatchLogRecordProcessor({ exporter: new OTLPLogExporter({ url: receiver.endpoints.logs }) }), redaction)],
  });
  logs.setGlobalLoggerProvider(loggerProvider);

  const flush = async (): Promise<void> => {
    await tracerProvider.forceFlush();
    await loggerProvider.forceFlush();
  };
  return {
    receiver,
    tracerProvider,
    loggerProvider,
    control: { spans: controlSpans.spans, logRecords: controlLogs.records },
    flush,
    async shutdown() {
      await flush();
      await tracerProvider.shutdown();
      await loggerProvider.shutdown();
      trace.disable();
      context.disable();
      logs.disable();
      await receiver.close();
    },
  };
}
