import { readFileSync } from 'node:fs';
import os from 'node:os';

/** What the figures were measured on. */
export function describeMachine() {
  let cpuModel = os.cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) cpuModel = line.split(':')[1].trim();
  } catch {
    // Not Linux: os.cpus() is the best we have.
  }
  return {
    cpuModel,
    logicalCpus: typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1e9),
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform} ${os.release()} ${process.arch}`,
    // Other processes on the machine skew every figure; the load average says how much.
    loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
  };
}
