// What every row asserts about the bytes that reached the receiver. Each check returns a list
// of human-readable problems (empty when fine), so a failing row says exactly which planted
// value leaked in which form and where, and which metadata redaction changed.
import { isDeepStrictEqual } from 'node:util';
import type { OtlpReceiver, ReceivedLogRecord, ReceivedSpan } from '../../../examples/support/otlp-receiver.mjs';
import { DEFAULT_ALLOW_KEYS, DEFAULT_PSEUDONYMIZE_KEYS, DEFAULT_REDACT_KEYS } from '../../../src/policy/defaults.js';
import { KeyAction, KeyRules } from '../../../src/policy/key-rules.js';
import { formsIn, type LeakFormKind } from './leak-forms.js';
import type { ControlLogRecord, ControlSpan, TelemetryPipeline } from './pipeline.js';
import { PLANTED_ENTRIES, type PlantedName } from './planted.js';

type Visit = (where: string, text: string) => void;

function walk(value: unknown, where: string, visit: Visit): void {
  if (typeof value === 'string') visit(where, value);
  else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${where}[${index}]`, visit));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) walk(item, `${where}.${key}`, visit);
  }
}

function walkAttributes(attributes: Record<string, unknown>, where: string, visit: Visit): void {
  for (const [key, value] of Object.entries(attributes)) {
    visit(`${where} attribute key`, key);
    walk(value, `${where} attribute ${key}`, visit);
  }
}

function visitSpan(span: ReceivedSpan, visit: Visit): void {
  const where = `span "${span.name}"`;
  visit(`${where} name`, span.name);
  walkAttributes(span.attributes, where, visit);
  span.events.forEach((event) => {
    visit(`${where} event name`, event.name);
    walkAttributes(event.attributes, `${where} event "${event.name}"`, visit);
  });
  span.links.forEach((link, index) => walkAttributes(link.attributes, `${where} link #${index}`, visit));
  if (span.status.message !== undefined) visit(`${where} status message`, span.status.message);
  walkAttributes(span.resource, `${where} resource`, visit);
}

function describeLogRecord(record: ReceivedLogRecord | ControlLogRecord, index: number): string {
  const name = record.eventName ?? (record.attributes['event.name'] as string | undefined);
  return `log record #${index}${name === undefined ? '' : ` "${name}"`}`;
}

function visitLogRecord(record: ReceivedLogRecord, index: number, visit: Visit): void {
  const where = describeLogRecord(record, index);
  walk(record.body, `${where} body`, visit);
  walkAttributes(record.attributes, where, visit);
  walkAttributes(record.resource, `${where} resource`, visit);
}

export interface Leak {
  readonly planted: PlantedName;
  readonly form: LeakFormKind;
  readonly where: string;
}

/** Every planted value found in what the receiver got, decoded field by field and as raw bytes. */
export function findLeaks(receiver: OtlpReceiver): Leak[] {
  const leaks: Leak[] = [];
  const visit: Visit = (where, text) => {
    for (const [planted, value] of PLANTED_ENTRIES) {
      for (const form of formsIn(text, value)) leaks.push({ planted, form: form.kind, where });
    }
  };
  receiver.spans().forEach((span) => visitSpan(span, visit));
  receiver.logRecords().forEach((record, index) => visitLogRecord(record, index, visit));
  // Whatever the decoded view misses (ids, scope, protobuf bodies) is still in the bytes.
  for (const request of receiver.requests) {
    for (const text of [request.raw.toString('utf8'), request.wire.toString('latin1')]) {
      for (const [planted, value] of PLANTED_ENTRIES) {
        for (const form of formsIn(text, value)) {
          if (!leaks.some((leak) => leak.planted === planted && leak.form === form.kind)) {
            leaks.push({ planted, form: form.kind, where: `raw ${request.signal} request bytes` });
          }
        }
      }
    }
  }
  return leaks;
}

export function formatLeaks(leaks: readonly Leak[]): string[] {
  return leaks.map((leak) => `${leak.planted} (${leak.form}) in ${leak.where}`);
}

/** The planted values present in the unredacted control copy: proof the row exercised them. */
export function plantedInControl(pipeline: TelemetryPipeline): PlantedName[] {
  const found = new Set<PlantedName>();
  const visit: Visit = (_where, text) => {
    for (const [planted, value] of PLANTED_ENTRIES) if (formsIn(text, value).length > 0) found.add(planted);
  };
  for (const span of pipeline.control.spans) {
    visit('', span.name);
    walk(span.attributes, '', visit);
    walk(span.events, '', visit);
    if (span.statusMessage !== undefined) visit('', span.statusMessage);
  }
  for (const record of pipeline.control.logRecords) {
    walk(record.body, '', visit);
    walk(record.attributes, '', visit);
  }
  return [...found].sort();
}

function containsPlanted(value: unknown): boolean {
  const text = JSON.stringify(value) ?? '';
  return PLANTED_ENTRIES.some(([, planted]) => formsIn(text, planted).length > 0);
}

function parsesAsJsonStructure(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const trimmed = value.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return false;
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

// Keys whose whole value the default policy replaces or pseudonymises (`session.id`,
// `enduser.id`, `authorization`): a changed value there is the policy at work, not a regression.
const defaultKeyRules = new KeyRules({ redact: DEFAULT_REDACT_KEYS, pseudonymize: DEFAULT_PSEUDONYMIZE_KEYS, allow: DEFAULT_ALLOW_KEYS });

function replacedByKeyRule(key: string): boolean {
  const action = defaultKeyRules.classify(key);
  return action === KeyAction.Redact || action === KeyAction.Pseudonymize;
}

function compareAttributes(before: Record<string, unknown>, after: Record<string, unknown>, where: string, problems: string[]): void {
  for (const [key, value] of Object.entries(before)) {
    if (!(key in after)) {
      problems.push(`${where}: attribute ${key} was dropped`);
      continue;
    }
    const redacted = after[key];
    if (parsesAsJsonStructure(value) && !parsesAsJsonStructure(redacted)) {
      problems.push(`${where}: attribute ${key} held JSON before redaction and no longer parses`);
    }
    if (!containsPlanted(value) && !replacedByKeyRule(key) && !isDeepStrictEqual(value, redacted)) {
      problems.push(`${where}: attribute ${key} holds no planted value but changed: ${JSON.stringify(value)} -> ${JSON.stringify(redacted)}`);
    }
  }
}

/**
 * Compares the exported spans with their unredacted control copies: same spans, same
 * parents, same names, same events; attributes without planted values byte-identical; JSON
 * attributes still JSON.
 */
export function spanRegressions(controlSpans: readonly ControlSpan[], exported: readonly ReceivedSpan[]): string[] {
  const problems: string[] = [];
  const byId = new Map(exported.map((span) => [span.spanId, span]));
  if (exported.length !== controlSpans.length) problems.push(`${controlSpans.length} spans recorded but ${exported.length} exported`);
  for (const control of controlSpans) {
    const span = byId.get(control.spanId);
    const where = `span "${control.name}"`;
    if (span === undefined) {
      problems.push(`${where} was not exported`);
      continue;
    }
    if (span.parentSpanId !== control.parentSpanId) problems.push(`${where}: parent changed`);
    if (span.name !== control.name && !containsPlanted(control.name)) problems.push(`${where}: renamed to "${span.name}"`);
    compareAttributes(control.attributes, span.attributes, where, problems);
    if (span.events.length !== control.events.length) problems.push(`${where}: ${control.events.length} events recorded, ${span.events.length} exported`);
    control.events.forEach((event, index) => {
      const exportedEvent = span.events[index];
      if (exportedEvent === undefined) return;
      if (exportedEvent.name !== event.name) problems.push(`${where}: event "${event.name}" renamed to "${exportedEvent.name}"`);
      compareAttributes(event.attributes, exportedEvent.attributes, `${where} event "${event.name}"`, problems);
    });
  }
  return problems;
}

/** The same for log records, paired by order: body JSON-ness and metadata attributes kept. */
export function logRecordRegressions(controlRecords: readonly ControlLogRecord[], exported: readonly ReceivedLogRecord[]): string[] {
  const problems: string[] = [];
  if (exported.length !== controlRecords.length) problems.push(`${controlRecords.length} log records emitted but ${exported.length} exported`);
  controlRecords.forEach((control, index) => {
    const record = exported[index];
    const where = describeLogRecord(control, index);
    if (record === undefined) return;
    if (record.eventName !== control.eventName) problems.push(`${where}: event name changed to ${String(record.eventName)}`);
    if (record.severityText !== control.severityText) problems.push(`${where}: severity text changed to ${String(record.severityText)}`);
    if (parsesAsJsonStructure(control.body) && !parsesAsJsonStructure(record.body)) problems.push(`${where}: body held JSON and no longer parses`);
    if (!containsPlanted(control.body) && !isDeepStrictEqual(control.body, record.body)) {
      problems.push(`${where}: body holds no planted value but changed: ${JSON.stringify(control.body)} -> ${JSON.stringify(record.body)}`);
    }
    compareAttributes(control.attributes, record.attributes, where, problems);
  });
  return problems;
}

/** Every text the receiver decoded, joined: for checks that non-PII words survived. */
export function exportedText(receiver: OtlpReceiver): string {
  const parts: string[] = [];
  const visit: Visit = (_where, text) => parts.push(text);
  receiver.spans().forEach((span) => visitSpan(span, visit));
  receiver.logRecords().forEach((record, index) => visitLogRecord(record, index, visit));
  return parts.join('\n');
}

/** JSON.parse, or a failed assertion naming the attribute. */
export function parseJsonAttribute(span: ReceivedSpan, key: string): unknown {
  const value = span.attributes[key];
  if (typeof value !== 'string') throw new Error(`span "${span.name}" has no string attribute ${key}`);
  return JSON.parse(value);
}


/** The spans whose parent is the span named `parentName` (the application turn spans are unique by name). */
export function childSpansOf(spans: readonly ReceivedSpan[], parentName: string): ReceivedSpan[] {
  const parent = spans.find((span) => span.name === parentName);
  if (parent === undefined) throw new Error(`no span named "${parentName}" was exported`);
  return spans.filter((span) => span.parentSpanId === parent.spanId).sort((a, b) => Number(BigInt(a.startTimeUnixNano) - BigInt(b.startTimeUnixNano)));
}

/** The log records emitted while `span` was active (log correlation). */
export function logRecordsOf(records: readonly ReceivedLogRecord[], span: ReceivedSpan): ReceivedLogRecord[] {
  return records.filter((record) => record.spanId === span.spanId);
}

/** The planted values found (in any form) anywhere in `value`. */
export function plantedIn(value: unknown): PlantedName[] {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  return PLANTED_ENTRIES.filter(([, planted]) => formsIn(text, planted).length > 0).map(([name]) => name);
}
