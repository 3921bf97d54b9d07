// Taps for the demo: what the app recorded (before any redaction) and what was handed to the
// exporter (after). They only copy data; they change nothing.

import { JsonLogsSerializer, JsonTraceSerializer } from '@opentelemetry/otlp-transformer';

function hrTimeToMs([seconds, nanos]) {
  return seconds * 1e3 + nanos / 1e6;
}

/** A plain, comparable copy of a span (ReadableSpan from the SDK). */
export function snapshotSpan(span) {
  const context = span.spanContext();
  return {
    name: span.name,
    traceId: context.traceId,
    spanId: context.spanId,
    durationMs: hrTimeToMs(span.duration),
    attributes: structuredClone({ ...span.attributes }),
    events: span.events.map((event) => ({ name: event.name, attributes: structuredClone({ ...(event.attributes ?? {}) }) })),
    status: { code: span.status.code, message: span.status.message },
  };
}

/** A plain copy of a log record as it stands now (call it during onEmit to see it unredacted). */
export function snapshotLogRecord(record) {
  return {
    eventName: record.eventName,
    severityText: record.severityText,
    body: structuredClone(record.body),
    attributes: structuredClone({ ...record.attributes }),
  };
}

/** Listed first in `spanProcessors`: keeps a copy of each span as the app recorded it. */
export class RecordingSpanProcessor {
  spans = [];
  onStart() {}
  onEnd(span) {
    this.spans.push(snapshotSpan(span));
  }
  forceFlush() {
    return Promise.resolve();
  }
  shutdown() {
    return Promise.resolve();
  }
}

/** Listed first in `processors`: keeps a copy of each log record before anything changes it. */
export class RecordingLogRecordProcessor {
  records = [];
  onEmit(record) {
    this.records.push(snapshotLogRecord(record));
  }
  forceFlush() {
    return Promise.resolve();
  }
  shutdown() {
    return Promise.resolve();
  }
}

/**
 * Wraps an OTLP exporter and keeps what it was asked to send, plus the OTLP/JSON bytes the
 * HTTP exporters put on the wire for it: the record of what left the process when the
 * receiving end is not ours to inspect.
 */
export class TeeSpanExporter {
  spans = [];
  wire = [];
  constructor(exporter) {
    this.exporter = exporter;
  }
  export(spans, resultCallback) {
    this.spans.push(...spans.map(snapshotSpan));
    this.wire.push(Buffer.from(JsonTraceSerializer.serializeRequest(spans) ?? []).toString('utf8'));
    this.exporter.export(spans, resultCallback);
  }
  forceFlush() {
    return this.exporter.forceFlush?.() ?? Promise.resolve();
  }
  shutdown() {
    return this.exporter.shutdown();
  }
}

export class TeeLogRecordExporter {
  records = [];
  wire = [];
  constructor(exporter) {
    this.exporter = exporter;
  }
  export(records, resultCallback) {
    this.records.push(...records.map(snapshotLogRecord));
    this.wire.push(Buffer.from(JsonLogsSerializer.serializeRequest(records) ?? []).toString('utf8'));
    this.exporter.export(records, resultCallback);
  }
  forceFlush() {
    return this.exporter.forceFlush?.() ?? Promise.resolve();
  }
  shutdown() {
    return this.exporter.shutdown();
  }
}
