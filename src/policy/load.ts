import { readFileSync } from 'node:fs';
import { ENV_DISABLED_DETECTORS, ENV_MODE, ENV_POLICY_FILE, envString } from './env.js';
import { PolicyError } from './policy-error.js';
import type { RedactionPolicy } from './types.js';
import { validatePolicy } from './validate.js';

/**
 * Reads a JSON policy file. Custom patterns give `pattern` as a regex source string.
 * Throws PolicyError naming the file or the field.
 */
export function loadPolicyFile(path: string): RedactionPolicy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new PolicyError(path, `cannot be read (${code})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the text around the error, which may be key material: keep only the position.
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new PolicyError(path, `is not valid JSON${position !== undefined ? ` (at character ${position})` : ''}`);
  }
  return validatePolicy(parsed, path);
}

/**
 * The policy described by the environment, or undefined when none of its variables is set:
 * `OTEL_PII_REDACT_POLICY_FILE` (a JSON policy), then `OTEL_PII_REDACT_MODE` (`redact` or
 * `report`) and `OTEL_PII_REDACT_DISABLED_DETECTORS` (comma-separated names or types) on top.
 */
export function policyFromEnv(): RedactionPolicy | undefined {
  const file = envString(ENV_POLICY_FILE);
  const mode = envString(ENV_MODE);
  const disabled = envString(ENV_DISABLED_DETECTORS);
  if (file === undefined && mode === undefined && disabled === undefined) return undefined;
  const base: RedactionPolicy = file !== undefined ? loadPolicyFile(file) : {};
  if (mode !== undefined && mode !== 'redact' && mode !== 'report') {
    throw new PolicyError(ENV_MODE, "must be 'redact' or 'report'");
  }
  const detectors = { ...base.detectors };
  for (const name of (disabled ?? '').split(',')) {
    const trimmed = name.trim();
    if (trimmed !== '') detectors[trimmed] = false;
  }
  return validatePolicy({
    ...base,
    ...(mode !== undefined ? { mode } : {}),
    ...(Object.keys(detectors).length > 0 ? { detectors } : {}),
  });
}
