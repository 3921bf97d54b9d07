#!/usr/bin/env node
// Long load-and-soak run against the built package (dist/). See docs/hardening.md.
//
//   npm run build && node scripts/soak.mjs --seconds 180
//
// Options: --seconds N (default 180, per run), --rate N spans/s and as many log records/s
// (default 5000), --windows N heap samples (default 12), --burst N records per event-loop turn
// (default 4), --dist PATH (the built entry point, default dist/index.js), --json (print the
// full result as JSON). The control run (no redaction) comes
// first, then the redacted run of the same size. Exits 1 on any loss the control did not have,
// any leak, heap growth above 64 bytes per record, or a sustained rate below 95% of --rate.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatComparison, runComparison } from '../test/soak/harness.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '180' },
    rate: { type: 'string', default: '5000' },
    windows: { type: 'string', default: '12' },
    burst: { type: 'string', default: '4' },
    dist: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const dist = values.dist !== undefined ? resolve(values.dist) : fileURLToPath(new URL('../dist/index.js', import.meta.url));
if (!existsSync(dist)) {
  console.error(`${dist} not found: run \`npm run build\` first`);
  process.exit(2);
}
const lib = await import(pathToFileURL(dist).href);

const options = { rate: Number(values.rate), seconds: Number(values.seconds), windows: Number(values.windows), burst: Number(values.burst) };
for (const [name, value] of Object.entries(options)) {
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`--${name} must be a positive number`);
    process.exit(2);
  }
}

console.log(`soak: ${options.rate} spans/s + ${options.rate} log records/s, ${options.seconds} s per run, node ${process.version}`);
const result = await runComparison({ lib, ...options, log: (line) => console.log(line) });
console.log(formatComparison(result));
if (values.json) console.log(JSON.stringify(result, null, 2));

const { control, redacted } = result;
const problems = [];
if (redacted.received.spans < Math.min(redacted.emitted.spans, control.received.spans)) problems.push('spans lost');
if (redacted.received.logRecords < Math.min(redacted.emitted.logRecords, control.received.logRecords)) problems.push('log records lost');
if (redacted.leaks > 0) problems.push(`planted values reached the receiver: ${redacted.leakedValues.join(', ')}`);
if (redacted.heapGrowthBytesPerRecord > 64) problems.push(`heap grew ${redacted.heapGrowthBytesPerRecord.toFixed(1)} bytes per record`);
if (redacted.achievedRate < options.rate * 0.95) problems.push(`sustained ${redacted.achievedRate.toFixed(0)} records/s of the ${options.rate}/s offered`);
if (problems.length > 0) {
  console.error(`soak FAILED: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('soak passed: target rate sustained, no loss beyond the control, no leak, flat heap');
