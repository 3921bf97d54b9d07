import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GENAI_CONTENT_EVENTS,
  GENAI_CONTENT_KEYS,
  GENAI_CONVENTIONS,
  GENAI_MESSAGE_PART_FIELDS,
  contentKeysShadowedBy,
  exampleKeyFor,
  genAiContentKeyOf,
  isGenAiContentKey,
} from '../../src/genai/content-keys.js';
import { GENAI_INDEXED_METADATA_TEMPLATES, GENAI_METADATA_KEYS } from '../../src/genai/metadata-keys.js';
import { DEFAULT_ALLOW_KEYS } from '../../src/policy/defaults.js';
import { BINARY_PLACEHOLDER, PNG_BASE64, defaultRedactor, expectNoneLeft, plantedEmail } from './support.js';

const redactor = defaultRedactor();

describe('content key registry', () => {
  it('covers every convention and lists each key once', () => {
    for (const convention of Object.keys(GENAI_CONVENTIONS)) {
      expect(GENAI_CONTENT_KEYS.some((entry) => entry.convention === convention), convention).toBe(true);
    }
    const keys = GENAI_CONTENT_KEYS.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('matches recorded keys with real indices and suffixes', () => {
    expect(genAiContentKeyOf('gen_ai.prompt.12.content')?.convention).toBe('openllmetry');
    expect(genAiContentKeyOf('gen_ai.completion.0.tool_calls.3.arguments')?.key).toBe('gen_ai.completion.N.tool_calls.N.arguments');
    expect(genAiContentKeyOf('llm.input_messages.4.message.contents.1.message_content.text')?.convention).toBe('openinference');
    expect(genAiContentKeyOf('traceloop.association.properties.ticket')?.key).toBe('traceloop.association.properties.*');
    expect(genAiContentKeyOf('gen_ai.prompt')?.convention).toBe('otel-genai');
    expect(isGenAiContentKey('input.value')).toBe(true);
  });

  it('does not match metadata keys', () => {
    for (const key of ['gen_ai.prompt.3.role', 'gen_ai.request.model', 'gen_ai.usage.input_tokens', 'llm.token_count.total', 'ai.model.id']) {
      expect(isGenAiContentKey(key), key).toBe(false);
    }
  });

  it('is disjoint from the metadata allow-list', () => {
    for (const key of GENAI_METADATA_KEYS) {
      if (!key.endsWith('.*')) expect(isGenAiContentKey(key), key).toBe(false);
    }
    for (const template of GENAI_INDEXED_METADATA_TEMPLATES) {
      expect(isGenAiContentKey(template.replace('.N.', '.0.').replace('.M.', '.0.')), template).toBe(false);
    }
  });

  it('is not shadowed by any default allow rule', () => {
    expect(contentKeysShadowedBy(DEFAULT_ALLOW_KEYS)).toEqual([]);
  });

  it('reports content keys that a broad user allow rule would let through', () => {
    const shadowed = contentKeysShadowedBy(['gen_ai.*', 'input.value']);
    expect(shadowed).toContain('gen_ai.input.messages');
    expect(shadowed).toContain('gen_ai.prompt.N.content');
    expect(shadowed).toContain('input.value');
    expect(shadowed).not.toContain('output.value');
  });

  it('is documented key by key in docs/genai-conventions.md', () => {
    const doc = readFileSync(new URL('../../docs/genai-conventions.md', import.meta.url), 'utf8');
    for (const entry of GENAI_CONTENT_KEYS) expect(doc, entry.key).toContain(`\`${entry.key}\``);
    for (const event of GENAI_CONTENT_EVENTS) if (!event.name.startsWith('gen_ai.content.')) expect(doc).toContain(`\`${event.name}\``);
  });

  it('names every attribute that carries event content', () => {
    for (const event of GENAI_CONTENT_EVENTS) {
      if (event.contentIn === 'attributes') for (const field of event.fields) expect(isGenAiContentKey(field), field).toBe(true);
    }
  });
});

describe('every registered content key is scrubbed by the default redactor', () => {
  it.each(GENAI_CONTENT_KEYS.map((entry) => [entry.key, entry.shape] as const))('%s (%s)', (pattern, shape) => {
    const key = exampleKeyFor(pattern);
    const email = plantedEmail(pattern);
    const asText = `note for ${email}`;
    expectNoneLeft(redactor.redactValue(asText, key), [email]);
    if (shape !== 'text' && shape !== 'binary-or-url') {
      const asJson = JSON.stringify([{ role: 'user', content: asText, tokens: 12 }]);
      const out = redactor.redactValue(asJson, key) as string;
      expectNoneLeft(out, [email]);
      expect(JSON.parse(out)[0].tokens).toBe(12);
    }
  });
});

describe('message parts of the OTel GenAI conventions', () => {
  it.each(GENAI_MESSAGE_PART_FIELDS.map((field) => [field.partType, field.field, field.treatment] as const))(
    '%s.%s is handled as %s',
    (partType, field, treatment) => {
      const email = plantedEmail(`${partType} ${field}`);
      const payload = treatment === 'binary' ? PNG_BASE64 : `mail ${email} today`;
      const messages = JSON.stringify([{ role: 'user', parts: [{ type: partType, [field]: payload }] }]);
      const out = JSON.parse(redactor.redactValue(messages, 'gen_ai.input.messages') as string);
      const after = out[0].parts[0][field];
      if (treatment === 'binary') expect(after).toBe(BINARY_PLACEHOLDER);
      else expect(after).toBe('mail [REDACTED:EMAIL] today');
    },
  );

  it('walks tool_call arguments and tool_call_response responses given as objects', () => {
    const email = plantedEmail('structured tool call');
    const messages = JSON.stringify([
      { role: 'assistant', parts: [{ type: 'tool_call', id: 'call_1', name: 'notify', arguments: { to: email, retries: 3 } }] },
      { role: 'tool', parts: [{ type: 'tool_call_response', id: 'call_1', response: { delivered: [email], count: 1 } }] },
    ]);
    const out = JSON.parse(redactor.redactValue(messages, 'gen_ai.input.messages') as string);
    expect(out[0].parts[0].arguments).toEqual({ to: '[REDACTED:EMAIL]', retries: 3 });
    expect(out[1].parts[0].response).toEqual({ delivered: ['[REDACTED:EMAIL]'], count: 1 });
  });
});
