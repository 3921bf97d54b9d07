/** Type declarations for harness.mjs, so the TypeScript soak test can import it. */

export interface Percentiles {
  calls: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface SoakRun {
  redact: boolean;
  targetRate: number;
  emitted: { spans: number; logRecords: number };
  received: { spans: number; logRecords: number };
  dropped: { spans: number; logRecords: number };
  exportErrors: number;
  leaks: number;
  leakedValues: string[];
  wireMB: number;
  elapsedSeconds: number;
  achievedRate: number;
  producerBusyShare: number;
  loopDelay: { p50Ms: number; p99Ms: number; maxMs: number };
  spanEnd: Percentiles;
  logEmit: Percentiles;
  spanScrub: Percentiles;
  logScrub: Percentiles;
  heap: { afterRecords: number; heapUsedMB: number }[];
  heapGrowthMB: number;
  heapGrowthBytesPerRecord: number;
  redactorStats: unknown;
}

export interface SoakComparison {
  control: SoakRun;
  redacted: SoakRun;
}

export interface ComparisonOptions {
  /** The package's exports: `src/index.ts` in tests, `dist/index.js` from the script. */
  lib: unknown;
  rate: number;
  seconds: number;
  windows: number;
  burst: number;
  log?: (line: string) => void;
}

export const BATCH: { maxQueueSize: number; maxExportBatchSize: number; scheduledDelayMillis: number; exportTimeoutMillis: number };
export function collectGarbage(): void;
export function runComparison(options: ComparisonOptions): Promise<SoakComparison>;
export function formatComparison(comparison: SoakComparison): string;
