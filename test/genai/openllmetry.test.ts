import { describe, expect, it } from 'vitest';
import {
  EMAIL_PLACEHOLDER,
  defaultRedactor,
  emailReplacements,
  expectJsonScrubbed,
  expectMetadataUntouched,
  expectNoneLeft,
  plantedEmail,
  redactAttributes,
} from './support.js';

const redactor = defaultRedactor();

const email = {
  prompt0: plantedEmail('openllmetry prompt 0'),
  prompt1: plantedEmail('openllmetry prompt 1'),
  promptToolArgs: plantedEmail('openllmetry prompt tool args'),
  completion: plantedEmail('openllmetry completion'),
  completionToolArgs: plantedEmail('openllmetry completion tool args'),
  entityInput: plantedEmail('traceloop entity input'),
  entityOutput: plantedEmail('traceloop entity output'),
  templateVariables: plantedEmail('traceloop template variables'),
  association: plantedEmail('traceloop association'),
  multimodal: plantedEmail('openllmetry multimodal'),
};
const allPlanted = Object.values(email);
const replacements = emailReplacements(allPlanted);

/** What Traceloop's OpenAI instrumentation records for a chat call with one tool round-trip. */
const metadata = {
  'llm.request.type': 'chat',
  'gen_ai.system': 'openai',
  'gen_ai.request.model': 'gpt-4o-mini',
  'gen_ai.request.max_tokens': 300,
  'gen_ai.request.temperature': 0.7,
  'gen_ai.response.model': 'gpt-4o-mini-2024-07-18',
  'gen_ai.response.id': 'chatcmpl-AbC123xYz456DeF789',
  'gen_ai.usage.prompt_tokens': 211,
  'gen_ai.usage.completion_tokens': 48,
  'gen_ai.usage.cache_read_input_tokens': 0,
  'llm.usage.total_tokens': 259,
  'llm.is_streaming': false,
  'gen_ai.openai.system_fingerprint': 'fp_0ba0d124f1',
  'gen_ai.openai.api_version': '2024-06-01',
  'llm.response.finish_reason': 'tool_calls',
  'gen_ai.prompt.0.role': 'system',
  'gen_ai.prompt.1.role': 'user',
  'gen_ai.prompt.2.role': 'assistant',
  'gen_ai.prompt.2.tool_calls.0.id': 'call_Qm3xJ8k2LpR7vN4t',
  'gen_ai.prompt.2.tool_calls.0.name': 'find_customer',
  'gen_ai.prompt.3.role': 'tool',
  'gen_ai.prompt.3.tool_call_id': 'call_Qm3xJ8k2LpR7vN4t',
  'gen_ai.completion.0.role': 'assistant',
  'gen_ai.completion.0.finish_reason': 'tool_calls',
  'gen_ai.completion.0.tool_calls.0.id': 'call_Wd9sK1pQ7zX2',
  'gen_ai.completion.0.tool_calls.0.name': 'send_receipt',
  'llm.request.functions.0.name': 'find_customer',
  'traceloop.span.kind': 'workflow',
  'traceloop.entity.name': 'support_reply',
  'traceloop.entity.path': 'support_reply.draft',
  'traceloop.workflow.name': 'support_reply',
  'traceloop.prompt.key': 'support-reply',
  'traceloop.prompt.version': 4,
};

const content = {
  'gen_ai.prompt.0.content': 'You answer billing questions. Never reveal internal notes.',
  'gen_ai.prompt.1.content': `Hi, I was charged twice. My account email is ${email.prompt0}; my partner ${email.prompt1} was too.`,
  'gen_ai.prompt.2.tool_calls.0.arguments': JSON.stringify({ email: email.promptToolArgs, include_invoices: true }),
  'gen_ai.prompt.3.content': JSON.stringify({ customer: 'cus_8841', invoices: [{ id: 'in_1', amount_cents: 1999 }] }),
  'gen_ai.completion.0.content': `I found both charges and will refund one; the receipt goes to ${email.completion}.`,
  'gen_ai.completion.0.tool_calls.0.arguments': JSON.stringify({ to: email.completionToolArgs, invoice: 'in_1' }),
  'traceloop.entity.input': JSON.stringify({ args: [], kwargs: { question: `Why was ${email.entityInput} charged twice?`, max_steps: 3 } }),
  'traceloop.entity.output': JSON.stringify(`Refund issued; confirmation sent to ${email.entityOutput}`),
  'traceloop.prompt.template_variables': JSON.stringify({ customer_email: email.templateVariables, plan: 'pro' }),
  'traceloop.association.properties.contact': email.association,
};

describe('OpenLLMetry (Traceloop) span attributes', () => {
  const out = redactAttributes(redactor, { ...metadata, ...content });

  it('removes every planted value from the indexed prompt and completion attributes', () => {
    expectNoneLeft(out, allPlanted);
  });

  it('scans text content and keeps clean content as it was', () => {
    expect(out['gen_ai.prompt.0.content']).toBe(content['gen_ai.prompt.0.content']);
    expect(out['gen_ai.prompt.1.content']).toBe(
      `Hi, I was charged twice. My account email is ${EMAIL_PLACEHOLDER}; my partner ${EMAIL_PLACEHOLDER} was too.`,
    );
    expect(out['gen_ai.prompt.3.content']).toBe(content['gen_ai.prompt.3.content']);
  });

  it('walks tool-call arguments and entity input/output as JSON and keeps them valid', () => {
    for (const key of [
      'gen_ai.prompt.2.tool_calls.0.arguments',
      'gen_ai.completion.0.tool_calls.0.arguments',
      'traceloop.entity.input',
      'traceloop.prompt.template_variables',
    ] as const) {
      expectJsonScrubbed(out[key], content[key], replacements);
    }
  });

  it('treats a JSON string literal (a task that returned a string) as text', () => {
    expect(JSON.parse(out['traceloop.entity.output'] as string)).toBe(`Refund issued; confirmation sent to ${EMAIL_PLACEHOLDER}`);
  });

  it('pseudonymises id-like association properties and scans the others', () => {
    expect(out['traceloop.association.properties.contact']).toBe(EMAIL_PLACEHOLDER);
    const userId = redactor.redactValue('cus_8841', 'traceloop.association.properties.user_id');
    expect(userId).toMatch(/^<USER_ID:[0-9a-f]{16}>$/);
  });

  it('scrubs JSON content parts of a multimodal prompt', () => {
    const parts = JSON.stringify([
      { type: 'text', text: `What does this receipt say? Send it to ${email.multimodal}` },
      { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB' } },
    ]);
    const redacted = JSON.parse(redactor.redactValue(parts, 'gen_ai.prompt.1.content') as string);
    expect(redacted[0].text).toBe(`What does this receipt say? Send it to ${EMAIL_PLACEHOLDER}`);
    expect(redacted[1].image_url.url).toBe('[REDACTED:BINARY]');
  });

  it('leaves metadata byte-identical, including indexed roles, tool-call ids and names', () => {
    expectMetadataUntouched(redactor, metadata);
  });

  it('redacts whole credential values in llm.headers-style JSON by key', () => {
    const headers = JSON.stringify({ 'X-Request-Id': 'req_123', Authorization: 'Bearer abc.def' });
    expect(JSON.parse(redactor.redactValue(headers, 'llm.headers') as string)).toEqual({
      'X-Request-Id': 'req_123',
      Authorization: '[REDACTED:SECRET]',
    });
  });
});
