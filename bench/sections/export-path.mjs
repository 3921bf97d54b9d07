import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startReceiverProcess } from '../lib/receiver-client.mjs';
import { emitSpans } from '../lib/otel-fixtures.mjs';
import { median } from '../lib/timing.mjs';

/**
 * The whole export path, as an app runs it: spans → [redacting processor →] BatchSpanProcessor
 * → OTLPTraceExporter (HTTP/JSON) → loopback receiver in a child process. Spans are produced
 * in slices with an event-loop turn between them, so batching and exporting interleave with
 * the app as they do in production. A run ends when forceFlush resolves and the receiver has
 * counted every span (nothing may be dropped, or the comparison is void).
 * Reported: spans/s by wall clock, and CPU time of this process per span (less noisy).
 */

const SPANS_PER_RUN = 3000;
const SLICE = 50;
const ROUNDS = 4;

const turn = () => new Promise((resolve) => setImmediate(resolve));

async function exportRun({ receiver, specs, redacting, dist }) {
  const exporter = new OTLPTraceExporter({ url: receiver.tracesUrl });
  const batch = new BatchSpanProcessor(exporter, {
    maxQueueSize: SPANS_PER_RUN * 2,
    maxExportBatchSize: 512,
    scheduledDelayMillis: 50,
    exportTimeoutMillis: 30_000,
  });
  const processor = redacting ? new dist.PiiRedactingSpanProcessor(batch, { policy: {} }) : batch;
  const provider = new BasicTracerProvider({ spanProcessors: [processor] });
  const tracer = provider.getTracer('bench');
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  for (let done = 0; done < SPANS_PER_RUN; done += SLICE) {
    emitSpans(tracer, specs, SLICE);
    await turn();
  }
  await provider.forceFlush();
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  await provider.shutdown();
  const received = await receiver.drain();
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, received };
}

export async function runExportPath({ dist, corpus, log }) {
  if (typeof dist.PiiRedactingSpanProcessor !== 'function') {
    const skipped = 'PiiRedactingSpanProcessor is not exported by dist/index.js yet';
    log(`  skipped (${skipped})`);
    return { skipped };
  }
  const receiver = await startReceiverProcess();
  try {
    const runs = { baseline: [], redacting: [] };
    // One unmeasured pass of each warms the JIT, the HTTP agent and the receiver.
    await exportRun({ receiver, specs: corpus.spans, redacting: false, dist });
    await exportRun({ receiver, specs: corpus.spans, redacting: true, dist });
    for (let r = 0; r < ROUNDS; r++) {
      for (const redacting of [false, true]) {
        const run = await exportRun({ receiver, specs: corpus.spans, redacting, dist });
        if (run.received.spans !== SPANS_PER_RUN) {
          throw new Error(`export path: receiver counted ${run.received.spans} of ${SPANS_PER_RUN} spans`);
        }
        runs[redacting ? 'redacting' : 'baseline'].push(run);
      }
    }
    const summarise = (list) => {
      const wallMs = median(list.map((run) => run.wallMs));
      const cpuMs = median(list.map((run) => run.cpuMs));
      return {
        spansPerSecond: SPANS_PER_RUN / (wallMs / 1000),
        wallMs,
        cpuUsPerSpan: (cpuMs * 1000) / SPANS_PER_RUN,
        wireMbPerRun: median(list.map((run) => run.received.bytes)) / 1e6,
      };
    };
    const baseline = summarise(runs.baseline);
    const redacting = summarise(runs.redacting);
    const result = {
      receiver: receiver.implementation,
      spansPerRun: SPANS_PER_RUN,
      rounds: ROUNDS,
      baseline,
      redacting,
      throughputRatio: redacting.spansPerSecond / baseline.spansPerSecond,
      wallOverhead: redacting.wallMs / baseline.wallMs - 1,
      cpuOverhead: redacting.cpuUsPerSpan / baseline.cpuUsPerSpan - 1,
    };
    log(
      `  without redaction: ${baseline.spansPerSecond.toFixed(0)} spans/s (${baseline.cpuUsPerSpan.toFixed(1)} µs CPU/span)\n` +
        `  with redaction:    ${redacting.spansPerSecond.toFixed(0)} spans/s (${redacting.cpuUsPerSpan.toFixed(1)} µs CPU/span)\n` +
        `  ratio ${result.throughputRatio.toFixed(3)} → overhead ${(result.wallOverhead * 100).toFixed(1)}% wall, ` +
        `${(result.cpuOverhead * 100).toFixed(1)}% CPU`,
    );
    return result;
  } finally {
    await receiver.close();
  }
}
