import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SCAN_EVERY_TIME } from './policies.mjs';

/**
 * The redactors compared, each behind the same `redact(text) → string` shape, all with their
 * documented defaults (no tuning for the bench). Peers are optional: a missing package is
 * reported and skipped, so the bench still runs for our engine alone.
 */

const require = createRequire(import.meta.url);

/** Installed version; packages with an `exports` map hide package.json, so walk up from the entry. */
function versionOf(name) {
  try {
    let dir = dirname(require.resolve(name));
    while (dir !== dirname(dir)) {
      const candidate = join(dir, 'package.json');
      if (existsSync(candidate)) {
        const manifest = JSON.parse(readFileSync(candidate, 'utf8'));
        if (manifest.name === name) return manifest.version;
      }
      dir = dirname(dir);
    }
  } catch {
    // Reported as unknown below.
  }
  return 'unknown';
}

export const OURS = 'otel-pii-redact';
export const OURS_ALL_ON = 'otel-pii-redact (all detectors on)';

/** Our engine with the default policy, and with every detector switched on (opt-in ones too); both scan every time (see policies.mjs). */
export async function loadOurs(distUrl) {
  const { createRedactor, PII_TYPES } = await import(distUrl);
  const version = require('../../package.json').version;
  const defaults = createRedactor(SCAN_EVERY_TIME);
  // Only types some built-in detector reports: the policy rejects names that match nothing.
  const switchable = PII_TYPES.filter((type) => {
    try {
      createRedactor({ detectors: { [type]: true } });
      return true;
    } catch {
      return false;
    }
  });
  const allOn = createRedactor({ ...SCAN_EVERY_TIME, detectors: Object.fromEntries(switchable.map((type) => [type, true])) });
  return [
    { name: OURS, version, isAsync: false, redact: (text) => defaults.redactString(text), api: 'createRedactor({ rememberCleanText: false }).redactString(text)' },
    {
      name: OURS_ALL_ON,
      version,
      isAsync: false,
      redact: (text) => allOn.redactString(text),
      api: 'createRedactor({ rememberCleanText: false, detectors: { <every type>: true } }).redactString(text)',
    },
  ];
}

export async function loadPeers() {
  const peers = [];
  const skipped = [];
  const attempt = async (name, build) => {
    try {
      peers.push({ name, version: versionOf(name), ...(await build()) });
    } catch (error) {
      skipped.push({ name, reason: error instanceof Error ? error.message.split('\n')[0] : String(error) });
    }
  };

  await attempt('@redactpii/node', async () => {
    const { Redactor } = await import('@redactpii/node');
    // No apiKey: the library stays offline (it only calls its dashboard when given a key).
    const redactor = new Redactor();
    return { isAsync: false, redact: (text) => redactor.redact(text), api: 'new Redactor().redact(text)' };
  });

  await attempt('redact-pii', async () => {
    const { SyncRedactor } = (await import('redact-pii')).default;
    const redactor = new SyncRedactor();
    return { isAsync: false, redact: (text) => redactor.redact(text), api: 'new SyncRedactor().redact(text)' };
  });

  await attempt('openredaction', async () => {
    const { OpenRedaction } = await import('openredaction');
    const redactor = new OpenRedaction();
    return {
      isAsync: true,
      redact: async (text) => (await redactor.detect(text)).redacted,
      api: 'await new OpenRedaction().detect(text) → .redacted',
    };
  });

  return { peers, skipped };
}
