// Short load test (about 10–20 s): an app offering 5,000 LLM-sized spans and 5,000 log records
// per second through the redacting processors, BatchSpanProcessor / BatchLogRecordProcessor and
// the real OTLP/HTTP exporters to a loopback receiver in a child process, against a control run
// of the same size without redaction. Assertions are the robust ones (no loss, no leak, bounded
// heap, a generous bound on the worst loop delay); throughput and delay figures are printed.
// The long version: `npm run build && node scripts/soak.mjs --seconds 180`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { formatComparison, runComparison, type SoakRun } from './harness.mjs';

const RATE = 5_000;
const RECORDS = 8_000;

let control: SoakRun;
let redacted: SoakRun;

describe('soak (short): 5,000 spans/s and 5,000 log records/s offered, OTLP/HTTP to a loopback receiver', () => {
  beforeAll(async () => {
    const result = await runComparison({ lib, rate: RATE, seconds: RECORDS / RATE, windows: 4, burst: 4 });
    control = result.control;
    redacted = result.redacted;
    console.log(formatComparison(result));
  }, 180_000);

  afterAll(() => {
    if (redacted !== undefined && redacted.achievedRate < RATE * 0.95) {
      console.log(`note: the redacted pipeline sustained ${redacted.achievedRate.toFixed(0)} records/s of each signal, below the ${RATE}/s offered`);
    }
  });

  it('the control run delivered everything and carried the planted values (the leak check can see them)', () => {
    expect(control.received).toEqual(control.emitted);
    expect(control.leaks).toBeGreaterThan(0);
  });

  it('the redacted run loses nothing the control delivered', () => {
    expect(redacted.emitted).toEqual({ spans: RECORDS, logRecords: RECORDS });
    expect(redacted.received.spans).toBeGreaterThanOrEqual(Math.min(redacted.emitted.spans, control.received.spans));
    expect(redacted.received.logRecords).toBeGreaterThanOrEqual(Math.min(redacted.emitted.logRecords, control.received.logRecords));
    expect(redacted.dropped).toEqual({ spans: 0, logRecords: 0 });
  });

  it('no planted value reaches the receiver', () => {
    expect(redacted.leakedValues).toEqual([]);
    expect(redacted.leaks).toBe(0);
  });

  it('heap after GC stays flat across windows (no per-record retention)', () => {
    // A retained 4 KB span per record would add ~40 MB here; JIT and pool warm-up add < 2 MB.
    expect(redacted.heapGrowthMB).toBeLessThan(16);
    expect(redacted.heapGrowthMB - control.heapGrowthMB).toBeLessThan(8);
  });

  it('the event loop is never blocked for long (generous bound; p99 and max are printed above)', () => {
    expect(redacted.loopDelay.maxMs).toBeLessThan(2_000);
  });
});
