#!/usr/bin/env node
// Before/after speed of two builds on the bench corpora, robust to a noisy machine: the builds
// take turns round after round, each figure is CPU time (not wall time), and the best round of
// each counts. Prints MB/s of `redactString` per corpus, CPU µs per span through each build's
// PiiRedactingSpanProcessor (the bench's chat and tool spans), CPU µs per id that a redactor sees
// once (`chatcmpl-…`, `call_…`, UUIDs), and the ratio B / A. Both builds scan every time
// (`rememberCleanText: false`): the corpora repeat.
//
//   node bench/compare.mjs <dist A index.js> <dist B index.js> [rounds]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { buildCorpus, idsSeenOnce } from './lib/corpus.mjs';
import { emitSpans, readingSpanSink } from './lib/otel-fixtures.mjs';
import { SCAN_EVERY_TIME } from './lib/policies.mjs';
import { Prng } from './lib/prng.mjs';

const [distA, distB, roundsArg] = process.argv.slice(2);
if (distA === undefined || distB === undefined) {
  console.error('usage: node bench/compare.mjs <dist A index.js> <dist B index.js> [rounds]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 7);
const builds = await Promise.all([distA, distB].map(async (file) => import(pathToFileURL(resolve(file)).href)));
const redactors = builds.map((dist) => dist.createRedactor(SCAN_EVERY_TIME));
const tracers = builds.map((dist) =>
  new BasicTracerProvider({ spanProcessors: [new dist.PiiRedactingSpanProcessor(readingSpanSink, { policy: SCAN_EVERY_TIME })] }).getTracer('compare'),
);
const SPANS_PER_ROUND = 480;
const corpus = buildCorpus();
const corpora = { 'clean prose': corpus.cleanProse, 'PII-dense': corpus.piiDense, 'GenAI JSON': corpus.genaiJson };
const bytesOf = Object.fromEntries(
  Object.entries(corpora).map(([name, texts]) => [name, texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)]),
);
/** Passes per round, so that a round of each corpus takes a comparable time. */
const passes = { 'clean prose': 10, 'PII-dense': 3, 'GenAI JSON': 10 };
const best = { A: {}, B: {} };
const spanBest = { A: Infinity, B: Infinity };
const IDS_PER_ROUND = 6_000;
const idRng = new Prng(29);
/** Ids no build has seen: each round makes its own, and each build gets a batch of its own. */
const freshIds = () => idsSeenOnce(idRng, IDS_PER_ROUND);
const idBest = { A: Infinity, B: Infinity };

for (let round = 0; round < rounds; round++) {
  for (const [name, texts] of Object.entries(corpora)) {
    // Alternate which build goes first, so neither always runs on a warmer cache.
    const order = round % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
    for (const build of order) {
      const redactor = redactors[build === 'A' ? 0 : 1];
      const before = process.cpuUsage();
      for (let pass = 0; pass < passes[name]; pass++) for (const text of texts) redactor.redactString(text);
      const used = process.cpuUsage(before);
      const mbPerSecond = (bytesOf[name] * passes[name]) / (used.user + used.system);
      best[build][name] = Math.max(best[build][name] ?? 0, mbPerSecond);
    }
  }
  for (const build of round % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
    const before = process.cpuUsage();
    emitSpans(tracers[build === 'A' ? 0 : 1], corpus.spans, SPANS_PER_ROUND);
    const used = process.cpuUsage(before);
    spanBest[build] = Math.min(spanBest[build], (used.user + used.system) / SPANS_PER_ROUND);
  }
  for (const build of round % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
    const ids = freshIds();
    const redactor = redactors[build === 'A' ? 0 : 1];
    const before = process.cpuUsage();
    for (const id of ids) redactor.redactString(id);
    const used = process.cpuUsage(before);
    idBest[build] = Math.min(idBest[build], (used.user + used.system) / IDS_PER_ROUND);
  }
}

console.log(`| corpus | A MB/s | B MB/s | B / A |\n| --- | ---: | ---: | ---: |`);
for (const name of Object.keys(corpora)) {
  const a = best.A[name];
  const b = best.B[name];
  console.log(`| ${name} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(b / a).toFixed(2)} |`);
}
console.log(
  `| spans, CPU µs each (lower is better) | ${spanBest.A.toFixed(1)} | ${spanBest.B.toFixed(1)} | ${(spanBest.B / spanBest.A).toFixed(2)} |`,
);
console.log(`| ids seen once, CPU µs each (lower is better) | ${idBest.A.toFixed(2)} | ${idBest.B.toFixed(2)} | ${(idBest.B / idBest.A).toFixed(2)} |`);
console.log(`\nA: ${distA}\nB: ${distB}\nbest of ${rounds} alternating rounds, CPU time`);
