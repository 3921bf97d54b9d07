import { LoggerProvider } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { callId, conversationSpecs, responseId, SEED } from '../lib/corpus.mjs';
import { charCodeReadingProcessor, emitLogs, emitSpans, readingLogSink, readingSpanSink } from '../lib/otel-fixtures.mjs';
import { SCAN_EVERY_TIME } from '../lib/policies.mjs';
import { Prng } from '../lib/prng.mjs';
import { cpuMs, median } from '../lib/timing.mjs';

/**
 * CPU microseconds per span and per log record through the redacting processors. Each round
 * runs the same records through the SDK twice, once with the sink processor alone and once
 * with the redacting processor in front of it; rounds alternate so that drift hits both.
 * "Added" is the difference: the processor's own cost. The records repeat from round to round,
 * so all but the chat rows scan every time (see policies.mjs).
 */

const ROUNDS = 7;
/** Untimed passes of each arm before the timed rounds. */
const WARMUP_PASSES = 3;
const SPANS_PER_ROUND = 600;
const LOGS_PER_ROUND = 1500;

/** CPU µs per record (see lib/timing.mjs for why CPU time), and wall µs. */
function timeRound(run, count) {
  const cpuStart = cpuMs();
  const start = performance.now();
  run(count);
  return { cpu: ((cpuMs() - cpuStart) * 1000) / count, wall: ((performance.now() - start) * 1000) / count };
}

function compare(runBaseline, runRedacting, count) {
  // Warm both paths before timing (the first passes run unoptimised code).
  for (let i = 0; i < WARMUP_PASSES; i++) {
    runBaseline(count);
    runRedacting(count);
  }
  const baseline = [];
  const redacting = [];
  for (let r = 0; r < ROUNDS; r++) {
    baseline.push(timeRound(runBaseline, count));
    redacting.push(timeRound(runRedacting, count));
  }
  const base = median(baseline.map((round) => round.cpu));
  const withRedaction = median(redacting.map((round) => round.cpu));
  return {
    usBaseline: base,
    usWithRedaction: withRedaction,
    usAdded: withRedaction - base,
    wallUsBaseline: median(baseline.map((round) => round.wall)),
    wallUsWithRedaction: median(redacting.map((round) => round.wall)),
  };
}

/**
 * `compare` for a span row: spans into the sink alone (`emitPlain`) against the same spans
 * through a processor in front of it (`emitMeasured`), with the row's payload noted and its
 * line logged.
 */
function compareSpans(log, label, emitPlain, emitMeasured, payloadBytes) {
  const row = compare(emitPlain, emitMeasured, SPANS_PER_ROUND);
  row.payloadBytes = payloadBytes;
  log(
    `  ${label}: ${row.usWithRedaction.toFixed(1)} µs with the processor, ` +
      `${row.usBaseline.toFixed(1)} µs without → +${row.usAdded.toFixed(1)} µs/span`,
  );
  return row;
}

export async function runProcessors({ dist, corpus, log }) {
  const out = {};
  if (typeof dist.PiiRedactingSpanProcessor === 'function') {
    const plain = new BasicTracerProvider({ spanProcessors: [readingSpanSink] });
    const redacting = new BasicTracerProvider({
      spanProcessors: [new dist.PiiRedactingSpanProcessor(readingSpanSink, { policy: SCAN_EVERY_TIME })],
    });
    const plainTracer = plain.getTracer('bench');
    const redactingTracer = redacting.getTracer('bench');
    const spanPayloadBytes = averagePayload(corpus.spans.map((spec) => spec.attributes));
    out.span = compareSpans(
      log,
      `span, wrapping (avg ${spanPayloadBytes} B of attributes)`,
      (n) => emitSpans(plainTracer, corpus.spans, n),
      (n) => emitSpans(redactingTracer, corpus.spans, n),
      spanPayloadBytes,
    );
    const shutdowns = [plain.shutdown(), redacting.shutdown()];
    if (typeof dist.PiiRedactingSpanProcessor.inPlace === 'function') {
      // In-place mode: listed first, it scrubs the still-writable span in onEnding.
      const inPlace = new BasicTracerProvider({
        spanProcessors: [dist.PiiRedactingSpanProcessor.inPlace({ policy: SCAN_EVERY_TIME }), readingSpanSink],
      });
      const inPlaceTracer = inPlace.getTracer('bench');
      out.spanInPlace = compareSpans(
        log,
        'span, in place',
        (n) => emitSpans(plainTracer, corpus.spans, n),
        (n) => emitSpans(inPlaceTracer, corpus.spans, n),
        spanPayloadBytes,
      );
      // The same chats as OpenInference records them: the request JSON in `input.value` and
      // every message again as a flat attribute, so that each content text is in the set twice.
      const openInference = corpus.spans.filter((spec) => spec.attributes['gen_ai.input.messages']).map(openInferenceSpec);
      out.spanOpenInference = compareSpans(
        log,
        'span, OpenInference shape, in place',
        (n) => emitSpans(plainTracer, openInference, n),
        (n) => emitSpans(inPlaceTracer, openInference, n),
        averagePayload(openInference.map((spec) => spec.attributes)),
      );
      // The same spans with ids of their own, as every real span has: nothing but the ids differs,
      // so the difference from the in-place row is what values seen once cost.
      const batches = freshIdBatches(corpus.spans, SPANS_PER_ROUND, 2 * (WARMUP_PASSES + ROUNDS));
      let batch = 0;
      out.spanFreshIds = compareSpans(
        log,
        'span, fresh ids, in place',
        (n) => emitSpans(plainTracer, batches[batch++ % batches.length], n),
        (n) => emitSpans(inPlaceTracer, batches[batch++ % batches.length], n),
        spanPayloadBytes,
      );
      // The reference for the export target: every string of the same spans read once, character by character, nothing found.
      const readOnce = new BasicTracerProvider({ spanProcessors: [charCodeReadingProcessor, readingSpanSink] });
      const readOnceTracer = readOnce.getTracer('bench');
      out.spanReadOnce = compareSpans(
        log,
        'reference, every string read once',
        (n) => emitSpans(plainTracer, corpus.spans, n),
        (n) => emitSpans(readOnceTracer, corpus.spans, n),
        spanPayloadBytes,
      );
      shutdowns.push(inPlace.shutdown(), readOnce.shutdown());
      out.conversation = await compareConversations(dist, corpus);
      const { usBaseline, usAddedForgetting, usAddedRemembering, payloadBytes } = out.conversation;
      log(
        `  chat re-sending its history (${CONVERSATION_TURNS} turns, avg ${payloadBytes} B): ${usBaseline.toFixed(1)} µs without redaction, ` +
          `+${usAddedForgetting.toFixed(1)} µs/span scanning every text, +${usAddedRemembering.toFixed(1)} µs with the default policy (rememberCleanText)`,
      );
    }
    await Promise.all(shutdowns);
  } else {
    out.span = { skipped: 'PiiRedactingSpanProcessor is not exported by dist/index.js yet' };
    log(`  span: skipped (${out.span.skipped})`);
  }

  if (typeof dist.PiiRedactingLogRecordProcessor === 'function') {
    const plain = new LoggerProvider({ processors: [readingLogSink] });
    const redacting = new LoggerProvider({
      processors: [new dist.PiiRedactingLogRecordProcessor(readingLogSink, { policy: SCAN_EVERY_TIME })],
    });
    const plainLogger = plain.getLogger('bench');
    const redactingLogger = redacting.getLogger('bench');
    out.log = compare(
      (n) => emitLogs(plainLogger, corpus.logs, n),
      (n) => emitLogs(redactingLogger, corpus.logs, n),
      LOGS_PER_ROUND,
    );
    out.log.payloadBytes = averagePayload(corpus.logs.map((spec) => ({ body: spec.body, ...spec.attributes })));
    log(
      `  log record (avg ${out.log.payloadBytes} B of body+attributes): ${out.log.usWithRedaction.toFixed(1)} µs with redaction, ` +
        `${out.log.usBaseline.toFixed(1)} µs without → +${out.log.usAdded.toFixed(1)} µs/record`,
    );
    await Promise.all([plain.shutdown(), redacting.shutdown()]);
  } else {
    out.log = { skipped: 'PiiRedactingLogRecordProcessor is not exported by dist/index.js yet' };
    log(`  log record: skipped (${out.log.skipped})`);
  }
  return out;
}

const CONVERSATIONS_PER_ROUND = 24;
const CONVERSATION_TURNS = 8;
/** A round is ~200 spans per arm, short enough for one stall to decide it: the median of many. */
const CONVERSATION_ROUNDS = 21;
/**
 * Untimed first rounds. The chat path takes ~20 rounds of 100 spans to reach its steady state
 * (CPU per span falls from ~2 ms to under 0.1 ms, unevenly); three left the median half warm-up.
 */
const CONVERSATION_WARMUP_ROUNDS = 12;

/**
 * CPU µs per span of chats that send their history again with every turn, redacted in place with
 * and without `rememberCleanText` (on in the default policy). Every round has conversations of its
 * own (nothing repeats from one round to the next but the app's system prompt), so the memo only
 * gains what a real app's traffic would give it.
 */
async function compareConversations(dist, corpus) {
  const plain = new BasicTracerProvider({ spanProcessors: [readingSpanSink] });
  const forgetting = new BasicTracerProvider({ spanProcessors: [dist.PiiRedactingSpanProcessor.inPlace({ policy: SCAN_EVERY_TIME }), readingSpanSink] });
  const remembering = new BasicTracerProvider({
    spanProcessors: [dist.PiiRedactingSpanProcessor.inPlace({ policy: {} }), readingSpanSink],
  });
  const tracers = [plain, forgetting, remembering].map((provider) => provider.getTracer('bench'));
  const cpu = [[], [], []];
  let payloadBytes = 0;
  for (let round = 0; round < CONVERSATION_WARMUP_ROUNDS + CONVERSATION_ROUNDS; round++) {
    const specs = conversationSpecs(SEED + 1000 + round, corpus.labelled, CONVERSATIONS_PER_ROUND, CONVERSATION_TURNS);
    payloadBytes = averagePayload(specs.map((spec) => spec.attributes));
    for (let turn = 0; turn < tracers.length; turn++) {
      // Each arm goes first in turn, so that no arm always pays for the garbage of the one before.
      const arm = (round + turn) % tracers.length;
      const { cpu: us } = timeRound((n) => emitSpans(tracers[arm], specs, n), specs.length);
      if (round >= CONVERSATION_WARMUP_ROUNDS) cpu[arm].push(us);
    }
  }
  await Promise.all([plain.shutdown(), forgetting.shutdown(), remembering.shutdown()]);
  const [usBaseline, usForgetting, usRemembering] = cpu.map(median);
  return {
    payloadBytes,
    usBaseline,
    usAddedForgetting: usForgetting - usBaseline,
    usAddedRemembering: usRemembering - usBaseline,
  };
}

function averagePayload(objects) {
  let total = 0;
  for (const object of objects) total += Buffer.byteLength(JSON.stringify(object));
  return Math.round(total / objects.length);
}

/** A chat span spec recorded the OpenInference way: `input.value` JSON plus `llm.input_messages.N.*`. */
function openInferenceSpec(spec) {
  const messages = JSON.parse(spec.attributes['gen_ai.input.messages']).map((message) => ({
    role: message.role,
    content: message.parts.map((part) => part.content ?? JSON.stringify(part)).join('\n'),
  }));
  const attributes = {
    'openinference.span.kind': 'LLM',
    'llm.model_name': 'gpt-4o-2024-08-06',
    'input.value': JSON.stringify({ model: 'gpt-4o-2024-08-06', messages }),
    'input.mime_type': 'application/json',
  };
  messages.forEach((message, i) => {
    attributes[`llm.input_messages.${i}.message.role`] = message.role;
    attributes[`llm.input_messages.${i}.message.content`] = message.content;
  });
  return { name: 'ChatCompletion', attributes };
}

/**
 * `count` batches of `size` copies of the span specs, each copy with a response or tool-call id
 * of its own (the bench's specs repeat theirs every 48 spans). Made before timing; the
 * arms take batches in turn, so the redacting arm never sees an id twice.
 */
function freshIdBatches(specs, size, count) {
  const rng = new Prng(SEED + 2000);
  const fresh = (spec) => {
    const attributes = { ...spec.attributes };
    if ('gen_ai.response.id' in attributes) attributes['gen_ai.response.id'] = responseId(rng);
    if ('gen_ai.tool.call.id' in attributes) attributes['gen_ai.tool.call.id'] = callId(rng);
    return { name: spec.name, attributes };
  };
  return Array.from({ length: count }, () => Array.from({ length: size }, (_, i) => fresh(specs[i % specs.length])));
}
