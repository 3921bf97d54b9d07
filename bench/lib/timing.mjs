/**
 * Time-boxed measurement: run over a list of inputs cyclically until a round's budget is
 * spent, several rounds, report the median. Budgets, not iteration counts, keep the whole
 * bench inside its time limit whatever the speed of the code under test.
 *
 * Two clocks: wall time, and CPU time of this process. On a machine shared with other work
 * the process waits for a core now and then; wall-clock figures then understate what one
 * core does, CPU-time figures do not (they can only overstate the cost, by counting V8's
 * background GC and compiler threads). Tables show the CPU-time figure; both are kept.
 */

/** CPU time (user + system) of this process so far, in milliseconds. */
export function cpuMs() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

export function utf8Bytes(texts) {
  return texts.map((text) => Buffer.byteLength(text, 'utf8'));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Throughput of `fn` over `texts` in MB per CPU-second (`mbPerSecond`) and per wall-second
 * (1 MB = 10^6 bytes of UTF-8). `fn` may return a promise (async peers); it is awaited per
 * call, as a caller would.
 * The result of each call is kept in a sink so the work cannot be optimised away.
 */
export async function throughput(fn, texts, options = {}) {
  const { rounds = 5, roundMs = 300, warmupMs = 200, warmupPasses = 1, maxWarmupMs = 3000, isAsync = false } = options;
  const bytes = utf8Bytes(texts);
  let sink = 0;
  const runRound = async (budgetMs) => {
    let done = 0;
    let calls = 0;
    const cpuStart = cpuMs();
    const start = performance.now();
    let now = start;
    let i = 0;
    while (now - start < budgetMs || calls === 0) {
      const out = isAsync ? await fn(texts[i]) : fn(texts[i]);
      sink += typeof out === 'string' ? out.length : 1;
      done += bytes[i];
      calls++;
      i = (i + 1) % texts.length;
      // Reading the clock every call costs ~50 ns: negligible next to a multi-KB scan.
      now = performance.now();
    }
    const cpu = cpuMs() - cpuStart;
    return {
      mbPerSecond: done / 1e6 / ((now - start) / 1000),
      mbPerCpuSecond: done / 1e6 / (cpu / 1000),
      calls,
      ms: now - start,
      cpuMs: cpu,
    };
  };
  // Warm up for at least `warmupMs` and `warmupPasses` passes over every input (capped by
  // `maxWarmupMs` for slow tools): the first pass over new shapes of input runs in
  // unoptimised code, several times slower than the steady state being measured.
  const warmupStart = performance.now();
  let passes = 0;
  while (performance.now() - warmupStart < maxWarmupMs && (passes < warmupPasses || performance.now() - warmupStart < warmupMs)) {
    for (let i = 0; i < texts.length && performance.now() - warmupStart < maxWarmupMs; i++) {
      const out = isAsync ? await fn(texts[i]) : fn(texts[i]);
      sink += typeof out === 'string' ? out.length : 1;
    }
    passes++;
  }
  const results = [];
  for (let r = 0; r < rounds; r++) results.push(await runRound(roundMs));
  const totalCalls = results.reduce((sum, result) => sum + result.calls, 0);
  const totalCpuMs = results.reduce((sum, result) => sum + result.cpuMs, 0);
  return {
    mbPerSecond: median(results.map((result) => result.mbPerCpuSecond)),
    mbPerWallSecond: median(results.map((result) => result.mbPerSecond)),
    cpuUsPerCall: (totalCpuMs * 1000) / totalCalls,
    calls: totalCalls,
    sink,
  };
}
