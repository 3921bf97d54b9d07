/**
 * The benchmark, in one run: `npm run bench` (builds, then `node --expose-gc bench/run.mjs`).
 *
 *   1. scanning   MB/s of our engine and the peer libraries on the same texts, and their recall
 *   2. allocation bytes allocated per clean-string call
 *   3. processors µs per span and per log record through the redacting processors
 *   4. memo       what the default memo of long clean texts costs when every text is new
 *   5. export     spans/s of the full OTLP export path with and without redaction
 *   6. adversarial 256 KB vs 1 MB near-miss inputs (linear time)
 *
 * Figures go to the console, bench/results.json and bench/results.md. `--only=a,b` runs
 * some sections (names above); `--dist=<file>` measures another build than dist/index.js.
 * All inputs are generated from a fixed seed.
 */
import { writeFileSync } from 'node:fs';
import { snapshotBuild } from './lib/snapshot.mjs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOurs, loadPeers } from './lib/contenders.mjs';
import { buildCorpus, SEED } from './lib/corpus.mjs';
import { describeMachine } from './lib/machine.mjs';
import * as report from './lib/report.mjs';
import { runAdversarial } from './sections/adversarial.mjs';
import { runAllocation } from './sections/allocation.mjs';
import { runExportPath } from './sections/export-path.mjs';
import { runMemo } from './sections/memo.mjs';
import { runProcessors } from './sections/processors.mjs';
import { runScanning } from './sections/scanning.mjs';

const SECTIONS = ['scanning', 'allocation', 'processors', 'memo', 'export', 'adversarial'];
const onlyFlag = process.argv.find((arg) => arg.startsWith('--only='));
const selected = new Set(onlyFlag ? onlyFlag.slice('--only='.length).split(',') : SECTIONS);
for (const name of selected) {
  if (!SECTIONS.includes(name)) {
    console.error(`unknown section "${name}"; choose from ${SECTIONS.join(', ')}`);
    process.exit(2);
  }
}

// `--dist=<file>` measures another build (e.g. a baseline copy of dist/ kept for comparison).
const distFlag = process.argv.find((arg) => arg.startsWith('--dist='));
const distSource = distFlag ? resolve(distFlag.slice('--dist='.length)) : fileURLToPath(new URL('../dist/index.js', import.meta.url));
const distUrl = snapshotBuild(distSource);
const dist = await import(distUrl);
const log = (line) => console.log(line);
const started = performance.now();

const results = {
  generatedAt: new Date().toISOString(),
  command: 'npm run bench',
  seed: SEED,
  machine: describeMachine(),
  notes: {
    mb:
      '1 MB = 10^6 bytes of UTF-8 input; one call per ~4 KB string; median of timed rounds; single thread; ' +
      'mbPerSecond is per CPU-second of this process, mbPerWallSecond per wall second',
    recall: 'a labelled value counts as caught when neither it nor any 4+ character alphanumeric run of it survives in the output',
    policy: 'otel-pii-redact with createRedactor() defaults, rememberCleanText off but in the chat rows (the corpora repeat); peers with their documented defaults',
  },
};

if (typeof globalThis.gc !== 'function') log('note: run with --expose-gc for allocation figures (npm run bench does)');
log(`otel-pii-redact bench — ${results.machine.cpuModel}, ${results.machine.logicalCpus} CPUs, Node ${results.machine.node}\n`);

const corpus = buildCorpus(SEED);

async function section(name, title, run) {
  if (!selected.has(name)) return;
  log(`## ${title}`);
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  results[name === 'export' ? 'exportPath' : name] = await run();
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time of this process over wall time: well below 1 means it waited for a core (other
  // load on the machine) and the figures of the section are pessimistic.
  const cpuShare = (cpu.user + cpu.system) / 1e6 / seconds;
  (results.sectionTimes ??= {})[name] = { seconds, cpuShare };
  log(`  (${seconds.toFixed(1)} s, CPU/wall ${cpuShare.toFixed(2)})\n`);
}

await section('scanning', 'Scanning speed and recall (same texts for every tool)', async () => {
  const ours = await loadOurs(distUrl);
  const { peers, skipped } = await loadPeers();
  for (const peer of skipped) log(`  peer ${peer.name} skipped: ${peer.reason}`);
  const scanning = await runScanning({ contenders: [...ours, ...peers], corpus, log });
  // Keep per-item verdicts out of results.json: the values are synthetic, but some are shaped like keys.
  for (const row of scanning.rows) {
    row.quality = { ...row.quality, missed: row.quality.missed.length, damaged: row.quality.damaged.length };
  }
  return { ...scanning, skippedPeers: skipped };
});

await section('allocation', 'Allocation on the hot path', () => runAllocation({ createRedactor: dist.createRedactor, corpus, log }));
await section('processors', 'OTel processors', () => runProcessors({ dist, corpus, log }));
await section('memo', 'The memo of long clean texts where every text is new', () => runMemo({ dist, corpus, log }));
await section('export', 'Full export path (BatchSpanProcessor + OTLPTraceExporter → loopback receiver)', () =>
  runExportPath({ dist, corpus, log }),
);
await section('adversarial', 'Adversarial inputs (linear time)', () => runAdversarial({ distUrl, log }));

results.totalSeconds = (performance.now() - started) / 1000;
results.loadAverageAtEnd = describeMachine().loadAverage;
results.targets = report.evaluateTargets(results);

const markdown = [];
if (results.scanning) {
  const tables = report.scanningTables(results.scanning);
  markdown.push('### Speed (MB per CPU-second) and recall\n', tables.speed);
  markdown.push('\n### Speed by wall clock (MB/s; lower when the machine is shared)\n', tables.wall);
  markdown.push('\n### Recall by category (caught / labelled)\n', tables.recall);
  markdown.push('\n### Hard negatives left intact (kept / total)\n', tables.negatives);
}
if (results.allocation) markdown.push('\n### Allocation\n', report.allocationTable(results.allocation));
if (results.processors) markdown.push('\n### Processors\n', report.processorTable(results.processors));
if (results.memo) markdown.push('\n### Long texts seen once\n', report.memoTable(results.memo));
if (results.exportPath) markdown.push('\n### Export path\n', report.exportTable(results.exportPath));
if (results.adversarial) markdown.push('\n### Adversarial inputs\n', report.adversarialTable(results.adversarial));
markdown.push('\n### Targets\n', report.targetsTable(results.targets));
const text = markdown.join('\n') + '\n';

log(text);
log(`total ${results.totalSeconds.toFixed(1)} s`);
const here = fileURLToPath(new URL('.', import.meta.url));
writeFileSync(`${here}results.json`, JSON.stringify(results, null, 2) + '\n');
const { cpuModel, logicalCpus, node } = results.machine;
const header = `<!-- generated by \`npm run bench\` on ${results.generatedAt}; ${cpuModel}, ${logicalCpus} CPUs, Node ${node} -->\n`;
writeFileSync(`${here}results.md`, header + text);
log('wrote bench/results.json and bench/results.md');
