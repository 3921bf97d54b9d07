import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { conversationSpecs, SEED } from '../lib/corpus.mjs';
import { SCAN_EVERY_TIME } from '../lib/policies.mjs';
import { startReceiverProcess } from '../lib/receiver-client.mjs';
import { emitFreshSpans } from '../lib/otel-fixtures.mjs';
import { median } from '../lib/timing.mjs';

/**
 * The whole export path, as an app runs it: spans → [redacting processor, in place as the README
 * sets it up →] BatchSpanProcessor → OTLPTraceExporter (HTTP/JSON) → loopback receiver in a child process. Spans are produced
 * in slices with an event-loop turn between them, so batching and exporting interleave with
 * the app as they do in production. Each span's strings are made for it, as an app's are (see
 * `emitFreshSpans`): spans sharing the corpus's strings made the baseline's garbage collection
 * cheaper than any app's. A run ends when forceFlush resolves and the receiver has
 * counted every span (nothing may be dropped, or the comparison is void).
 * Reported: spans/s by wall clock, and CPU time of this process per span (less noisy).
 */

const SPANS_PER_RUN = 3000;
const SLICE = 50;
const ROUNDS = 4;

const turn = () => new Promise((resolve) => setImmediate(resolve));

async function exportRun({ receiver, specs, redacting, policy, dist }) {
  const exporter = new OTLPTraceExporter({ url: receiver.tracesUrl });
  const batch = new BatchSpanProcessor(exporter, {
    maxQueueSize: SPANS_PER_RUN * 2,
    maxExportBatchSize: 512,
    scheduledDelayMillis: 50,
    exportTimeoutMillis: 30_000,
  });
  const spanProcessors = redacting ? [dist.PiiRedactingSpanProcessor.inPlace({ policy }), batch] : [batch];
  const provider = new BasicTracerProvider({ spanProcessors });
  const tracer = provider.getTracer('bench');
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  for (let done = 0; done < SPANS_PER_RUN; done += SLICE) {
    emitFreshSpans(tracer, specs, SLICE);
    await turn();
  }
  await provider.forceFlush();
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  await provider.shutdown();
  const received = await receiver.drain();
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, received };
}

/** Spans of fresh 8-turn chats, each turn re-sending the history, enough for one run. */
function chatSpecs(corpus) {
  const specs = [];
  for (let set = 0; specs.length < SPANS_PER_RUN; set++) specs.push(...conversationSpecs(SEED + 3000 + set, corpus.labelled, 12, 8));
  return specs;
}

/**
 * Median figures of `ROUNDS` runs of each arm, after one unmeasured pass of each (it warms the
 * JIT, the HTTP agent and the receiver). Every run has a processor of its own, so nothing is
 * remembered from one run to the next.
 */
async function compareArms({ receiver, specs, policy, dist }) {
  const runs = { baseline: [], redacting: [] };
  await exportRun({ receiver, specs, redacting: false, policy, dist });
  await exportRun({ receiver, specs, redacting: true, policy, dist });
  for (let r = 0; r < ROUNDS; r++) {
    // Each arm goes first in turn, so that neither always pays for the garbage the other leaves.
    for (const redacting of r % 2 === 0 ? [false, true] : [true, false]) {
      const run = await exportRun({ receiver, specs, redacting, policy, dist });
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
  return {
    baseline,
    redacting,
    throughputRatio: redacting.spansPerSecond / baseline.spansPerSecond,
    wallOverhead: redacting.wallMs / baseline.wallMs - 1,
    cpuOverhead: redacting.cpuUsPerSpan / baseline.cpuUsPerSpan - 1,
  };
}

function describe(label, { baseline, redacting, throughputRatio, wallOverhead, cpuOverhead }) {
  return (
    `  ${label}\n` +
    `    without redaction: ${baseline.spansPerSecond.toFixed(0)} spans/s (${baseline.cpuUsPerSpan.toFixed(1)} µs CPU/span)\n` +
    `    with redaction:    ${redacting.spansPerSecond.toFixed(0)} spans/s (${redacting.cpuUsPerSpan.toFixed(1)} µs CPU/span)\n` +
    `    ratio ${throughputRatio.toFixed(3)} → overhead ${(wallOverhead * 100).toFixed(1)}% wall, ${(cpuOverhead * 100).toFixed(1)}% CPU`
  );
}

export async function runExportPath({ dist, corpus, log }) {
  if (typeof dist.PiiRedactingSpanProcessor !== 'function') {
    const skipped = 'PiiRedactingSpanProcessor is not exported by dist/index.js yet';
    log(`  skipped (${skipped})`);
    return { skipped };
  }
  const receiver = await startReceiverProcess();
  try {
    // The bench's spans, scanned every time (they repeat every 48 spans; see policies.mjs).
    const main = await compareArms({ receiver, specs: corpus.spans, policy: SCAN_EVERY_TIME, dist });
    log(describe('bench spans, rememberCleanText off:', main));
    // Chats re-sending their history, with the default policy, which remembers texts found clean twice.
    const chat = await compareArms({ receiver, specs: chatSpecs(corpus), policy: {}, dist });
    log(describe('8-turn chats re-sending their history, default policy:', chat));
    return { receiver: receiver.implementation, spansPerRun: SPANS_PER_RUN, rounds: ROUNDS, ...main, chat };
  } finally {
    await receiver.close();
  }
}
