/**
 * Pieces shared by the OTel sections: a sink processor that reads every field an exporter
 * would read (a lazily redacted view must pay its cost here, not escape it), a reference
 * processor that reads every string of a span once, and loops that produce spans and log
 * records from the corpus specs.
 */

import { charCodeSweep } from './reference-pass.mjs';

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

function readUnits(text) {
  sink += charCodeSweep(text);
}

function readStringsOf(attributes) {
  if (attributes === undefined) return;
  for (const key in attributes) {
    const value = attributes[key];
    if (typeof value === 'string') readUnits(value);
    else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') readUnits(item);
  }
}

/**
 * What looking at every character once costs, as a span processor: it reads every code unit of
 * the strings a redacting processor scans (name, attribute values, events, links, status message)
 * with `charCodeAt`, finds nothing and changes nothing. The Targets table sets the export path's
 * ≤ 5% beside it. Not a hard floor: a native copy into WebAssembly memory reads faster (ours does),
 * but every step a detector takes per character costs about this much again.
 */
export const charCodeReadingProcessor = {
  onStart() {},
  onEnd(span) {
    readUnits(span.name);
    readStringsOf(span.attributes);
    for (const event of span.events) {
      readUnits(event.name);
      readStringsOf(event.attributes);
    }
    for (const link of span.links) readStringsOf(link.attributes);
    if (span.status.message !== undefined) readUnits(span.status.message);
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

/**
 * Like `emitSpans`, but every string attribute is a new string for each span, as an instrumented
 * app's are (message JSON serialised per call, response text, ids): the corpus's strings are
 * shared by every span made from one spec, and a span holding shared strings costs the garbage
 * collector nothing while it waits for its batch. One native copy per string
 * (`(' ' + s).slice(1)`, ~60 ns per KB) makes it anew.
 */
export function emitFreshSpans(tracer, specs, count) {
  for (let i = 0; i < count; i++) {
    const spec = specs[i % specs.length];
    const attributes = {};
    for (const key in spec.attributes) {
      const value = spec.attributes[key];
      attributes[key] = typeof value === 'string' ? (' ' + value).slice(1) : value;
    }
    const span = tracer.startSpan(spec.name, { attributes });
    span.end();
  }
}

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
