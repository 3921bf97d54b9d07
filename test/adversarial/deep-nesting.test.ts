// Deeply nested structures: 10,000 levels of JSON text, JS objects and arrays. The walk stops
// at maxDepth (default 32) and replaces what lies deeper with `[REDACTED:TOO_DEEP]`: no stack
// overflow, valid JSON out, nothing from below the limit passed on unexamined.
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { createRedactor, PiiRedactingLogRecordProcessor, PiiRedactingSpanProcessor } from '../../src/index.js';

const DEPTH = 10_000;
const EMAIL = 'mara.quill@example.org';

function nestedObjectJson(depth: number, leaf: string): string {
  return '{"a":'.repeat(depth) + JSON.stringify(leaf) + '}'.repeat(depth);
}

function nestedArrayJson(depth: number, leaf: string): string {
  return '['.repeat(depth) + JSON.stringify(leaf) + ']'.repeat(depth);
}

function nestedObject(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value, note: i === depth - 1 ? `top ${EMAIL}` : 'x' };
  return value;
}

function depthOf(value: unknown): number {
  let depth = 0;
  let cursor = value;
  while (cursor !== null && typeof cursor === 'object') {
    cursor = Array.isArray(cursor) ? cursor[0] : (cursor as Record<string, unknown>).a;
    depth++;
  }
  return depth;
}

function leafOf(value: unknown): unknown {
  let cursor = value;
  while (cursor !== null && typeof cursor === 'object') cursor = Array.isArray(cursor) ? cursor[0] : (cursor as Record<string, unknown>).a;
  return cursor;
}

describe(`nesting ${DEPTH} levels deep`, () => {
  const redactor = createRedactor();

  it('JSON objects as text: valid JSON out, cut at the depth limit, the deep value gone', () => {
    const output = redactor.redactString(nestedObjectJson(DEPTH, EMAIL));
    const parsed = JSON.parse(output);
    expect(depthOf(parsed)).toBe(32);
    expect(leafOf(parsed)).toBe('[REDACTED:TOO_DEEP]');
    expect(output).not.toContain(EMAIL);
  });

  it('JSON arrays as text: the same', () => {
    const output = redactor.redactString(nestedArrayJson(DEPTH, EMAIL));
    expect(leafOf(JSON.parse(output))).toBe('[REDACTED:TOO_DEEP]');
    expect(output).not.toContain(EMAIL);
  });

  it('a clean deep document is still cut: what was not examined does not pass', () => {
    const output = redactor.redactString(nestedObjectJson(DEPTH, 'nothing personal'));
    expect(output).not.toContain('nothing personal');
    expect(output).toContain('[REDACTED:TOO_DEEP]');
  });

  it('unbalanced brackets (not JSON) are scanned as text', () => {
    const text = '['.repeat(DEPTH) + ` ${EMAIL}`;
    expect(redactor.redactString(text)).toBe('['.repeat(DEPTH) + ' [REDACTED:EMAIL]');
  });

  it('JS objects: shallow values scrubbed, the deep part replaced', () => {
    const output = redactor.redactValue(nestedObject(DEPTH, EMAIL)) as Record<string, unknown>;
    expect(output.note).toBe('top [REDACTED:EMAIL]');
    expect(leafOf(output)).toBe('[REDACTED:TOO_DEEP]');
    expect(JSON.stringify(output)).not.toContain(EMAIL);
  });

  it('JSON inside JSON inside JSON… counts towards the same depth limit', () => {
    // Escaping doubles at each level: 12 levels stay well under the size cap.
    let text = JSON.stringify({ content: EMAIL });
    for (let i = 0; i < 12; i++) text = JSON.stringify({ content: text });
    const shallow = createRedactor({ maxDepth: 8 });
    const output = shallow.redactString(text);
    expect(output).not.toContain(EMAIL);
    expect(output).toContain('TOO_DEEP');
    expect(redactor.redactString(text)).not.toContain(EMAIL);
  });

  it('a 10,000-level log body through the processor: exported, cut, the app unaffected', () => {
    const exporter = new InMemoryLogRecordExporter();
    const provider = new LoggerProvider({ processors: [new PiiRedactingLogRecordProcessor(new SimpleLogRecordProcessor({ exporter }))] });
    expect(() => provider.getLogger('deep').emit({ body: nestedObject(DEPTH, EMAIL) as never })).not.toThrow();
    const [record] = exporter.getFinishedLogRecords();
    expect(JSON.stringify(record!.body)).not.toContain(EMAIL);
    expect(leafOf(record!.body)).toBe('[REDACTED:TOO_DEEP]');
  });

  it('a 10,000-level GenAI attribute through the span processor: shallow values scrubbed, literals kept, the deep part cut once', () => {
    const exporter = new InMemorySpanExporter();
    const redactor = createRedactor();
    const provider = new BasicTracerProvider({ spanProcessors: [new PiiRedactingSpanProcessor(new SimpleSpanProcessor(exporter), { redactor })] });
    const deep = nestedObjectJson(DEPTH, EMAIL);
    const messages = `[{"role":"user","content":"I am ${EMAIL}","temperature":0.70,"history":${deep}}]`;
    provider.getTracer('deep').startSpan('chat', { attributes: { 'gen_ai.input.messages': messages } }).end();
    const exported = exporter.getFinishedSpans()[0]!.attributes['gen_ai.input.messages'] as string;
    expect(exported).not.toContain(EMAIL);
    const [message] = JSON.parse(exported) as Record<string, unknown>[];
    expect(message!.content).toBe('I am [REDACTED:EMAIL]');
    expect(exported).toContain('"temperature":0.70');
    expect(depthOf(message!.history)).toBe(32 - 2);
    expect(leafOf(message!.history)).toBe('[REDACTED:TOO_DEEP]');
    expect(redactor.stats().findingsByType).toEqual({ EMAIL: 1, TOO_DEEP: 1 });
  });

  it('a policy allowing 1000 levels walks them without overflowing the stack', () => {
    const deep = createRedactor({ maxDepth: 1000 });
    const output = deep.redactString(nestedArrayJson(DEPTH, EMAIL));
    expect(depthOf(JSON.parse(output))).toBe(1000);
    expect(output).not.toContain(EMAIL);
  });
});
