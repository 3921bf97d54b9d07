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
  prompt: plantedEmail('vercel ai prompt'),
  system: plantedEmail('vercel ai system'),
  messageText: plantedEmail('vercel prompt messages text'),
  toolCallArgs: plantedEmail('vercel prompt messages tool call'),
  toolResult: plantedEmail('vercel prompt messages tool result'),
  responseText: plantedEmail('vercel response text'),
  responseToolCalls: plantedEmail('vercel response tool calls'),
  toolSpanArgs: plantedEmail('vercel tool span args'),
  toolSpanResult: plantedEmail('vercel tool span result'),
  responseObject: plantedEmail('vercel response object'),
  telemetryMetadata: plantedEmail('vercel telemetry metadata'),
};
const allPlanted = Object.values(email);
const replacements = emailReplacements(allPlanted);

/** Attributes of `ai.generateText`, `ai.generateText.doGenerate` and `ai.toolCall` spans. */
const metadata = {
  'operation.name': 'ai.generateText.doGenerate support-chat',
  'ai.operationId': 'ai.generateText.doGenerate',
  'resource.name': 'support-chat',
  'ai.telemetry.functionId': 'support-chat',
  'ai.model.id': 'gpt-4o-mini',
  'ai.model.provider': 'openai.chat',
  'ai.settings.maxRetries': 2,
  'ai.settings.temperature': 0.3,
  'ai.settings.maxOutputTokens': 400,
  'ai.prompt.format': 'messages',
  'ai.response.finishReason': 'tool-calls',
  'ai.response.id': 'chatcmpl-B7kD2vQx9Lm',
  'ai.response.model': 'gpt-4o-mini-2024-07-18',
  'ai.response.timestamp': '2025-02-11T16:42:05.000Z',
  'ai.response.msToFirstChunk': 231.5,
  'ai.response.msToFinish': 1420.2,
  'ai.response.avgOutputTokensPerSecond': 48.1,
  'ai.usage.promptTokens': 322,
  'ai.usage.completionTokens': 41,
  'ai.usage.inputTokens': 322,
  'ai.usage.outputTokens': 41,
  'ai.toolCall.name': 'lookupOrder',
  'ai.toolCall.id': 'call_Hk2m9Qp',
  'gen_ai.system': 'openai.chat',
  'gen_ai.request.model': 'gpt-4o-mini',
  'gen_ai.request.temperature': 0.3,
  'gen_ai.response.finish_reasons': ['tool-calls'],
  'gen_ai.response.id': 'chatcmpl-B7kD2vQx9Lm',
  'gen_ai.response.model': 'gpt-4o-mini-2024-07-18',
  'gen_ai.usage.input_tokens': 322,
  'gen_ai.usage.output_tokens': 41,
};

const promptMessages = JSON.stringify([
  { role: 'system', content: `You help with orders. Escalate to ${email.system}.` },
  { role: 'user', content: [{ type: 'text', text: `Where is my order? I'm ${email.messageText}` }] },
  {
    role: 'assistant',
    content: [{ type: 'tool-call', toolCallId: 'call_Hk2m9Qp', toolName: 'lookupOrder', args: { email: email.toolCallArgs, limit: 1 } }],
  },
  {
    role: 'tool',
    content: [
      {
        type: 'tool-result',
        toolCallId: 'call_Hk2m9Qp',
        toolName: 'lookupOrder',
        result: { order: 'ORD-2024-118842', shipTo: email.toolResult, total: 59.9 },
      },
    ],
  },
]);

const content = {
  'ai.prompt': JSON.stringify({ system: 'You help with orders.', prompt: `Where is the order of ${email.prompt}?` }),
  'ai.prompt.messages': promptMessages,
  'ai.response.text': `Your order ORD-2024-118842 ships tomorrow; tracking goes to ${email.responseText}.`,
  'ai.response.toolCalls': JSON.stringify([
    {
      toolCallType: 'function',
      toolCallId: 'call_Hk2m9Qp',
      toolName: 'lookupOrder',
      args: JSON.stringify({ email: email.responseToolCalls, limit: 1 }),
    },
  ]),
  'ai.toolCall.args': JSON.stringify({ email: email.toolSpanArgs, limit: 1 }),
  'ai.toolCall.result': JSON.stringify({ order: 'ORD-2024-118842', shipTo: email.toolSpanResult, total: 59.9 }),
  'ai.response.object': JSON.stringify({ customer: { email: email.responseObject, tier: 'gold' }, items: 3 }),
  'ai.telemetry.metadata.contact': email.telemetryMetadata,
};

describe('Vercel AI SDK span attributes', () => {
  const out = redactAttributes(redactor, { ...metadata, ...content });

  it('removes every planted value', () => {
    expectNoneLeft(out, allPlanted);
  });

  it('walks ai.prompt, ai.prompt.messages and tool attributes as JSON and keeps them valid', () => {
    for (const key of ['ai.prompt', 'ai.prompt.messages', 'ai.toolCall.args', 'ai.toolCall.result', 'ai.response.object'] as const) {
      expectJsonScrubbed(out[key], content[key], replacements);
    }
  });

  it('walks JSON text nested inside ai.response.toolCalls', () => {
    const calls = JSON.parse(out['ai.response.toolCalls'] as string);
    expect(calls[0].toolCallId).toBe('call_Hk2m9Qp');
    expect(JSON.parse(calls[0].args)).toEqual({ email: EMAIL_PLACEHOLDER, limit: 1 });
  });

  it('scans ai.response.text', () => {
    expect(out['ai.response.text']).toBe(`Your order ORD-2024-118842 ships tomorrow; tracking goes to ${EMAIL_PLACEHOLDER}.`);
  });

  it('scans telemetry metadata and pseudonymises id-like metadata keys', () => {
    expect(out['ai.telemetry.metadata.contact']).toBe(EMAIL_PLACEHOLDER);
    expect(redactor.redactValue('user_2841', 'ai.telemetry.metadata.userId')).toMatch(/^<USER_ID:[0-9a-f]{16}>$/);
  });

  it('redacts request headers that carry credentials', () => {
    expect(redactor.redactValue('Bearer abc.def.ghi', 'ai.request.headers.authorization')).toBe('[REDACTED:SECRET]');
  });

  it('leaves metadata byte-identical', () => {
    expectMetadataUntouched(redactor, metadata);
  });
});
