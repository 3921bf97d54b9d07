import { diag } from '@opentelemetry/api';
import { inlineBinaryField, isBase64Payload, isInlineBinaryAttribute } from '../genai/inline-binary.js';
import { KeyAction } from '../policy/key-rules.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { placeholder } from '../strategies/redact.js';
import { CleanTextMemo } from './clean-text-memo.js';
import { errorKind } from './error-kind.js';
import { protectSource, restoreLiterals, SwappedSources } from './json-sentinels.js';
import { spliceJson } from './json-splice.js';
import { type JsonSourceVisitor, Member, ValueKind, WalkedKeys, walkJsonSource } from './json-source-walk.js';
import { RedactionCounters, type RedactionStats } from './redaction-stats.js';
import { RepeatedTextMemo } from './repeated-text-memo.js';
import { SCAN_ERROR_TYPE, Scanner } from './scanner.js';
import type { Finding, PiiType } from './types.js';

/** Marker for what the policy refuses to pass on unexamined: binary parts and too-deep nesting. */
const BINARY_PLACEHOLDER = placeholder('BINARY');
const DEPTH_PLACEHOLDER = placeholder('TOO_DEEP');
const ERROR_PLACEHOLDER = placeholder(SCAN_ERROR_TYPE);
const DATA_URI_BASE64 = /^data:[\w.+/-]{1,100};base64,/;
const LOWER_D = 100;
/** Clean object keys and short values remembered per redactor (see {@link CleanTextMemo}). */
const CLEAN_KEY_LIMIT = 4_096;
const CLEAN_VALUE_LIMIT = 8_192;
const MAX_REMEMBERED_LENGTH = 128;
/** Long clean texts remembered per attribute set: a span's content values, with room to spare. */
const MAX_SET_TEXTS = 64;
/** Integers below this (9 digits) are counts, sizes and short ids: too short for a card, phone or national id. */
const MIN_SCANNED_INTEGER = 100_000_000;
const LONG_INTEGER_LITERAL = /^-?\d{9,}$/;
/**
 * Keys whose values an object's inline-binary test (`inlineBinaryField`) reads: when a key rule
 * applies to one of them, that test, which needs the whole object, decides first.
 */
const BINARY_PART_KEYS = new Set(['type', 'content', 'image', 'data', 'b64_json']);
/** Stand-ins for a container the source walk hands over whole, where only its shape decides. */
const EMPTY_ARRAY: readonly unknown[] = Object.freeze([]);
const EMPTY_OBJECT: Readonly<Record<string, unknown>> = Object.freeze({});
/** The source that `protectSource` swapped for sentinels in the JSON text being walked; undefined when none. */
type SwappedLiterals = SwappedSources | undefined;

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
  /** Object keys the scanner found nothing in (`role`, `parts`, `type`, `content`, …). */
  private readonly cleanKeys = new CleanTextMemo(CLEAN_KEY_LIMIT, MAX_REMEMBERED_LENGTH);
  /** Short plain-text values the scanner found nothing in (`user`, `text`, model and tool names). */
  private readonly cleanValues = new CleanTextMemo(CLEAN_VALUE_LIMIT, MAX_REMEMBERED_LENGTH);
  /** Long integers the scanner found nothing in (timestamps, ids), so that they cost no string again. */
  private readonly cleanIntegers = new Set<number>();
  /** Longer texts found clean before, by fingerprint (`rememberCleanText`, on unless the policy turns it off). */
  private readonly repeatedTexts: RepeatedTextMemo | undefined;
  /**
   * Longer texts found clean in the attribute set being scrubbed (see `openAttributeSet`):
   * conventions record the same content twice in one span (OpenInference's `input.value` and
   * `llm.input_messages.*`, the Vercel AI SDK's `ai.prompt` and `ai.prompt.messages`). Holds the
   * set's own strings, no copies, and is emptied when the set is done; undefined outside a set.
   */
  private setTexts: string[] | undefined;
  private readonly setTextList: string[] = [];
  /** How JSON text is scrubbed in its source (see {@link walkJsonSource}): the same decisions as the tree walk. */
  private readonly jsonVisitor: JsonSourceVisitor = {
    walkedKeys: new WalkedKeys(),
    member: (key) => this.jsonMember(key),
    entersContainer: (depth) => depth < this.policy.maxDepth,
    stringValue: (value, key, depth) => this.jsonStringValue(value, key, depth),
    longInteger: (literal) => this.jsonLongInteger(literal),
    wholeValue: (key, kind, value) => this.jsonWholeValue(key, kind, value),
    walksObjectUnder: (key) => this.policy.keyRules.classify(key) === KeyAction.Redact && !isCredentialType(this.policy.keyRules.typeFor(key)),
  };

  constructor(policy: ResolvedPolicy) {
    this.policy = policy;
    this.repeatedTexts =
      policy.rememberedTextUnits > 0 ? new RepeatedTextMemo(policy.rememberedTextUnits, MAX_REMEMBERED_LENGTH + 1) : undefined;
    this.scanner = new Scanner(policy.detectors, {
      minConfidence: policy.minConfidence,
      onDetectorError: (detector, error) => this.reportFailure(`detector ${detector}`, error, `the value was replaced with ${ERROR_PLACEHOLDER}`),
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

  /**
   * Opens an attribute set: until `closeAttributeSet`, a long text found clean is not scanned
   * again. False when a set is open already; the caller then leaves it to its opener to close.
   */
  openAttributeSet(): boolean {
    if (this.setTexts !== undefined) return false;
    this.setTexts = this.setTextList;
    return true;
  }

  closeAttributeSet(): void {
    this.setTextList.length = 0;
    this.setTexts = undefined;
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

  private redactNode(value: unknown, key: string | undefined, depth: number, literals: SwappedLiterals): unknown {
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
      if (action === KeyAction.Pseudonymize) {
        // A protected literal (`"user_id": 12345678901234567890`) is pseudonymised as written, not as its sentinel.
        const literal = literals !== undefined && typeof value === 'string' && literals.isSentinel(value) ? literals.sourceOf(value) : value;
        return this.pseudonymizeWholeValue(literal, this.policy.keyRules.typeFor(key));
      }
      if (this.policy.redactBinaryContent && isInlineBinaryAttribute(key, value)) return this.redactBinary(value);
    }
    switch (typeof value) {
      case 'string':
        return literals !== undefined && literals.isSentinel(value) ? this.redactProtectedLiteral(value, literals) : this.redactStringAt(value, depth);
      case 'number':
        return Number.isSafeInteger(value) && Math.abs(value) >= MIN_SCANNED_INTEGER ? this.redactInteger(value) : value;
      case 'bigint':
        return this.redactDigits(value, String(value));
      case 'object':
        break;
      default:
        return value;
    }
    if (depth >= this.policy.maxDepth) {
      this.counters.countFinding('TOO_DEEP');
      return this.policy.reportOnly ? value : DEPTH_PLACEHOLDER;
    }
    if (Array.isArray(value)) return this.redactArray(value, depth, literals);
    if (value instanceof Uint8Array) return this.redactBinary(value);
    if (isPlainObject(value)) return this.redactObject(value, depth, literals);
    return value;
  }

  private redactStringAt(text: string, depth: number): string {
    this.counters.valuesScanned++;
    // `startsWith` is a call for every value; most are turned away by their first code unit (`d`) inline.
    if (text.charCodeAt(0) === LOWER_D && text.startsWith('data:') && DATA_URI_BASE64.test(text)) {
      if (this.policy.redactBinaryContent) return this.redactBinary(text) as string;
      // `keep` passes media on, not text written behind a media prefix.
      if (isBase64Payload(text, text.indexOf(',') + 1)) return text;
    }
    if (text.length > this.policy.maxValueLength) return this.redactOversize(text);
    const json = looksLikeJson(text);
    // A JSON text's outcome depends on its depth (`maxDepth`); plain text's does not.
    const depthFree = depth === 0 || !json;
    const setTexts = depthFree && text.length > MAX_REMEMBERED_LENGTH ? this.setTexts : undefined;
    if (setTexts !== undefined && holdsText(setTexts, text)) return text;
    const memo = this.repeatedTexts;
    const digest = memo !== undefined && depthFree ? memo.digestOf(text) : undefined;
    if (digest !== undefined && memo!.holds(text, digest)) return text;
    const findingsBefore = this.counters.findings;
    const redacted = (json ? this.redactJsonText(text, depth) : undefined) ?? this.redactPlain(text);
    if (redacted === text && this.counters.findings === findingsBefore) {
      if (digest !== undefined) memo!.remember(text, digest);
      if (setTexts !== undefined && setTexts.length < MAX_SET_TEXTS) setTexts.push(text);
    }
    return redacted;
  }

  private redactInteger(value: number): unknown {
    if (this.cleanIntegers.has(value)) {
      // Counted as examined, like a remembered clean string: the count must not depend on the memo.
      this.counters.valuesScanned++;
      return value;
    }
    const findingsBefore = this.counters.findings;
    const redacted = this.redactDigits(value, String(value));
    // In report mode a number with a finding comes back unchanged: only the count tells.
    if (this.counters.findings === findingsBefore) {
      if (this.cleanIntegers.size >= CLEAN_VALUE_LIMIT) this.cleanIntegers.clear();
      this.cleanIntegers.add(value);
    }
    return redacted;
  }

  /** A number literal protected from the parse: long integers among them are scanned like any other. */
  private redactProtectedLiteral(sentinel: string, literals: SwappedSources): unknown {
    const literal = literals.sourceOf(sentinel);
    return LONG_INTEGER_LITERAL.test(literal) ? this.redactDigits(sentinel, literal) : sentinel;
  }

  /**
   * A card number sent as a number (`"card": 4111111111111111`) is still a card number: the
   * digits are scanned as text. The value keeps its type unless something is found; then it
   * becomes the redacted text, a string.
   */
  private redactDigits(value: unknown, digits: string): unknown {
    this.counters.valuesScanned++;
    const findings = this.scanner.scan(digits);
    if (findings.length === 0) return value;
    const redacted = this.applyFindings(digits, findings);
    return this.policy.reportOnly ? value : redacted;
  }

  private redactArray(items: readonly unknown[], depth: number, literals: SwappedLiterals): unknown[] {
    let copy: unknown[] | undefined;
    for (let i = 0; i < items.length; i++) {
      const before = items[i];
      // The parent's key rule was applied to the array as a whole; elements are plain values.
      const after = this.redactNode(before, undefined, depth + 1, literals);
      if (after !== before) {
        copy ??= items.slice(0, i);
        copy.push(after);
      } else if (copy !== undefined) {
        copy.push(before);
      }
    }
    return copy ?? (items as unknown[]);
  }

  private redactObject(object: Record<string, unknown>, depth: number, literals: SwappedLiterals): Record<string, unknown> {
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
        after = this.redactNode(before, key, depth + 1, literals);
      }
      if (copy === undefined && (after !== before || safeKey !== key)) {
        copy = {};
        for (let j = 0; j < i; j++) copy[entries[j]!] = object[entries[j]!];
      }
      if (copy !== undefined) copy[safeKey === key ? key : uniqueKey(copy, safeKey)] = after;
    }
    return copy ?? object;
  }

  /** Object keys can carry PII too (a map keyed by email); they are scanned as text. */
  private redactPlainKey(key: string): string {
    if (key.length === 0 || this.cleanKeys.has(key)) return key;
    const findings = this.scanner.scan(key);
    if (findings.length > 0) return this.applyFindings(key, findings);
    this.cleanKeys.remember(key);
    return key;
  }

  /**
   * Scrubs JSON text where its values sit (see {@link walkJsonSource}); when that walk gives up
   * (an inline binary part or a key with a finding, which need the whole object; malformed text),
   * its counts are undone and the text is parsed instead (`redactParsedJson`).
   */
  private redactJsonText(text: string, depth: number): string | undefined {
    const counters = this.counters;
    counters.hold();
    let walked: string | undefined;
    try {
      walked = walkJsonSource(text, depth, this.jsonVisitor);
    } catch (error) {
      counters.undo();
      throw error;
    }
    if (walked === undefined) {
      counters.undo();
      return this.redactParsedJson(text, depth);
    }
    counters.keep();
    return walked;
  }

  /** An object member seen by the source walk: its key scanned and classified as `redactObject` and `redactNode` would. */
  private jsonMember(key: string): Member {
    // A key with a finding is renamed, and renamed keys may collide: the tree walk handles both.
    const findingsBefore = this.counters.findings;
    if (this.redactPlainKey(key) !== key) return Member.GiveUp;
    const action = this.policy.keyRules.classify(key);
    if (action === KeyAction.Scan) {
      // Report mode keeps a key with a finding, which must be counted again next time.
      if (this.counters.findings === findingsBefore) this.jsonVisitor.walkedKeys.add(key);
      return Member.Walk;
    }
    // Whether a field of a binary part is taken as binary or by its key rule depends on the part's other members.
    if (this.policy.redactBinaryContent && BINARY_PART_KEYS.has(key)) return Member.GiveUp;
    return action === KeyAction.Allow ? Member.Keep : Member.Whole;
  }

  /**
   * A value a key rule takes whole, seen by the source walk, decided by `redactNode` itself: a
   * string as it is, a number as written (a string to the strategies, which is how the parsing
   * path passes a protected literal), and containers as empty stand-ins of their shape, which is
   * all the decision reads.
   */
  private jsonWholeValue(key: string, kind: ValueKind, value: string): unknown {
    let standIn: unknown;
    switch (kind) {
      case ValueKind.Boolean:
        standIn = value === 'true';
        break;
      case ValueKind.Null:
        standIn = null;
        break;
      case ValueKind.Array:
        standIn = EMPTY_ARRAY;
        break;
      case ValueKind.Object:
        standIn = EMPTY_OBJECT;
        break;
      default:
        standIn = value;
    }
    const redacted = this.redactNode(standIn, key, 0, undefined);
    return redacted === standIn ? undefined : redacted;
  }

  private jsonStringValue(value: string, key: string | undefined, depth: number): string | undefined {
    if (key !== undefined && this.policy.redactBinaryContent) {
      if (isInlineBinaryAttribute(key, value)) return this.redactBinary(value) as string;
      // Whether this makes its object a binary part depends on the object's other members.
      if (key === 'type' ? value === 'blob' || value === 'binary' || value === 'image' : isBinaryPartField(key, value)) {
        return undefined;
      }
    }
    return this.redactStringAt(value, depth);
  }

  /**
   * A long integer literal seen by the source walk, decided as the parsing path decides it: as the
   * number `JSON.parse` gives when that prints back as written, else as a protected literal.
   */
  private jsonLongInteger(literal: string): unknown {
    const value = Number(literal);
    const redacted = String(value) === literal ? this.redactNode(value, undefined, 0, undefined) : this.redactDigits(literal, literal);
    return redacted === value || redacted === literal ? undefined : redacted;
  }

  /**
   * Parses JSON text, scrubs the tree and, if something changed, writes the changed values into
   * the source text (see {@link spliceJson}), so everything unchanged comes back byte for byte.
   * Number literals that a round trip through doubles would alter (`12345678901234567890`,
   * `1E300`) are carried through verbatim, and containers inside one that `maxDepth` replaces
   * are never built (see {@link protectSource}). Returns undefined when the text is not a JSON
   * object or array (the caller scans it as text).
   */
  private redactParsedJson(text: string, depth: number): string | undefined {
    const literals = new SwappedSources();
    const source = protectSource(text, literals, Math.max(0, this.policy.maxDepth - depth)) ?? text;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      return undefined;
    }
    if (parsed === null || typeof parsed !== 'object') return undefined;
    const swapped = literals.sources.length > 0;
    const redacted = this.redactNode(parsed, undefined, depth, swapped ? literals : undefined);
    if (redacted === parsed || this.policy.reportOnly) return text;
    const json = spliceJson(source, parsed, redacted) ?? JSON.stringify(redacted);
    return swapped ? restoreLiterals(json, literals) : json;
  }

  private redactPlain(text: string): string {
    if (this.cleanValues.has(text)) return text;
    const findings = this.scanner.scan(text);
    if (findings.length > 0) return this.applyFindings(text, findings);
    this.cleanValues.remember(text);
    return text;
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
      return this.policy.replacerFor(finding.type)(match, finding);
    } catch (error) {
      this.reportFailure(`strategy for ${finding.type}`, error, `the finding was replaced with ${placeholder(finding.type)}`);
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
    if (this.policy.oversize === 'redact') {
      this.counters.valuesRedacted++;
      return `[REDACTED:OVERSIZE:${text.length}]`;
    }
    const cut = truncationPoint(text, max);
    // Scan a little past the cap so that a value cut in two is still recognised whole; a finding
    // that starts before the cap is replaced entirely and the marker counts what follows it.
    const findings = this.scanner.scan(text.slice(0, Math.min(text.length, cut + STRADDLE_WINDOW)));
    let kept = 0;
    let headEnd = cut;
    while (kept < findings.length && findings[kept]!.start < cut) {
      headEnd = Math.max(headEnd, findings[kept]!.end);
      kept++;
    }
    const head = text.slice(0, headEnd);
    if (kept === 0) this.counters.valuesRedacted++;
    const redactedHead = kept === 0 ? head : this.applyFindings(head, kept === findings.length ? findings : findings.slice(0, kept));
    return `${redactedHead}[TRUNCATED:${text.length - headEnd}]`;
  }

  private failClosed(where: string, error: unknown): string {
    this.counters.errors++;
    this.reportFailure(where, error, `the value was replaced with ${ERROR_PLACEHOLDER}`);
    return ERROR_PLACEHOLDER;
  }

  /** Logs a failure once per source, naming only the error class: messages may quote the value. */
  private reportFailure(source: string, error: unknown, consequence: string): void {
    if (this.reportedFailures.has(source)) return;
    this.reportedFailures.add(source);
    diag.error(`otel-pii-redact: ${source} failed (${errorKind(error)}); ${consequence}`);
  }
}

/** Whether `texts` holds a string equal to `text` (lengths first: most differ). */
function holdsText(texts: readonly string[], text: string): boolean {
  for (let i = 0; i < texts.length; i++) {
    const held = texts[i]!;
    if (held.length === text.length && held === text) return true;
  }
  return false;
}

/** Two keys redacted to the same placeholder must not overwrite each other. */
function uniqueKey(target: Record<string, unknown>, key: string): string {
  if (!Object.prototype.hasOwnProperty.call(target, key)) return key;
  let n = 2;
  while (Object.prototype.hasOwnProperty.call(target, `${key}#${n}`)) n++;
  return `${key}#${n}`;
}

/** A field `inlineBinaryField` may take for a binary payload, holding one. */
function isBinaryPartField(key: string, value: string): boolean {
  return (key === 'data' || key === 'image' || key === 'b64_json') && isBase64Payload(value);
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

/** How far past the cap the scanner reads to recognise a value the cap cuts in two. */
const STRADDLE_WINDOW = 256;

/** The cap, moved back one unit if it would split a surrogate pair. */
function truncationPoint(text: string, max: number): number {
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
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
