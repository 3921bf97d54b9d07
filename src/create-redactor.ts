import { Redactor } from './engine/redactor.js';
import { policyFromEnv } from './policy/load.js';
import { resolvePolicy } from './policy/resolve.js';
import type { RedactionPolicy } from './policy/types.js';

/**
 * Builds a redactor for a policy. Without one, the policy comes from the environment
 * (`OTEL_PII_REDACT_POLICY_FILE`, `OTEL_PII_REDACT_MODE`, `OTEL_PII_REDACT_DISABLED_DETECTORS`)
 * or the defaults: every high-precision detector on, typed placeholders, default key rules.
 * Throws PolicyError naming the field if the policy is invalid.
 */
export function createRedactor(policy?: RedactionPolicy): Redactor {
  return new Redactor(resolvePolicy(policy ?? policyFromEnv()));
}
