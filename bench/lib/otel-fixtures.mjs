/**
 * Pieces shared by the OTel sections: a sink processor that reads every field an exporter
 * would read (a lazily redacted view must pay its cost here, not escape it), and loops that
 * produce spans and log records from the corpus specs.
 */

let sink = 0;

function touchAttributes(attributes) {
  for (const key in attributes) {
    const value = attributes[key];
    sink += typeof value === 'string' ? value.length : 1;
  }
}

export const readingSpanSink = {
  onStart() {},
  onEnd(span) {
    sink += span.name.length;
    touchAttributes(span.attributes);
    for (const event of span.events) touchAttributes(event.attributes);
    sink += span.status.message?.length ?? 0;
  },
  forceFlush: async () => {},
  shutdown: async () => {},
};

export const readingLogSink = {
  onEmit(record) {
    const body = record.body;
    sink += typeof body === 'string' ? body.length : body === undefined ? 0 : 1;
    touchAttributes(record.attributes);
  },
  forceFlush: async () => {},
  shutdown: async () => {},
};

export function emitSpans(tracer, specs, count) {
  for (let i = 0; i < count; i++) {
    const spec = specs[i % specs.length];
    const span = tracer.startSpan(spec.name, { attributes: spec.attributes });
    span.end();
  }
}

export function emitLogs(logger, specs, count) {
  for (let i = 0; i < count; i++) {
    const spec = specs[i % specs.length];
    logger.emit({ severityText: spec.severityText, eventName: spec.eventName, body: spec.body, attributes: spec.attributes });
  }
}

export function sinkValue() {
  return sink;
}
