import { parentPort, workerData } from 'node:worker_threads';
import { ADVERSARIAL_CASES } from './adversarial-cases.mjs';
import { cpuMs } from './timing.mjs';

/**
 * Times one adversarial case in its own thread, so that a detector that turns out to be
 * quadratic can be stopped (the parent terminates the worker) instead of hanging the bench.
 * The redactor's size cap is raised above the input: a 1 MB string must be scanned, not
 * truncated at the default 256 KB.
 */
const { distUrl, caseIndex, sizes, repeats } = workerData;
const { createRedactor } = await import(distUrl);
// Each case is timed several times: remembering it would time a hash, not the scan.
const redactor = createRedactor({ maxValueLength: 8 * 1024 * 1024, maxDepth: 32, rememberCleanText: false });
const testCase = ADVERSARIAL_CASES[caseIndex];

// Warm up the JIT on smaller inputs of the same shape, then once at the first measured size.
const small = testCase.make(16 * 1024);
for (let i = 0; i < 5; i++) redactor.redactString(small);
redactor.redactString(testCase.make(sizes[0]));

// Fast cases repeat until they add up to a measurable time; slow ones stop at `repeats`.
// The fastest run is reported: interference (other processes, a GC) only ever adds time.
const MIN_TOTAL_MS = 400;
for (const size of sizes) {
  const input = testCase.make(size);
  // Flatten before timing: concatenation chains would otherwise be flattened by the first scan.
  input.charCodeAt(0);
  const times = [];
  let changed = false;
  let total = 0;
  const wallTimes = [];
  // The 4 MB runs are there to confirm a trend, not to be precise: three are enough.
  const minRuns = size >= 4 * 1024 * 1024 ? 3 : repeats;
  while (times.length < minRuns || (total < MIN_TOTAL_MS && times.length < 200)) {
    const cpuStart = cpuMs();
    const start = performance.now();
    const out = redactor.redactString(input);
    const wall = performance.now() - start;
    // CPU time of the process: this worker is the only busy thread, and a shared machine
    // that deschedules it must not look like superlinear cost.
    const cpu = cpuMs() - cpuStart;
    times.push(cpu);
    wallTimes.push(wall);
    total += wall;
    changed = out !== input;
  }
  times.sort((a, b) => a - b);
  wallTimes.sort((a, b) => a - b);
  parentPort.postMessage({ type: 'result', size, ms: times[0], wallMs: wallTimes[0], runs: times.length, changed });
}
parentPort.postMessage({ type: 'done' });
