// Within one attribute set, a long text found clean is scanned once: conventions record the same
// content twice in a span (OpenInference `input.value` and `llm.input_messages.*`). What has a
// finding is redacted and counted every time; outside a set nothing is remembered.
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { createRedactor, PiiRedactingSpanProcessor, type RedactionPolicy } from '../../src/index.js';

/** Over 128 characters with anything appended: shorter values have a memo of their own, for every redactor call. */
const FILLER =
  'the quarterly rollout notes for the zebra release cover the staging checks, the canary window, the rollback plan and who signs off';

/** A redactor whose custom pattern counts how often the scanner looked at a text holding `zebra`. */
function countingRedactor(policy: RedactionPolicy = {}) {
  const seen = { scans: 0 };
  const redactor = createRedactor({
    ...policy,
    customPatterns: [{ name: 'zebra-counter', type: 'ZEBRA', pattern: /zebra/, keywords: ['zebra'], validate: () => (seen.scans++, false) }],
  });
  return { redactor, seen };
}

describe('Redactor attribute sets', () => {
  it('uses texts longer than the short-value memo takes', () => {
    expect(FILLER.length).toBeGreaterThan(128);
  });

  it('scans a long clean text once per set, and again in the next set', () => {
    const { redactor, seen } = countingRedactor();
    const text = `${FILLER} (long enough to be remembered)`;
    expect(redactor.openAttributeSet()).toBe(true);
    expect(redactor.redactValue(text, 'input.value')).toBe(text);
    expect(redactor.redactValue(text, 'llm.input_messages.0.message.content')).toBe(text);
    redactor.closeAttributeSet();
    expect(seen.scans).toBe(1);
    redactor.openAttributeSet();
    redactor.redactValue(text, 'input.value');
    redactor.closeAttributeSet();
    expect(seen.scans).toBe(2);
    // Both occurrences count as examined values, as a memo hit always does.
    expect(redactor.stats().valuesScanned).toBe(3);
  });

  it('remembers nothing outside a set', () => {
    const { redactor, seen } = countingRedactor();
    const text = `${FILLER} outside`;
    redactor.redactValue(text, 'a');
    redactor.redactValue(text, 'b');
    expect(seen.scans).toBe(2);
  });

  it('finds a content string of JSON again as a flat attribute in the same set', () => {
    const { redactor, seen } = countingRedactor();
    const content = `${FILLER} inside a message`;
    redactor.openAttributeSet();
    redactor.redactValue(JSON.stringify({ messages: [{ role: 'user', content }] }), 'input.value');
    redactor.redactValue(content, 'llm.input_messages.0.message.content');
    redactor.closeAttributeSet();
    expect(seen.scans).toBe(1);
  });

  it('redacts and counts a text with a finding at every occurrence, in report mode too', () => {
    const text = `${FILLER}, write to jane.doe@example.com about it`;
    for (const mode of ['redact', 'report'] as const) {
      const { redactor } = countingRedactor({ mode });
      redactor.openAttributeSet();
      const first = redactor.redactValue(text, 'input.value');
      const second = redactor.redactValue(text, 'llm.input_messages.0.message.content');
      redactor.closeAttributeSet();
      expect(first, mode).toBe(mode === 'redact' ? text.replace('jane.doe@example.com', '[REDACTED:EMAIL]') : text);
      expect(second, mode).toBe(first);
      expect(redactor.stats().findingsByType.EMAIL, mode).toBe(2);
    }
  });

  it('does not nest: an inner open joins the outer set and leaves closing to it', () => {
    const { redactor, seen } = countingRedactor();
    const text = `${FILLER} nested`;
    expect(redactor.openAttributeSet()).toBe(true);
    expect(redactor.openAttributeSet()).toBe(false);
    redactor.redactValue(text, 'a');
    redactor.redactValue(text, 'b');
    redactor.closeAttributeSet();
    redactor.redactValue(text, 'c');
    expect(seen.scans).toBe(2);
  });

  it('through the span processor: content recorded twice in a span is scanned once, and a planted value is gone from both', () => {
    const { redactor, seen } = countingRedactor();
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({
      spanProcessors: [new PiiRedactingSpanProcessor(new SimpleSpanProcessor(exporter), { redactor })],
    });
    const clean = `${FILLER} from the assistant`;
    const planted = `${FILLER}, reach me at jane.doe@example.com`;
    provider
      .getTracer('test')
      .startSpan('ChatCompletion', {
        attributes: {
          'input.value': JSON.stringify({ messages: [{ role: 'assistant', content: clean }, { role: 'user', content: planted }] }),
          'llm.input_messages.0.message.content': clean,
          'llm.input_messages.1.message.content': planted,
        },
      })
      .end();
    const [span] = exporter.getFinishedSpans();
    expect(JSON.stringify(span!.attributes)).not.toContain('jane.doe@example.com');
    expect(span!.attributes['llm.input_messages.1.message.content']).toContain('[REDACTED:EMAIL]');
    // The clean message once; the planted one at both places (texts with a finding are not remembered).
    expect(seen.scans).toBe(3);
  });
});
