import { diag } from '@opentelemetry/api';
import { inlineBinaryField, isInlineBinaryAttribute } from '../genai/inline-binary.js';
import { KeyAction } from '../policy/key-rules.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { placeholder } from '../strategies/redact.js';
import { RedactionCounters, type RedactionStats } from './redaction-stats.js';
import { SCAN_ERROR_TYPE, Scanner } from './scanner.js';
import type { Finding, PiiType } from './types.js';

/** Marker for what the policy refuses to pass on unexamined: binary parts and too-deep nesting. */
const BINARY_PLACEHOLDER = placeholder('BINARY');
const DEPTH_PLACEHOLDER = placeholder('TOO_DEEP');
const ERROR_PLACEHOLDER = placeholder(SCAN_ERROR_TYPE);
const DATA_URI_BASE64 = /^data:[\w.+/-]{1,100};base64,/;
/** Object keys remembered as clean; the set starts over when full. */
const CLEAN_KEY_LIMIT = 4_096;
const MAX_REMEMBERED_KEY = 128;

/** Set while walking parsed JSON: integers beyond 2^53 would change if re-serialised. */
interface WalkState {
  lossyNumbers: boolean;
}

/**
 * Applies one policy to strings and structured values. Decision order per value: key rules
 * (allow, redact, pseudonymise), then structure (JSON, arrays, maps), then the scanner, then
 * the strategy per finding. Never throws: a failure replaces the value.
 */
export class Redactor {
  private readonly policy: ResolvedPolicy;
  private readonly scanner: Scanner;
  private readonly counters = new RedactionCounters();
  private readonly reportedFailures = new Set<string>();
  /**
   * Object keys the scanner found nothing in. JSON messages repeat a handful of keys (`role`,
   * `parts`, `type`, `content`) in every value; scanning is deterministic, so a clean key stays
   * clean. Keys with findings are never remembered: they are redacted and counted every time.
   */
  private readonly cleanKeys = new Set<string>();

  constructor(policy: ResolvedPolicy) {
    this.policy = policy;
    this.scanner = new Scanner(policy.detectors, {
      minConfidence: policy.minConfidence,
      onDetectorError: (detector, error) => this.reportFailure(`detector ${detector}`, error),
    });
  }

  /** The findings in `text`, overlaps resolved, without changing anything. */
  scan(text: string): Finding[] {
    return [...this.scanner.scan(text)];
  }

  /** `text` with every finding replaced; the same reference when nothing was found. */
  redactString(text: string): string {
    try {
      return this.redactStringAt(text, 0);
    } catch (error) {
      return this.failClosed('redactString', error);
    }
  }

  /**
   * Redacts an OTel AnyValue (string, number, boolean, bytes, array, map) recursively.
   * `key` is the attribute or map key the value sits under: key rules apply to it.
   * Unchanged values come back as the same reference.
   */
  redactValue(value: unknown, key?: string): unknown {
    try {
      return this.redactNode(value, key, 0, undefined);
    } catch (error) {
      return this.failClosed('redactValue', error);
    }
  }

  /** Counts so far; never contains values. */
  stats(): RedactionStats {
    return this.counters.snapshot();
  }

  /** Registers a listener for per-type finding counts (used for metrics). */
  onFinding(listener: (type: PiiType, count: number) => void): void {
    this.counters.onFinding(listener);
  }

  get reportOnly(): boolean {
    return this.policy.reportOnly;
  }

  private redactNode(value: unknown, key: string | undefined, depth: number, state: WalkState | undefined): unknown {
    if (value === null || value === undefined) return value;
    if (key !== undefined) {
      const action = this.policy.keyRules.classify(key);
      if (action === KeyAction.Allow) return value;
      if (action === KeyAction.Redact) {
        const type = this.policy.keyRules.typeFor(key);
        // Credentials go whole, whatever their shape. A personal-field key (`phone`, `first_name`)
        // over an object is a schema or a sub-record: walk it, its own keys decide.
        if (isCredentialType(type) || typeof value !== 'object' || value === null || Array.isArray(value)) {
          return this.redactWholeValue(value, type);
        }
      }
      if (action === KeyAction.Pseudonymize) return this.pseudonymizeWholeValue(value, this.policy.keyRules.typeFor(key));
      if (this.policy.redactBinaryContent && isInlineBinaryAttribute(key, value)) return this.redactBinary(value);
    }
    switch (typeof value) {
      case 'string':
        return this.redactStringAt(value, depth);
      case 'number':
        if (state !== undefined && Number.isInteger(value) && !Number.isSafeInteger(value)) state.lossyNumbers = true;
        return value;
      case 'object':
        break;
      default:
        return value;
    }
    if (depth >= this.policy.maxDepth) {
      this.counters.countFinding('TOO_DEEP');
      return this.policy.reportOnly ? value : DEPTH_PLACEHOLDER;
    }
    if (Array.isArray(value)) return this.redactArray(value, depth, state);
    if (value instanceof Uint8Array) return this.redactBinary(value);
    if (isPlainObject(value)) return this.redactObject(value, depth, state);
    return value;
  }

  private redactStringAt(text: string, depth: number): string {
    this.counters.valuesScanned++;
    if (DATA_URI_BASE64.test(text)) return this.redactBinary(text) as string;
    if (text.length > this.policy.maxValueLength) return this.redactOversize(text);
    if (looksLikeJson(text)) {
      const structured = this.redactJsonText(text, depth);
      if (structured !== undefined) return structured;
    }
    return this.redactPlain(text);
  }

  private redactArray(items: readonly unknown[], depth: number, state: WalkState | undefined): unknown[] {
    let copy: unknown[] | undefined;
    for (let i = 0; i < items.length; i++) {
      const before = items[i];
      // The parent's key rule was applied to the array as a whole; elements are plain values.
      const after = this.redactNode(before, undefined, depth + 1, state);
      if (after !== before) {
        copy ??= items.slice(0, i);
        copy.push(after);
      } else if (copy !== undefined) {
        copy.push(before);
      }
    }
    return copy ?? (items as unknown[]);
  }

  private redactObject(object: Record<string, unknown>, depth: number, state: WalkState | undefined): Record<string, unknown> {
    const binaryField = this.policy.redactBinaryContent ? inlineBinaryField(object) : undefined;
    let copy: Record<string, unknown> | undefined;
    const entries = Object.keys(object);
    for (let i = 0; i < entries.length; i++) {
      const key = entries[i]!;
      const before = object[key];
      const safeKey = this.redactPlainKey(key);
      let after: unknown;
      if (key === binaryField && before !== undefined && before !== null && before !== '') {
        after = this.redactBinary(before);
      } else {
        after = this.redactNode(before, key, depth + 1, state);
      }
      if (copy === undefined && (after !== before || safeKey !== key)) {
        copy = {};
        for (let j = 0; j < i; j++) copy[entries[j]!] = object[entries[j]!];
      }
      if (copy !== undefined) copy[safeKey] = after;
    }
    return copy ?? object;
  }

  /** Object keys can carry PII too (a map keyed by email); they are scanned as text. */
  private redactPlainKey(key: string): string {
    if (key.length === 0 || this.cleanKeys.has(key)) return key;
    const findings = this.scanner.scan(key);
    if (findings.length > 0) return this.applyFindings(key, findings);
    if (key.length <= MAX_REMEMBERED_KEY) {
      if (this.cleanKeys.size >= CLEAN_KEY_LIMIT) this.cleanKeys.clear();
      this.cleanKeys.add(key);
    }
    return key;
  }

  /**
   * Parses JSON text, scrubs the tree, serialises only if something changed. Returns
   * undefined when the text is not JSON, or when re-serialising would alter large integers
   * (the caller then scans it as text, which leaves numbers byte-for-byte intact).
   */
  private redactJsonText(text: string, depth: number): string | undefined {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (parsed === null || typeof parsed !== 'object') return undefined;
    const state: WalkState = { lossyNumbers: false };
    const redacted = this.redactNode(parsed, undefined, depth, state);
    if (redacted === parsed) return text;
    if (state.lossyNumbers) return undefined;
    if (this.policy.reportOnly) return text;
    return JSON.stringify(redacted);
  }

  private redactPlain(text: string): string {
    const findings = this.scanner.scan(text);
    return findings.length === 0 ? text : this.applyFindings(text, findings);
  }

  private applyFindings(text: string, findings: readonly Finding[]): string {
    for (const finding of findings) this.counters.countFinding(finding.type);
    this.counters.valuesRedacted++;
    if (this.policy.reportOnly) return text;
    let out = '';
    let cursor = 0;
    for (const finding of findings) {
      out += text.slice(cursor, finding.start);
      out += this.replacementFor(text.slice(finding.start, finding.end), finding);
      cursor = finding.end;
    }
    return out + text.slice(cursor);
  }

  private replacementFor(match: string, finding: Finding): string {
    if (finding.type === SCAN_ERROR_TYPE) {
      this.counters.errors++;
      return ERROR_PLACEHOLDER;
    }
    try {
      const replacement = this.policy.replacerFor(finding.type)(match, finding);
      if (typeof replacement !== 'string') throw new TypeError('strategy returned a non-string');
      // A strategy that hands back the value itself would leak it; treat it as a failure.
      if (replacement === match && match.length > 0) throw new Error('strategy returned the original value');
      return replacement;
    } catch (error) {
      this.reportFailure(`strategy for ${finding.type}`, error);
      this.counters.errors++;
      return placeholder(finding.type);
    }
  }

  private redactWholeValue(value: unknown, type: PiiType): unknown {
    // Flags such as `phone_verified: true` carry nothing to hide.
    if (value === '' || typeof value === 'boolean') return value;
    this.counters.countFinding(type);
    this.counters.valuesRedacted++;
    return this.policy.reportOnly ? value : placeholder(type);
  }

  private pseudonymizeWholeValue(value: unknown, type: PiiType): unknown {
    if (value === '') return value;
    this.counters.countFinding(type);
    this.counters.valuesRedacted++;
    if (this.policy.reportOnly) return value;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
      return this.policy.pseudonymize(type, String(value));
    }
    // Structures under an id key cannot be pseudonymised as one value; the id must not pass.
    return placeholder(type);
  }

  private redactBinary(value: unknown): unknown {
    if (!this.policy.redactBinaryContent) return value;
    this.counters.countFinding('BINARY');
    this.counters.valuesRedacted++;
    return this.policy.reportOnly ? value : BINARY_PLACEHOLDER;
  }

  /**
   * Values longer than the cap: `truncate` scans the head and replaces the tail with a
   * marker of its length; `redact` replaces all. Nothing unscanned ever leaves.
   */
  private redactOversize(text: string): string {
    const max = this.policy.maxValueLength;
    this.counters.countFinding('OVERSIZE');
    if (this.policy.reportOnly) return text;
    this.counters.valuesRedacted++;
    if (this.policy.oversize === 'redact') return `[REDACTED:OVERSIZE:${text.length}]`;
    // Do not cut a surrogate pair in half.
    let cut = max;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    return `${this.redactPlain(text.slice(0, cut))}[TRUNCATED:${text.length - cut}]`;
  }

  private failClosed(where: string, error: unknown): string {
    this.counters.errors++;
    this.reportFailure(where, error);
    return ERROR_PLACEHOLDER;
  }

  /** Logs a failure once per source, naming only the error class: messages may quote the value. */
  private reportFailure(source: string, error: unknown): void {
    if (this.reportedFailures.has(source)) return;
    this.reportedFailures.add(source);
    const kind = error instanceof Error ? error.name : typeof error;
    diag.error(`otel-pii-redact: ${source} failed (${kind}); the value was replaced with ${ERROR_PLACEHOLDER}`);
  }
}

function isCredentialType(type: PiiType): boolean {
  return type === 'SECRET' || type === 'CREDIT_CARD' || type === 'US_SSN';
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Cheap test before paying for JSON.parse: first and last non-space characters are brackets. */
export function looksLikeJson(text: string): boolean {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  if (start >= text.length) return false;
  const first = text.charCodeAt(start);
  if (first !== 123 && first !== 91) return false;
  let end = text.length - 1;
  while (end > start && isSpace(text.charCodeAt(end))) end--;
  const last = text.charCodeAt(end);
  return (first === 123 && last === 125) || (first === 91 && last === 93);
}
