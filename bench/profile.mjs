/**
 * Focused profile of the engine, for finding hot spots:
 *
 *   npm run build
 *   node --cpu-prof --cpu-prof-dir=/tmp/otel-pii-profile bench/profile.mjs [clean|dense|json|all] [seconds]
 *   node bench/profile.mjs clean 4 --heap=/tmp/otel-pii-heap.heapprofile     (every allocation, kept or not)
 *   node bench/profile-summary.mjs <file>
 *
 * Runs createRedactor({ rememberCleanText: false }).redactString over one corpus (or all three in turn) for a fixed time.
 * `--heap` records sampled allocations including short-lived ones (node --heap-prof keeps
 * only objects still alive at exit, which hides exactly the per-call garbage we look for).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRedactor } from '../dist/index.js';
import { buildCorpus } from './lib/corpus.mjs';
import { SCAN_EVERY_TIME } from './lib/policies.mjs';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const heapFlag = process.argv.find((arg) => arg.startsWith('--heap='));
const which = args[0] ?? 'all';
const seconds = Number(args[1] ?? 6);
const corpus = buildCorpus();
const sets = { clean: corpus.cleanProse, dense: corpus.piiDense, json: corpus.genaiJson };
const chosen = which === 'all' ? Object.keys(sets) : [which];
if (!chosen.every((name) => name in sets)) {
  console.error('usage: profile.mjs [clean|dense|json|all] [seconds] [--heap=<out.heapprofile>]');
  process.exit(2);
}

const redactor = createRedactor(SCAN_EVERY_TIME);
let sink = 0;
// Warm up first so that compilation garbage stays out of a heap profile.
for (const name of chosen) for (const text of sets[name]) sink += redactor.redactString(text).length;

let session;
if (heapFlag) {
  session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 128,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}

for (const name of chosen) {
  const texts = sets[name];
  const budgetMs = (seconds * 1000) / chosen.length;
  const start = performance.now();
  let bytes = 0;
  let i = 0;
  while (performance.now() - start < budgetMs) {
    const text = texts[i++ % texts.length];
    sink += redactor.redactString(text).length;
    bytes += text.length;
  }
  const elapsed = (performance.now() - start) / 1000;
  console.log(`${name}: ${(bytes / 1e6 / elapsed).toFixed(1)} MB/s over ${elapsed.toFixed(1)} s`);
}

if (session) {
  const { profile } = await session.post('HeapProfiler.stopSampling');
  writeFileSync(heapFlag.slice('--heap='.length), JSON.stringify(profile));
  session.disconnect();
  console.log(`wrote ${heapFlag.slice('--heap='.length)}`);
}
if (sink === 0) console.log('');
