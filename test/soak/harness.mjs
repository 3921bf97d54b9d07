// Load and soak harness: an application emitting LLM-sized spans and log records at a target
// rate through the redacting processors, BatchSpanProcessor / BatchLogRecordProcessor and the
// real OTLP/HTTP exporters, to a receiver in a child process. The same run without redaction is
// the control. Used by test/soak/soak.test.ts (short) and scripts/soak.mjs (long).
//
// What it measures, per run:
// - delivery: spans and log records emitted vs received (and dropped by the batch processors);
// - leaks: planted values seen in the bytes the receiver got;
// - memory: heap used after a full GC at the end of each window, the producer paused and the
//   pipeline flushed, so what remains is what the pipeline keeps;
// - blocking: event-loop delay (perf_hooks.monitorEventLoopDelay) over the whole run, and the
//   synchronous cost of each span.end() / logger.emit() call, which is where scrubbing runs.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { diag, DiagLogLevel } from '@opentelemetry/api';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchLogRecordProcessor, LoggerProvider } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { chatSpanAttributes, logRecord, PLANTED } from './workload.mjs';

const RECEIVER = fileURLToPath(new URL('./receiver-child.mjs', import.meta.url));

/** Batch settings sized for 5,000+ records/s: about 4 s of queue, ~1 MB OTLP/JSON per request. */
export const BATCH = { maxQueueSize: 20_000, maxExportBatchSize: 256, scheduledDelayMillis: 100, exportTimeoutMillis: 30_000 };

/** A full garbage collection, whether or not node was started with --expose-gc. */
export function collectGarbage() {
  if (typeof globalThis.gc !== 'function') {
    setFlagsFromString('--expose-gc');
    globalThis.gc = runInNewContext('gc');
  }
  globalThis.gc();
  globalThis.gc();
}

/** Starts the receiver child; resolves with its endpoints and a `report()` / `close()` pair. */
export async function startReceiverProcess() {
  const child = fork(RECEIVER, [], { env: { ...process.env, SOAK_PLANTED: JSON.stringify(PLANTED) }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [ready] = await once(child, 'message');
  return {
    endpoints: { traces: ready.traces, logs: ready.logs },
    async report() {
      child.send({ type: 'report' });
      for (;;) {
        const [message] = await once(child, 'message');
        if (message.type === 'report') return message;
      }
    },
    async close() {
      child.send({ type: 'close' });
      await once(child, 'exit');
    },
  };
}

/** Counts BatchSpanProcessor / BatchLogRecordProcessor drops, which they report only through diag. */
function watchDrops() {
  const drops = { spans: 0, logRecords: 0, exportErrors: 0 };
  const note = (message) => {
    const text = String(message);
    const dropped = /Dropped (\d+) (spans|logs)/i.exec(text);
    if (dropped) drops[dropped[2].toLowerCase() === 'spans' ? 'spans' : 'logRecords'] += Number(dropped[1]);
    if (/export|timeout|ECONN/i.test(text)) drops.exportErrors++;
  };
  diag.setLogger({ error: note, warn: note, info() {}, debug() {}, verbose() {} }, { logLevel: DiagLogLevel.WARN, suppressOverrideMessage: true });
  return drops;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Sorted sample of per-call durations (ms): a reservoir keeps memory flat on long runs. */
class Reservoir {
  constructor(size) {
    this.size = size;
    this.values = [];
    this.seen = 0;
    this.max = 0;
  }
  add(value) {
    this.seen++;
    if (value > this.max) this.max = value;
    if (this.values.length < this.size) this.values.push(value);
    else {
      const slot = Math.floor(Math.random() * this.seen);
      if (slot < this.size) this.values[slot] = value;
    }
  }
  summary() {
    const sorted = [...this.values].sort((a, b) => a - b);
    return { calls: this.seen, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), maxMs: this.max };
  }
}

/**
 * Times the synchronous hooks of the processor it wraps. Around the redacting processor it
 * measures scrubbing plus the batch processor; around the batch processor, the batch
 * processor alone. The difference per call is the time spent scrubbing.
 */
class TimedSpanProcessor {
  constructor(inner, onTime) {
    this.inner = inner;
    this.onTime = onTime;
  }
  onStart(span, context) {
    this.inner.onStart(span, context);
  }
  onEnd(span) {
    const t = performance.now();
    this.inner.onEnd(span);
    this.onTime(performance.now() - t);
  }
  forceFlush() {
    return this.inner.forceFlush();
  }
  shutdown() {
    return this.inner.shutdown();
  }
}

class TimedLogRecordProcessor {
  constructor(inner, onTime) {
    this.inner = inner;
    this.onTime = onTime;
  }
  onEmit(record, context) {
    const t = performance.now();
    this.inner.onEmit(record, context);
    this.onTime(performance.now() - t);
  }
  forceFlush() {
    return this.inner.forceFlush();
  }
  shutdown() {
    return this.inner.shutdown();
  }
}

function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * One run. Options:
 * - `lib`: the package's exports (src in tests, dist from the script); omitted for the control;
 * - `redact`: whether to put the redacting processors in the pipeline;
 * - `rate`: target spans per second (and as many log records); default 5,000;
 * - `seconds`: length of the run at the target rate; split into `windows` windows;
 * - `receiver`: from startReceiverProcess();
 * - `burst`: most records emitted per event-loop turn (an app's requests end one by one).
 */
export async function runSoak({ lib, redact, rate = 5_000, seconds = 10, windows = 5, receiver, burst = 4, log = () => {} }) {
  const drops = watchDrops();
  const before = await receiver.report();
  const resource = resourceFromAttributes({ 'service.name': 'soak-llm-app', 'service.version': '1.0.0' });
  const spanExport = new BatchSpanProcessor(new OTLPTraceExporter({ url: receiver.endpoints.traces, timeoutMillis: 30_000 }), BATCH);
  const logExport = new BatchLogRecordProcessor({ exporter: new OTLPLogExporter({ url: receiver.endpoints.logs, timeoutMillis: 30_000 }), ...BATCH });
  let redactor;
  if (redact) redactor = lib.createRedactor({ hashKey: 'soak-test-hash-key-0000000001' });
  const spanEnd = new Reservoir(20_000);
  const logEmit = new Reservoir(20_000);
  const spanScrub = new Reservoir(20_000);
  const logScrub = new Reservoir(20_000);
  let spanBatchMs = 0;
  let logBatchMs = 0;
  const timedSpanBatch = new TimedSpanProcessor(spanExport, (ms) => (spanBatchMs = ms));
  const timedLogBatch = new TimedLogRecordProcessor(logExport, (ms) => (logBatchMs = ms));
  const spanPipeline = redact ? new lib.PiiRedactingSpanProcessor(timedSpanBatch, { redactor }) : timedSpanBatch;
  const logPipeline = redact ? new lib.PiiRedactingLogRecordProcessor(timedLogBatch, { redactor }) : timedLogBatch;
  const tracerProvider = new BasicTracerProvider({
    resource,
    spanProcessors: [
      new TimedSpanProcessor(spanPipeline, (ms) => {
        spanEnd.add(ms);
        spanScrub.add(Math.max(0, ms - spanBatchMs));
      }),
    ],
  });
  const loggerProvider = new LoggerProvider({
    resource,
    processors: [
      new TimedLogRecordProcessor(logPipeline, (ms) => {
        logEmit.add(ms);
        logScrub.add(Math.max(0, ms - logBatchMs));
      }),
    ],
  });
  const tracer = tracerProvider.getTracer('soak');
  const logger = loggerProvider.getLogger('soak');

  const total = Math.round(rate * seconds);
  const perWindow = Math.ceil(total / windows);
  const loop = monitorEventLoopDelay({ resolution: 1 });
  const heap = [];
  let emitted = 0;
  let busyMs = 0;
  let producingMs = 0;
  const started = performance.now();

  collectGarbage();
  heap.push({ afterRecords: 0, heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20 });
  loop.enable();
  for (let w = 0; w < windows; w++) {
    const windowEnd = Math.min(total, emitted + perWindow);
    const windowStart = performance.now();
    const windowFirst = emitted;
    while (emitted < windowEnd) {
      // Open-loop pacing: emit what the schedule says is due, a few records per turn.
      const due = windowFirst + Math.floor(((performance.now() - windowStart) / 1000) * rate);
      if (emitted >= due) {
        await wait(1);
        continue;
      }
      const turnStart = performance.now();
      const until = Math.min(windowEnd, due, emitted + burst);
      for (; emitted < until; emitted++) {
        tracer.startSpan('chat gpt-4o-2024-08-06', { attributes: chatSpanAttributes(emitted) }).end();
        logger.emit(logRecord(emitted));
      }
      busyMs += performance.now() - turnStart;
      await new Promise(setImmediate);
    }
    producingMs += performance.now() - windowStart;
    loop.disable();
    await Promise.all([tracerProvider.forceFlush(), loggerProvider.forceFlush()]);
    collectGarbage();
    heap.push({ afterRecords: emitted, heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20 });
    log(`  window ${w + 1}/${windows}: ${emitted} spans + ${emitted} log records, heap ${heap.at(-1).heapUsedMB.toFixed(1)} MB`);
    loop.enable();
  }
  loop.disable();
  const elapsed = (performance.now() - started) / 1000;
  await Promise.all([tracerProvider.shutdown(), loggerProvider.shutdown()]);

  // The receiver counts asynchronously; wait until it has seen everything or stops moving.
  let after = await receiver.report();
  for (let stable = 0; stable < 10 && (after.spans - before.spans < emitted || after.logRecords - before.logRecords < emitted); ) {
    await wait(100);
    const next = await receiver.report();
    stable = next.spans === after.spans && next.logRecords === after.logRecords ? stable + 1 : 0;
    after = next;
  }
  diag.disable();

  const settled = heap.slice(1);
  const first = settled[0];
  const last = settled.at(-1);
  const growthMB = last.heapUsedMB - first.heapUsedMB;
  const records = 2 * (last.afterRecords - first.afterRecords);
  return {
    redact,
    targetRate: rate,
    emitted: { spans: emitted, logRecords: emitted },
    received: { spans: after.spans - before.spans, logRecords: after.logRecords - before.logRecords },
    dropped: { spans: drops.spans, logRecords: drops.logRecords },
    exportErrors: drops.exportErrors,
    leaks: after.leaks - before.leaks,
    /** Requests that carried a planted value (raw or JSON-escaped), and which values. */
    leakedValues: Object.keys(after.leaksByValue).filter((value) => after.leaksByValue[value] > (before.leaksByValue[value] ?? 0)),
    wireMB: (after.bytes - before.bytes) / 2 ** 20,
    elapsedSeconds: elapsed,
    /** Records per second while producing (flush and GC pauses between windows excluded). */
    achievedRate: emitted / (producingMs / 1000),
    /** Share of producing time spent inside span.end() / logger.emit() and building records. */
    producerBusyShare: busyMs / producingMs,
    loopDelay: { p50Ms: loop.percentile(50) / 1e6, p99Ms: loop.percentile(99) / 1e6, maxMs: loop.max / 1e6 },
    /** Whole span.end() / logger.emit() processor time, including the batch processor (which exports synchronously when a batch fills). */
    spanEnd: spanEnd.summary(),
    logEmit: logEmit.summary(),
    /** The part of it spent in the redacting processor itself. */
    spanScrub: spanScrub.summary(),
    logScrub: logScrub.summary(),
    heap,
    heapGrowthMB: growthMB,
    heapGrowthBytesPerRecord: records > 0 ? (growthMB * 2 ** 20) / records : 0,
    redactorStats: redactor?.stats(),
  };
}

/** Control then redacted run of the same size against one receiver. */
export async function runComparison({ lib, rate, seconds, windows, burst, log = () => {} }) {
  const receiver = await startReceiverProcess();
  try {
    log(`control run (no redaction): ${rate}/s for ${seconds} s`);
    const control = await runSoak({ redact: false, rate, seconds, windows, burst, receiver, log });
    log(`redacted run: ${rate}/s for ${seconds} s`);
    const redacted = await runSoak({ lib, redact: true, rate, seconds, windows, burst, receiver, log });
    return { control, redacted };
  } finally {
    await receiver.close();
  }
}

/** A markdown table of a comparison, for logs and docs. */
export function formatComparison({ control, redacted }) {
  const ms = (summary) => `${summary.p50Ms.toFixed(2)} / ${summary.p99Ms.toFixed(2)} / ${summary.maxMs.toFixed(1)}`;
  const row = (name, r) =>
    `| ${name} | ${r.emitted.spans} / ${r.received.spans} | ${r.emitted.logRecords} / ${r.received.logRecords} | ${r.achievedRate.toFixed(0)} | ` +
    `${r.loopDelay.p99Ms.toFixed(1)} / ${r.loopDelay.maxMs.toFixed(1)} | ${ms(r.spanScrub)} | ${ms(r.logScrub)} | ` +
    `${r.heapGrowthMB.toFixed(2)} (${r.heapGrowthBytesPerRecord.toFixed(1)} B/record) | ${r.wireMB.toFixed(0)} | ${r.leaks} |`;
  return [
    '| run | spans sent / received | logs sent / received | records/s (each) | loop delay p99 / max ms | scrub per span p50 / p99 / max ms | scrub per log p50 / p99 / max ms | heap growth MB | OTLP MB | leaks |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('control', control),
    row('redacted', redacted),
  ].join('\n');
}
