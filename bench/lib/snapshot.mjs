import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Copies the build under test to node_modules/.cache and returns the copy's URL. Worker
 * threads import the engine again while the bench runs, and a `npm run build` elsewhere in
 * the checkout (tsup cleans dist/ first) would otherwise pull it from under them. The copy
 * sits inside the project, so its own imports (`@opentelemetry/api`) still resolve.
 * It is removed when the process exits.
 */
export function snapshotBuild(distFile) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const directory = join(root, 'node_modules', '.cache', 'otel-pii-redact-bench', String(process.pid));
  mkdirSync(directory, { recursive: true });
  const target = join(directory, 'index.js');
  copyFileSync(distFile, target);
  if (existsSync(`${distFile}.map`)) copyFileSync(`${distFile}.map`, `${target}.map`);
  process.on('exit', () => {
    try {
      rmSync(directory, { recursive: true, force: true });
    } catch {
      // A cache file left behind is harmless.
    }
  });
  return pathToFileURL(target).href;
}
