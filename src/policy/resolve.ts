import { randomBytes } from 'node:crypto';
import { diag } from '@opentelemetry/api';
import { builtinDetectors } from '../engine/detectors/index.js';
import { contentKeysShadowedBy } from '../genai/content-keys.js';
import { createPatternDetector } from '../engine/custom-pattern.js';
import type { Detector, PiiType } from '../engine/types.js';
import { createEncryptReplacer } from '../strategies/encrypt.js';
import { createHashReplacer } from '../strategies/hash.js';
import { aes256KeyFrom, hmacKeyFrom } from '../strategies/key-material.js';
import { maskReplacer } from '../strategies/mask.js';
import { redactReplacer } from '../strategies/redact.js';
import type { Replacer } from '../strategies/types.js';
import {
  DEFAULT_ALLOW_KEYS,
  DEFAULT_HASH_LENGTH,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_VALUE_LENGTH,
  DEFAULT_MIN_CONFIDENCE,
  DEFAULT_PSEUDONYMIZE_KEYS,
  DEFAULT_REMEMBERED_TEXT_UNITS,
  DEFAULT_REDACT_KEYS,
} from './defaults.js';
import { ENV_ENCRYPTION_KEY, ENV_HASH_KEY, envString } from './env.js';
import { KeyRules } from './key-rules.js';
import { PolicyError } from './policy-error.js';
import type { RedactionPolicy, StrategySetting } from './types.js';
import { validatePolicy } from './validate.js';

/** A policy with every default applied and every rule compiled: what the hot path reads. */
export interface ResolvedPolicy {
  readonly reportOnly: boolean;
  readonly detectors: readonly Detector[];
  readonly keyRules: KeyRules;
  readonly replacerFor: (type: PiiType) => Replacer;
  /** Pseudonym for a whole value under a pseudonymise-key rule. */
  readonly pseudonymize: (type: PiiType, value: string) => string;
  readonly minConfidence: number;
  readonly maxValueLength: number;
  readonly oversize: 'truncate' | 'redact';
  readonly maxDepth: number;
  readonly redactBinaryContent: boolean;
  /** Budget of the memo of long clean texts, in code units; 0 when it is off. */
  readonly rememberedTextUnits: number;
}

let processHashKey: Buffer | undefined;

/** One random key per process, so pseudonyms correlate within the process when none is configured. */
function randomProcessHashKey(): Buffer {
  if (processHashKey === undefined) {
    processHashKey = randomBytes(32);
    diag.info(
      `otel-pii-redact: no hashKey configured (policy.hashKey or ${ENV_HASH_KEY}); pseudonyms use a random per-process key and will not match across processes`,
    );
  }
  return processHashKey;
}

function isEnabled(detector: Detector, settings: Readonly<Record<string, boolean>>): boolean {
  const exact = settings[detector.name];
  if (exact !== undefined) return exact;
  // Longest matching family prefix wins: `secret.aws` beats `secret`.
  let family: boolean | undefined;
  let familyLength = -1;
  for (const [key, enabled] of Object.entries(settings)) {
    if (detector.name.startsWith(`${key}.`) && key.length > familyLength) {
      family = enabled;
      familyLength = key.length;
    }
  }
  if (family !== undefined) return family;
  for (const type of detector.types) {
    const byType = settings[type];
    if (byType !== undefined) return byType;
  }
  return detector.enabledByDefault;
}

function selectDetectors(policy: RedactionPolicy): Detector[] {
  const settings = policy.detectors ?? {};
  const custom = (policy.customPatterns ?? []).map(createPatternDetector);
  const all = [...builtinDetectors, ...custom];
  for (const key of Object.keys(settings)) {
    const known = all.some((d) => d.name === key || d.name.startsWith(`${key}.`) || d.types.includes(key));
    if (!known) throw new PolicyError(`detectors.${key}`, 'names no detector, detector family or type');
  }
  return all.filter((d) => isEnabled(d, settings));
}

/**
 * A user's strategy is trusted with the value, not with the output: a non-string, or a string
 * that still carries the value, throws so that the redactor fails closed to the placeholder.
 */
function guardCustomStrategy(strategy: Replacer): Replacer {
  return (match, finding) => {
    const replacement: unknown = strategy(match, finding);
    if (typeof replacement !== 'string') throw new TypeError('strategy returned a non-string');
    if (match.length > 0 && replacement.includes(match)) throw new Error('strategy output contains the value');
    return replacement;
  };
}

function usesStrategy(policy: RedactionPolicy, name: string): boolean {
  return Object.values(policy.strategies ?? {}).includes(name as StrategySetting);
}

/** Validates and compiles a policy. Throws PolicyError naming the field on any problem. */
export function resolvePolicy(input?: RedactionPolicy | unknown): ResolvedPolicy {
  const policy = validatePolicy(input);

  const hashKeySetting = policy.hashKey ?? envString(ENV_HASH_KEY);
  const hashKey =
    hashKeySetting !== undefined
      ? hmacKeyFrom(hashKeySetting, policy.hashKey !== undefined ? 'hashKey' : ENV_HASH_KEY)
      : undefined;
  const hashLength = policy.hashLength ?? DEFAULT_HASH_LENGTH;
  let hashReplacer: Replacer | undefined;
  const effectiveHashKey = (): Buffer => hashKey ?? randomProcessHashKey();
  const getHashReplacer = (): Replacer => (hashReplacer ??= createHashReplacer(effectiveHashKey(), hashLength));

  let encryptReplacer: Replacer | undefined;
  if (usesStrategy(policy, 'encrypt')) {
    const setting = policy.encryptionKey ?? envString(ENV_ENCRYPTION_KEY);
    if (setting === undefined) {
      throw new PolicyError('encryptionKey', `is required by the 'encrypt' strategy (or set ${ENV_ENCRYPTION_KEY})`);
    }
    encryptReplacer = createEncryptReplacer(
      aes256KeyFrom(setting, policy.encryptionKey !== undefined ? 'encryptionKey' : ENV_ENCRYPTION_KEY),
    );
  }

  const toReplacer = (setting: StrategySetting): Replacer => {
    if (typeof setting === 'function') return guardCustomStrategy(setting);
    switch (setting) {
      case 'redact':
        return redactReplacer;
      case 'mask':
        return maskReplacer;
      case 'hash':
        return getHashReplacer();
      case 'encrypt':
        return encryptReplacer!;
      case 'drop':
        return () => '';
    }
  };
  const strategies = policy.strategies ?? {};
  const byType = new Map<string, Replacer>();
  for (const [type, setting] of Object.entries(strategies)) if (type !== 'default') byType.set(type, toReplacer(setting));
  const defaultReplacer = toReplacer(strategies.default ?? 'redact');

  const keys = policy.keys ?? {};
  const shadowed = contentKeysShadowedBy(keys.allow ?? []);
  if (shadowed.length > 0) {
    diag.warn(`otel-pii-redact: keys.allow exempts LLM content keys from scanning: ${shadowed.slice(0, 5).join(', ')}`);
  }
  const withDefaults = (defaults: readonly string[], extra: readonly string[] | undefined) =>
    keys.replaceDefaults ? [...(extra ?? [])] : [...defaults, ...(extra ?? [])];

  return {
    reportOnly: policy.mode === 'report',
    detectors: selectDetectors(policy),
    keyRules: new KeyRules({
      redact: withDefaults(DEFAULT_REDACT_KEYS, keys.redact),
      pseudonymize: withDefaults(DEFAULT_PSEUDONYMIZE_KEYS, keys.pseudonymize),
      allow: withDefaults(DEFAULT_ALLOW_KEYS, keys.allow),
    }),
    replacerFor: (type) => byType.get(type) ?? defaultReplacer,
    pseudonymize: (type, value) => getHashReplacer()(value, { type, start: 0, end: value.length, detector: 'key', confidence: 1 }),
    minConfidence: policy.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
    maxValueLength: policy.maxValueLength ?? DEFAULT_MAX_VALUE_LENGTH,
    oversize: policy.oversize ?? 'truncate',
    maxDepth: policy.maxDepth ?? DEFAULT_MAX_DEPTH,
    redactBinaryContent: policy.binaryContent !== 'keep',
    rememberedTextUnits: rememberedTextUnits(policy.rememberCleanText),
  };
}

function rememberedTextUnits(setting: boolean | number | undefined): number {
  if (setting === true || setting === undefined) return DEFAULT_REMEMBERED_TEXT_UNITS;
  return typeof setting === 'number' ? setting : 0;
}
