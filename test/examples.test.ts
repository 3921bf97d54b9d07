import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { plantedEntries } from '../examples/support/planted.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));

/** Each example, and a marker its output must show: proof it exported something, scrubbed. */
const EXAMPLES: readonly (readonly [file: string, marker: RegExp])[] = [
  ['examples/nodesdk-setup.mjs', /the receiver got 1 span\(s\) and 1 log record\(s\)/],
  ['examples/pino-logs.mjs', /the receiver got 0 span\(s\) and 3 log record\(s\)/],
  ['examples/winston-logs.mjs', /the receiver got 0 span\(s\) and 3 log record\(s\)/],
  ['examples/vendor-exporter.mjs', /<EMAIL:[0-9a-f]{16}>/],
];

async function runExample(file: string): Promise<{ code: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.OTEL_EXPORTER_OTLP_ENDPOINT;
  try {
    const { stdout, stderr } = await run(process.execPath, [file], { cwd: root, env, timeout: 60_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('examples', () => {
  beforeAll(() => {
    if (!existsSync(new URL('../dist/index.js', import.meta.url))) throw new Error('dist/ is missing: run `npm run build` first');
  });

  it.concurrent.each(EXAMPLES)('%s runs offline and prints no planted value', async (file, marker) => {
    const { code, output } = await runExample(file);
    expect(output).toMatch(marker);
    for (const [label, value] of plantedEntries()) expect(output, label).not.toContain(value);
    expect(output).toMatch(/\[REDACTED:[A-Z_]+\]/);
    expect(code).toBe(0);
  });
});
