import type { MeterProvider } from '@opentelemetry/api';
import { createRedactor } from '../create-redactor.js';
import type { Redactor } from '../engine/redactor.js';
import type { RedactionPolicy } from '../policy/types.js';
import { attachFindingCounter } from './finding-metrics.js';

export interface PiiRedactionOptions {
  /**
   * The policy to apply. Empty: the policy described by `OTEL_PII_REDACT_*` environment
   * variables if any is set, else the defaults (every high-precision detector, typed
   * placeholders, default key rules). Invalid: the constructor throws PolicyError.
   */
  policy?: RedactionPolicy;
  /** A redactor to share between processors and exporters (one compiled policy). Exclusive with `policy`. */
  redactor?: Redactor;
  /** Also scrub span names (URL paths carry emails and ids). Default false: names stay as they are. */
  spanNames?: boolean;
  /**
   * Also scrub resource attributes (e.g. `process.command_args`). Default false: the resource
   * passes unchanged. Each distinct resource is scrubbed once and its redacted view reused.
   */
  resource?: boolean;
  /**
   * Where the `otel_pii_redact.findings` counter goes. Empty: the global MeterProvider at the
   * time of each finding (so one registered later by NodeSDK is picked up).
   */
  meterProvider?: MeterProvider;
}

/** What the processors and exporters read after validation. */
export interface ResolvedRedactionOptions {
  readonly redactor: Redactor;
  readonly spanNames: boolean;
  readonly resource: boolean;
}

const OPTION_KEYS = new Set(['policy', 'redactor', 'spanNames', 'resource', 'meterProvider']);

function optionError(component: string, problem: string): TypeError {
  return new TypeError(`otel-pii-redact: invalid ${component} options: ${problem}`);
}

/** Duck-typed rather than `instanceof`, which fails when the ESM and CJS builds are both loaded. */
function isRedactor(value: unknown): value is Redactor {
  const candidate = value as Partial<Redactor> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.redactValue === 'function' &&
    typeof candidate.redactString === 'function' &&
    typeof candidate.onFinding === 'function'
  );
}

function booleanOption(component: string, options: PiiRedactionOptions, name: 'spanNames' | 'resource'): boolean {
  const value = options[name];
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw optionError(component, `\`${name}\` must be a boolean`);
  return value;
}

/**
 * Validates options, builds or adopts the redactor and attaches the findings counter.
 * Throws TypeError (or PolicyError for the policy itself) at construction, never later.
 */
export function resolveRedactionOptions(component: string, options: PiiRedactionOptions | undefined): ResolvedRedactionOptions {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options)) throw optionError(component, 'expected an object');
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw optionError(component, `unknown option \`${key}\``);
  }
  if (options.policy !== undefined && options.redactor !== undefined) {
    throw optionError(component, 'pass either `policy` or `redactor`, not both');
  }
  if (options.redactor !== undefined && !isRedactor(options.redactor)) {
    throw optionError(component, '`redactor` must come from createRedactor()');
  }
  const meterProvider = options.meterProvider;
  if (meterProvider !== undefined && typeof meterProvider?.getMeter !== 'function') {
    throw optionError(component, '`meterProvider` must be a MeterProvider');
  }
  const spanNames = booleanOption(component, options, 'spanNames');
  const resource = booleanOption(component, options, 'resource');
  const redactor = options.redactor ?? createRedactor(options.policy);
  attachFindingCounter(redactor, meterProvider);
  return { redactor, spanNames, resource };
}
