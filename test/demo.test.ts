import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { startOtlpReceiver } from '../examples/support/otlp-receiver.mjs';
import { plantedEntries } from '../examples/support/planted.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const VERDICT = /^(\d+) of (\d+) planted values left the process$/m;

/** Runs examples/demo.mjs against the built package (`npm test` builds first). */
async function runDemo(extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extraEnv };
  if (!('OTEL_EXPORTER_OTLP_ENDPOINT' in extraEnv)) delete env.OTEL_EXPORTER_OTLP_ENDPOINT;
  try {
    const { stdout } = await run(process.execPath, ['examples/demo.mjs'], { cwd: root, env, timeout: 60_000 });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('npm run demo', () => {
  beforeAll(() => {
    if (!existsSync(new URL('../dist/index.js', import.meta.url))) throw new Error('dist/ is missing: run `npm run build` first');
  });

  it('exits 0 and reports that no planted value left the process', async () => {
    const { code, stdout } = await runDemo();
    expect(stdout).toMatch(VERDICT);
    const [, leaked, planted] = VERDICT.exec(stdout)!;
    expect(Number(leaked)).toBe(0);
    expect(Number(planted)).toBe(plantedEntries().length);
    expect(stdout).toContain(`planted values recorded by the app: ${planted} of ${planted}`);
    expect(code).toBe(0);
  });

  it('ships to OTEL_EXPORTER_OTLP_ENDPOINT when set, and nothing planted arrives there', async () => {
    const receiver = await startOtlpReceiver();
    try {
      const { code, stdout } = await runDemo({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });
      expect(stdout).toContain(`OTLP/HTTP to ${receiver.url} (OTEL_EXPORTER_OTLP_ENDPOINT)`);
      expect(stdout).toMatch(/^0 of \d+ planted values left the process$/m);
      expect(code).toBe(0);
      expect(receiver.spans().length).toBeGreaterThan(0);
      expect(receiver.logRecords().length).toBeGreaterThan(0);
      const received = receiver.rawText();
      for (const [label, value] of plantedEntries()) expect(received, label).not.toContain(value);
    } finally {
      await receiver.close();
    }
  });
});
