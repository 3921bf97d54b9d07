// A tiny OTLP/HTTP receiver for tests and demos: no collector, no Docker.
//
//   import { startOtlpReceiver } from './support/otlp-receiver.mjs';
//   const receiver = await startOtlpReceiver();            // 127.0.0.1, random free port
//   new OTLPTraceExporter({ url: receiver.endpoints.traces });
//   new OTLPLogExporter({ url: receiver.endpoints.logs });
//   const spans = await receiver.waitForSpans(3);           // decoded, flat
//   receiver.rawText('traces');                            // every byte the exporter sent, as text
//   await receiver.close();
//
// It accepts POST /v1/traces, /v1/logs and /v1/metrics. OTLP JSON bodies (what the
// exporter-*-otlp-http packages send) are parsed; other content types (protobuf) are kept
// as bytes only. `Content-Encoding: gzip` and `deflate` are decompressed. Every request is
// kept twice: `wire` as received and `raw` after decompression, so a test can assert on the
// exact bytes that left the process. Nothing is ever forwarded anywhere.

import { once } from 'node:events';
import { createServer } from 'node:http';
import { gunzipSync, inflateSync } from 'node:zlib';

const SIGNAL_BY_PATH = new Map([
  ['/v1/traces', 'traces'],
  ['/v1/logs', 'logs'],
  ['/v1/metrics', 'metrics'],
]);

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

/**
 * Starts a receiver. Options: `host` (default 127.0.0.1), `port` (default 0: any free port),
 * `maxBodyBytes` (default 64 MiB; larger requests get 413).
 * Resolves once the server listens.
 */
export async function startOtlpReceiver(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const requests = [];
  const waiters = new Set();

  const notify = () => {
    for (const waiter of waiters) waiter.check();
  };

  const server = createServer((req, res) => {
    handleRequest(req, res, maxBodyBytes)
      .then((record) => {
        if (record === undefined) return;
        requests.push(record);
        notify();
      })
      .catch((error) => {
        if (!res.headersSent) reply(res, 500, { error: String(error?.message ?? error) });
      });
  });
  server.listen(options.port ?? 0, host);
  await once(server, 'listening');
  const { port } = server.address();
  const url = `http://${host}:${port}`;

  const bySignal = (signal) => requests.filter((r) => signal === undefined || r.signal === signal);

  const receiver = {
    /** Base URL, e.g. `http://127.0.0.1:41234`. */
    url,
    port,
    /** Full URLs to hand to the exporters' `url` option. */
    endpoints: {
      traces: `${url}/v1/traces`,
      logs: `${url}/v1/logs`,
      metrics: `${url}/v1/metrics`,
    },
    /** Every accepted request, in arrival order (the array is live). */
    requests,

    /** The decompressed request bodies of one signal (or all), concatenated as UTF-8 text. */
    rawText(signal) {
      return bySignal(signal)
        .map((r) => r.raw.toString('utf8'))
        .join('\n');
    },

    /** Parsed OTLP JSON bodies of one signal (or all); protobuf requests are skipped. */
    bodies(signal) {
      return bySignal(signal)
        .map((r) => r.body)
        .filter((body) => body !== undefined);
    },

    /** Every received span, flattened and decoded (see `decodeSpans`). */
    spans() {
      return this.bodies('traces').flatMap(decodeSpans);
    },

    /** Every received log record, flattened and decoded (see `decodeLogRecords`). */
    logRecords() {
      return this.bodies('logs').flatMap(decodeLogRecords);
    },

    /** Every received metric (`{ resource, scope, metric }` with the OTLP JSON metric). */
    metrics() {
      return this.bodies('metrics').flatMap(decodeMetrics);
    },

    /** Resolves with all spans once at least `count` arrived; rejects after `timeoutMs`. */
    waitForSpans(count, waitOptions) {
      return waitFor(() => this.spans(), count, 'spans', waitOptions);
    },

    /** Resolves with all log records once at least `count` arrived; rejects after `timeoutMs`. */
    waitForLogRecords(count, waitOptions) {
      return waitFor(() => this.logRecords(), count, 'log records', waitOptions);
    },

    /** Resolves with the requests of `signal` once at least `count` arrived. */
    waitForRequests(signal, count, waitOptions) {
      return waitFor(() => bySignal(signal), count, `${signal ?? 'any'} requests`, waitOptions);
    },

    /** Forgets everything received so far. */
    clear() {
      requests.length = 0;
    },

    /** Stops listening and drops open connections. Pending waits reject. */
    async close() {
      for (const waiter of waiters) waiter.fail(new Error('otlp-receiver: closed while waiting'));
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };

  function waitFor(collect, count, what, waitOptions = {}) {
    const timeoutMs = waitOptions.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
      const waiter = {
        check() {
          const items = collect();
          if (items.length >= count) finish(() => resolve(items));
        },
        fail(error) {
          finish(() => reject(error));
        },
      };
      const timer = setTimeout(() => {
        const got = collect().length;
        waiter.fail(new Error(`otlp-receiver: timed out after ${timeoutMs} ms waiting for ${count} ${what} (got ${got})`));
      }, timeoutMs);
      function finish(settle) {
        clearTimeout(timer);
        waiters.delete(waiter);
        settle();
      }
      waiters.add(waiter);
      waiter.check();
    });
  }

  return receiver;
}

async function handleRequest(req, res, maxBodyBytes) {
  const path = (req.url ?? '').split('?')[0];
  const signal = SIGNAL_BY_PATH.get(path);
  if (signal === undefined) {
    reply(res, 404, { error: `unknown path ${path}` });
    return undefined;
  }
  if (req.method !== 'POST') {
    reply(res, 405, { error: 'use POST' });
    return undefined;
  }

  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > maxBodyBytes) {
      reply(res, 413, { error: 'body too large' });
      return undefined;
    }
    chunks.push(chunk);
  }
  const wire = Buffer.concat(chunks);

  const contentEncoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase();
  let raw;
  try {
    raw = decompress(wire, contentEncoding);
  } catch (error) {
    reply(res, 400, { error: `cannot decode ${contentEncoding} body` });
    return undefined;
  }
  if (raw === undefined) {
    reply(res, 415, { error: `unsupported content-encoding ${contentEncoding}` });
    return undefined;
  }

  const contentType = String(req.headers['content-type'] ?? '').toLowerCase();
  const isJson = contentType.includes('json');
  let body;
  let parseError;
  if (isJson) {
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch (error) {
      parseError = String(error?.message ?? error);
    }
  }

  const record = {
    signal,
    path,
    headers: { ...req.headers },
    contentType,
    contentEncoding,
    wire,
    raw,
    body,
    parseError,
    receivedAt: Date.now(),
  };
  if (parseError !== undefined) {
    reply(res, 400, { error: 'invalid JSON' });
  } else if (isJson) {
    reply(res, 200, {});
  } else {
    // An empty protobuf message is a valid Export*ServiceResponse.
    res.writeHead(200, { 'content-type': 'application/x-protobuf', 'content-length': 0 });
    res.end();
  }
  return record;
}

function decompress(bytes, encoding) {
  switch (encoding) {
    case 'identity':
    case '':
      return bytes;
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(bytes);
    case 'deflate':
      return inflateSync(bytes);
    default:
      return undefined;
  }
}

function reply(res, status, json) {
  const payload = JSON.stringify(json);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

/**
 * Converts an OTLP JSON AnyValue to a plain JS value: strings, numbers, booleans, arrays,
 * objects; `bytesValue` stays a base64 string; `intValue` beyond 2^53 stays a string.
 */
export function anyValueToJs(value) {
  if (value === undefined || value === null) return undefined;
  if ('stringValue' in value) return value.stringValue;
  if ('boolValue' in value) return value.boolValue;
  if ('intValue' in value) {
    const n = Number(value.intValue);
    return Number.isSafeInteger(n) ? n : String(value.intValue);
  }
  if ('doubleValue' in value) return Number(value.doubleValue);
  if ('bytesValue' in value) return value.bytesValue;
  if ('arrayValue' in value) return (value.arrayValue?.values ?? []).map(anyValueToJs);
  if ('kvlistValue' in value) return attributesToObject(value.kvlistValue?.values);
  return undefined;
}

/** Converts an OTLP `[{ key, value }]` list to an object. */
export function attributesToObject(keyValues) {
  const out = {};
  for (const { key, value } of keyValues ?? []) out[key] = anyValueToJs(value);
  return out;
}

/**
 * Flattens one ExportTraceServiceRequest (JSON) into decoded spans:
 * `{ traceId, spanId, parentSpanId, name, kind, startTimeUnixNano, endTimeUnixNano,
 *    attributes, events: [{ name, timeUnixNano, attributes }], links: [{ traceId, spanId, attributes }],
 *    status: { code, message }, resource, scope: { name, version }, otlp }`
 * where `attributes`/`resource` are plain objects and `otlp` is the span as received.
 */
export function decodeSpans(body) {
  const out = [];
  for (const resourceSpans of body?.resourceSpans ?? []) {
    const resource = attributesToObject(resourceSpans.resource?.attributes);
    for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
      const scope = { name: scopeSpans.scope?.name, version: scopeSpans.scope?.version };
      for (const span of scopeSpans.spans ?? []) {
        out.push({
          traceId: span.traceId,
          spanId: span.spanId,
          parentSpanId: span.parentSpanId || undefined,
          name: span.name,
          kind: span.kind,
          startTimeUnixNano: span.startTimeUnixNano,
          endTimeUnixNano: span.endTimeUnixNano,
          attributes: attributesToObject(span.attributes),
          events: (span.events ?? []).map((event) => ({
            name: event.name,
            timeUnixNano: event.timeUnixNano,
            attributes: attributesToObject(event.attributes),
          })),
          links: (span.links ?? []).map((link) => ({
            traceId: link.traceId,
            spanId: link.spanId,
            attributes: attributesToObject(link.attributes),
          })),
          status: { code: span.status?.code ?? 0, message: span.status?.message },
          resource,
          scope,
          otlp: span,
        });
      }
    }
  }
  return out;
}

/**
 * Flattens one ExportLogsServiceRequest (JSON) into decoded log records:
 * `{ body, attributes, severityText, severityNumber, eventName, traceId, spanId,
 *    timeUnixNano, resource, scope, otlp }`.
 */
export function decodeLogRecords(body) {
  const out = [];
  for (const resourceLogs of body?.resourceLogs ?? []) {
    const resource = attributesToObject(resourceLogs.resource?.attributes);
    for (const scopeLogs of resourceLogs.scopeLogs ?? []) {
      const scope = { name: scopeLogs.scope?.name, version: scopeLogs.scope?.version };
      for (const record of scopeLogs.logRecords ?? []) {
        out.push({
          body: anyValueToJs(record.body),
          attributes: attributesToObject(record.attributes),
          severityText: record.severityText,
          severityNumber: record.severityNumber,
          eventName: record.eventName,
          traceId: record.traceId || undefined,
          spanId: record.spanId || undefined,
          timeUnixNano: record.timeUnixNano,
          resource,
          scope,
          otlp: record,
        });
      }
    }
  }
  return out;
}

/** Flattens one ExportMetricsServiceRequest (JSON) into `{ resource, scope, metric }`. */
export function decodeMetrics(body) {
  const out = [];
  for (const resourceMetrics of body?.resourceMetrics ?? []) {
    const resource = attributesToObject(resourceMetrics.resource?.attributes);
    for (const scopeMetrics of resourceMetrics.scopeMetrics ?? []) {
      const scope = { name: scopeMetrics.scope?.name, version: scopeMetrics.scope?.version };
      for (const metric of scopeMetrics.metrics ?? []) out.push({ resource, scope, metric });
    }
  }
  return out;
}
