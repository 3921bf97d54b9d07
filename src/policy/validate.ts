import { PolicyError } from './policy-error.js';
import type { RedactionPolicy } from './types.js';

const STRATEGY_NAMES = new Set(['redact', 'mask', 'hash', 'encrypt', 'drop']);
const TOP_LEVEL_FIELDS = new Set([
  'mode',
  'detectors',
  'strategies',
  'keys',
  'customPatterns',
  'minConfidence',
  'maxValueLength',
  'oversize',
  'maxDepth',
  'hashKey',
  'hashLength',
  'encryptionKey',
  'binaryContent',
  'rememberCleanText',
]);
/** The largest budget `rememberCleanText` takes, in characters of texts remembered. */
const MAX_REMEMBERED_TEXT_UNITS = 1 << 30;
const TYPE_NAME = /^[A-Z][A-Z0-9_]{0,39}$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function expectOneOf(value: unknown, field: string, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value as string)) {
    throw new PolicyError(field, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
  }
}

function expectNumber(value: unknown, field: string, min: number, max: number, integer = false): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new PolicyError(field, `must be ${integer ? 'an integer' : 'a number'} between ${min} and ${max}`);
  }
}

function expectStringList(value: unknown, field: string): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) throw new PolicyError(field, 'must be an array of strings');
  value.forEach((item, index) => {
    if (typeof item !== 'string' || item.trim() === '') throw new PolicyError(`${field}[${index}]`, 'must be a non-empty string');
  });
}

function expectKey(value: unknown, field: string): void {
  if (value === undefined) return;
  if (typeof value !== 'string' && !(value instanceof Uint8Array)) {
    throw new PolicyError(field, 'must be a string or bytes');
  }
}

/**
 * Checks a policy's shape and returns it typed. Every problem is reported as a PolicyError
 * naming the field, at startup, so a typo never silently weakens redaction.
 */
export function validatePolicy(input: unknown, source = 'policy'): RedactionPolicy {
  if (input === undefined || input === null) return {};
  if (!isPlainObject(input)) throw new PolicyError(source, 'must be an object');
  for (const field of Object.keys(input)) {
    if (!TOP_LEVEL_FIELDS.has(field)) throw new PolicyError(field, 'is not a known policy field');
  }
  const policy = input as Record<string, unknown>;
  expectOneOf(policy.mode, 'mode', ['redact', 'report']);
  expectOneOf(policy.oversize, 'oversize', ['truncate', 'redact']);
  expectOneOf(policy.binaryContent, 'binaryContent', ['redact', 'keep']);
  expectNumber(policy.minConfidence, 'minConfidence', 0, 1);
  expectNumber(policy.maxValueLength, 'maxValueLength', 16, 1 << 29, true);
  expectNumber(policy.maxDepth, 'maxDepth', 1, 1000, true);
  expectNumber(policy.hashLength, 'hashLength', 8, 64, true);
  const remember = policy.rememberCleanText;
  if (remember !== undefined && typeof remember !== 'boolean' &&
    !(typeof remember === 'number' && Number.isInteger(remember) && remember >= 0 && remember <= MAX_REMEMBERED_TEXT_UNITS)) {
    throw new PolicyError('rememberCleanText', `must be true, false or an integer number of characters between 0 and ${MAX_REMEMBERED_TEXT_UNITS}`);
  }
  expectKey(policy.hashKey, 'hashKey');
  expectKey(policy.encryptionKey, 'encryptionKey');

  if (policy.detectors !== undefined) {
    if (!isPlainObject(policy.detectors)) throw new PolicyError('detectors', 'must be an object of name → boolean');
    for (const [name, enabled] of Object.entries(policy.detectors)) {
      if (typeof enabled !== 'boolean') throw new PolicyError(`detectors.${name}`, 'must be true or false');
    }
  }

  if (policy.strategies !== undefined) {
    if (!isPlainObject(policy.strategies)) throw new PolicyError('strategies', 'must be an object of type → strategy');
    for (const [type, strategy] of Object.entries(policy.strategies)) {
      const field = `strategies.${type}`;
      if (type !== 'default' && !TYPE_NAME.test(type)) throw new PolicyError(field, "key must be 'default' or an upper-case type name");
      if (typeof strategy === 'function') continue;
      if (typeof strategy !== 'string' || !STRATEGY_NAMES.has(strategy)) {
        throw new PolicyError(field, `must be one of 'redact', 'mask', 'hash', 'encrypt', 'drop' or a function`);
      }
    }
  }

  if (policy.keys !== undefined) {
    if (!isPlainObject(policy.keys)) throw new PolicyError('keys', 'must be an object');
    for (const field of Object.keys(policy.keys)) {
      if (!['redact', 'pseudonymize', 'allow', 'replaceDefaults'].includes(field)) {
        throw new PolicyError(`keys.${field}`, 'is not a known field (redact, pseudonymize, allow, replaceDefaults)');
      }
    }
    expectStringList(policy.keys.redact, 'keys.redact');
    expectStringList(policy.keys.pseudonymize, 'keys.pseudonymize');
    expectStringList(policy.keys.allow, 'keys.allow');
    if (policy.keys.replaceDefaults !== undefined && typeof policy.keys.replaceDefaults !== 'boolean') {
      throw new PolicyError('keys.replaceDefaults', 'must be true or false');
    }
  }

  if (policy.customPatterns !== undefined) {
    if (!Array.isArray(policy.customPatterns)) throw new PolicyError('customPatterns', 'must be an array');
    policy.customPatterns.forEach((pattern: unknown, index) => validateCustomPattern(pattern, `customPatterns[${index}]`));
  }
  return policy as RedactionPolicy;
}

function validateCustomPattern(pattern: unknown, field: string): void {
  if (!isPlainObject(pattern)) throw new PolicyError(field, 'must be an object with name, type and pattern');
  if (typeof pattern.name !== 'string' || pattern.name.trim() === '') throw new PolicyError(`${field}.name`, 'must be a non-empty string');
  if (typeof pattern.type !== 'string' || !TYPE_NAME.test(pattern.type)) {
    throw new PolicyError(`${field}.type`, 'must be an upper-case type name such as USER_ID');
  }
  if (!(pattern.pattern instanceof RegExp)) {
    if (typeof pattern.pattern !== 'string' || pattern.pattern === '') {
      throw new PolicyError(`${field}.pattern`, 'must be a RegExp or a non-empty regular expression source');
    }
    try {
      new RegExp(pattern.pattern, typeof pattern.flags === 'string' ? pattern.flags : '');
    } catch {
      throw new PolicyError(`${field}.pattern`, 'is not a valid regular expression (or its flags are invalid)');
    }
  }
  if (pattern.flags !== undefined && typeof pattern.flags !== 'string') throw new PolicyError(`${field}.flags`, 'must be a string');
  expectNumber(pattern.confidence, `${field}.confidence`, 0, 1);
  expectStringList(pattern.keywords, `${field}.keywords`);
  if (pattern.validate !== undefined && typeof pattern.validate !== 'function') {
    throw new PolicyError(`${field}.validate`, 'must be a function');
  }
}
