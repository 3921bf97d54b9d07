import { expect } from 'vitest';
import { createRedactor, type Redactor } from '../../src/index.js';
import { KeyAction } from '../../src/policy/key-rules.js';
import { resolvePolicy } from '../../src/policy/resolve.js';

let plantedCount = 0;

/**
 * A synthetic address on a reserved domain; each planted location gets its own so a miss names
 * the place. The counter comes first so that no planted value is a substring of another.
 */
export function plantedEmail(place: string): string {
  plantedCount++;
  const slug = place.replace(/[^a-z0-9]+/gi, '.').replace(/^\.|\.$/g, '').toLowerCase();
  return `u${plantedCount}.${slug}@example.org`;
}

export const EMAIL_PLACEHOLDER = '[REDACTED:EMAIL]';
export const BINARY_PLACEHOLDER = '[REDACTED:BINARY]';

/** A tiny PNG header in base64: media, not text. */
export const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export function defaultRedactor(): Redactor {
  return createRedactor({ hashKey: 'genai-test-hash-key-0001' });
}

/** A copy of `value` in which every planted string (in keys and values) is replaced as the redactor should. */
export function expectedAfter(value: unknown, replacements: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    let out = value;
    for (const [from, to] of replacements) out = out.split(from).join(to);
    return out;
  }
  if (Array.isArray(value)) return value.map((item) => expectedAfter(item, replacements));
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[expectedAfter(key, replacements) as string] = expectedAfter(item, replacements);
    return copy;
  }
  return value;
}

export function emailReplacements(planted: readonly string[]): Map<string, string> {
  return new Map(planted.map((email) => [email, EMAIL_PLACEHOLDER]));
}

/** Applies the redactor to every attribute the way the span and log processors do. */
export function redactAttributes(redactor: Redactor, attributes: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) out[key] = redactor.redactValue(value, key);
  return out;
}

export function expectNoneLeft(output: unknown, planted: readonly string[]): void {
  const text = typeof output === 'string' ? output : JSON.stringify(output, (_k, v) => (v instanceof Uint8Array ? [...v] : v));
  for (const value of planted) expect(text, `planted value still present: ${value}`).not.toContain(value);
}

/** A JSON-string attribute must stay parseable and equal the input with only planted values replaced. */
export function expectJsonScrubbed(output: unknown, input: string, replacements: ReadonlyMap<string, string>): void {
  expect(typeof output).toBe('string');
  const parsed = JSON.parse(output as string) as unknown;
  expect(parsed).toEqual(expectedAfter(JSON.parse(input), replacements));
}

/** Metadata must come through as the very same value, and because a default allow rule covers it, not by luck. */
export function expectMetadataUntouched(redactor: Redactor, metadata: Readonly<Record<string, unknown>>): void {
  const keyRules = resolvePolicy().keyRules;
  for (const [key, value] of Object.entries(metadata)) {
    expect(keyRules.classify(key), `${key} is not allow-listed`).toBe(KeyAction.Allow);
    expect(redactor.redactValue(value, key), key).toBe(value);
  }
}
