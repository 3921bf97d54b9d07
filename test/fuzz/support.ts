// Shared settings and checks for the property-based tests.
import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Fixed seed so CI is reproducible; fast-check prints the seed and the counterexample path on
 * failure. Override with FUZZ_SEED to explore, FUZZ_RUNS_SCALE to run longer (e.g. 10).
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS_SCALE = Number(process.env.FUZZ_RUNS_SCALE ?? 1);

export function fuzzOptions(numRuns: number): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(numRuns * RUNS_SCALE)), endOnFailure: false };
}

const PLACEHOLDER = /\[REDACTED:[A-Z0-9_:]+\]/g;

/**
 * What is left of the planted value once typed placeholders are removed: only whitespace and
 * punctuation may remain (`+1 ` before a redacted national number would be a partial leak).
 */
export function residue(middle: string): string {
  return middle.replace(PLACEHOLDER, '');
}

/**
 * `output` must be `before + <replacement> + after`: the text around the value unchanged, the
 * replacement holding at least one placeholder and no alphanumeric leftover of the value.
 */
export function expectRedactedInPlace(output: string, before: string, value: string, after: string): void {
  const context = JSON.stringify({ before, value, after, output });
  expect(output.startsWith(before), `text before the value changed: ${context}`).toBe(true);
  expect(output.endsWith(after), `text after the value changed: ${context}`).toBe(true);
  expect(output.length >= before.length + after.length, context).toBe(true);
  const middle = output.slice(before.length, output.length - after.length);
  expect(middle, `no placeholder where the value was: ${context}`).toMatch(PLACEHOLDER);
  expect(residue(middle), `part of the value survived: ${context}`).not.toMatch(/[A-Za-z0-9]/);
}

/** The forms in which `value` could leak: raw, JSON-escaped (once and twice), URL-encoded. */
export function leakForms(value: string): string[] {
  const once = JSON.stringify(value).slice(1, -1);
  const twice = JSON.stringify(once).slice(1, -1);
  return [...new Set([value, once, twice, encodeURIComponent(value)])];
}

export function expectNoLeak(text: string, values: readonly string[], context = ''): void {
  for (const value of values) {
    for (const form of leakForms(value)) {
      if (text.includes(form)) expect.fail(`leaked ${JSON.stringify(form)} in ${JSON.stringify(text.slice(0, 2000))} ${context}`);
    }
  }
}

/** Every string (values and object keys) inside a structured value, depth first. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      stringsIn(item, out);
    }
  }
  return out;
}
