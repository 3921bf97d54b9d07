/** Reads an environment variable; blank means unset. */
export function envString(name: string): string | undefined {
  const value = typeof process !== 'undefined' ? process.env[name] : undefined;
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export const ENV_HASH_KEY = 'OTEL_PII_REDACT_HASH_KEY';
export const ENV_ENCRYPTION_KEY = 'OTEL_PII_REDACT_ENCRYPTION_KEY';
export const ENV_POLICY_FILE = 'OTEL_PII_REDACT_POLICY_FILE';
export const ENV_MODE = 'OTEL_PII_REDACT_MODE';
export const ENV_DISABLED_DETECTORS = 'OTEL_PII_REDACT_DISABLED_DETECTORS';
