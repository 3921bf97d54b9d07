import { Redactor } from './engine/redactor.js';
import { resolvePolicy } from './policy/resolve.js';
import type { RedactionPolicy } from './policy/types.js';

/**
 * Builds a redactor for a policy (defaults: every high-precision detector on, typed
 * placeholders, default key rules). Throws PolicyError naming the field if the policy is invalid.
 */
export function createRedactor(policy?: RedactionPolicy): Redactor {
  return new Redactor(resolvePolicy(policy));
}
