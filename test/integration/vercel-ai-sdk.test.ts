// Row: the Vercel AI SDK (`ai`) with `experimental_telemetry: { isEnabled: true }`, talking to
// the stand-in through @ai-sdk/openai-compatible. The SDK needs no instrumentation package: it
// records spans through the global tracer provider. Content sits in span attributes: JSON
// `ai.prompt` / `ai.prompt.messages` / `ai.prompt.tools`, text `ai.response.text`, JSON
// `ai.response.toolCalls`, `ai.toolCall.args` / `ai.toolCall.result`, app metadata in
// `ai.telemetry.metadata.*`, and the GenAI `gen_ai.*` metadata keys.
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { SpanKind, trace } from '@opentelemetry/api';
import { generateText, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ReceivedSpan } from '../../examples/support/otlp-receiver.mjs';
import { childSpansOf, parseJsonAttribute, plantedIn } from './support/checks.js';
import { ANSWER, documentsPrompt, FAILING_MODEL, MODEL, SYSTEM_PROMPT, TOOL, TOOL_ARGUMENTS, TOOL_CALL_ID, TOOL_RESULT, USAGE, USER_PROMPT } from './support/conversation.js';
import { startModelServer, type ModelServer } from './support/model-server.js';
import { startPipeline, type TelemetryPipeline } from './support/pipeline.js';
import { PLANTED, SAFE_WORDS } from './support/planted.js';
import { itKeepsTheRedactionContract } from './support/redaction-contract.js';

const FUNCTION_ID = 'support-agent';

function spansNamed(spans: readonly ReceivedSpan[], name: string, under: ReceivedSpan): ReceivedSpan[] {
  return spans.filter((span) => span.name === name && span.traceId === under.traceId);
}

describe('Vercel AI SDK (ai + @ai-sdk/openai-compatible) with experimental_telemetry', () => {
  let model: ModelServer;
  let pipeline: TelemetryPipeline;
  const answers: string[] = [];
  const toolInputs: unknown[] = [];
  let rejection = '';
  let spans: ReceivedSpan[];

  beforeAll(async () => {
    model = await startModelServer();
    pipeline = await startPipeline({ serviceName: 'integration-vercel-ai' });
    const provider = createOpenAICompatible({ name: 'loopback', baseURL: model.url, apiKey: PLANTED.openAiKey, includeUsage: true });
    const tools = {
      [TOOL.name]: tool({
        description: TOOL.description,
        inputSchema: z.object({ email: z.string(), phone: z.string(), order_id: z.string() }),
        execute: async (input) => {
          toolInputs.push(input);
          return TOOL_RESULT;
        },
      }),
    };
    const request = {
      model: provider.chatModel(MODEL),
      system: `${SYSTEM_PROMPT}\n${documentsPrompt()}`,
      prompt: USER_PROMPT,
      tools,
      temperature: 0.2,
      stopWhen: stepCountIs(3),
      maxRetries: 0,
      experimental_telemetry: {
        isEnabled: true,
        functionId: FUNCTION_ID,
        metadata: { customerEmail: PLANTED.email, ticket: 'ticket-55123', channel: 'web' },
      },
    };
    const tracer = trace.getTracer('support-app', '1.0.0');
    await tracer.startActiveSpan('support turn (generateText)', { kind: SpanKind.SERVER }, async (span) => {
      answers.push((await generateText(request)).text);
      span.end();
    });
    await tracer.startActiveSpan('support turn (streamText)', { kind: SpanKind.SERVER }, async (span) => {
      const result = streamText(request);
      let streamed = '';
      for await (const delta of result.textStream) streamed += delta;
      answers.push(streamed);
      span.end();
    });
    await tracer.startActiveSpan('support turn (rejected)', { kind: SpanKind.SERVER }, async (span) => {
      try {
        await generateText({ ...request, model: provider.chatModel(FAILING_MODEL) });
      } catch (error) {
        rejection = error instanceof Error ? error.message : String(error);
      }
      span.end();
    });
    await pipeline.flush();
    spans = pipeline.receiver.spans();
  });

  afterAll(async () => {
    await pipeline?.shutdown();
    await model?.close();
  });

  itKeepsTheRedactionContract(() => pipeline, [
    'personName', 'email', 'otherEmail', 'usPhone', 'ukPhone', 'card', 'compactCard', 'iban', 'ssn', 'ipAddress',
    'streetAddress', 'awsAccessKey', 'openAiKey', 'gitHubToken', 'jwt', 'password',
  ]);

  it('the app itself got the full tool input and answer, also when streamed', () => {
    expect(answers).toEqual([ANSWER, ANSWER]);
    expect(toolInputs).toEqual([TOOL_ARGUMENTS, TOOL_ARGUMENTS]);
    expect(model.requests.every((request) => request.path === '/v1/chat/completions')).toBe(true);
    expect(rejection).toContain(PLANTED.email);
  });

  it('span tree: one call span per turn with two model-call steps and one tool call', () => {
    for (const [turn, call] of [
      ['support turn (generateText)', 'ai.generateText'],
      ['support turn (streamText)', 'ai.streamText'],
    ] as const) {
      const [root] = childSpansOf(spans, turn);
      expect(root?.name).toBe(call);
      expect(root?.attributes['ai.telemetry.functionId']).toBe(FUNCTION_ID);
      expect(root?.attributes['ai.telemetry.metadata.ticket']).toBe('ticket-55123');
      const children = spans.filter((span) => span.parentSpanId === root!.spanId);
      const step = call === 'ai.generateText' ? 'ai.generateText.doGenerate' : 'ai.streamText.doStream';
      expect(children.map((span) => span.name).sort()).toEqual([step, step, 'ai.toolCall'].sort());
    }
  });

  it('model-call steps keep model ids, token usage and finish reasons', () => {
    const [root] = childSpansOf(spans, 'support turn (generateText)');
    const [first, second] = spansNamed(spans, 'ai.generateText.doGenerate', root!);
    expect(first?.attributes).toMatchObject({
      'ai.model.id': MODEL,
      'gen_ai.request.model': MODEL,
      'ai.response.finishReason': 'tool-calls',
      'gen_ai.usage.input_tokens': USAGE.toolTurn.prompt_tokens,
      'gen_ai.usage.output_tokens': USAGE.toolTurn.completion_tokens,
    });
    expect(second?.attributes).toMatchObject({
      'ai.response.finishReason': 'stop',
      'gen_ai.usage.input_tokens': USAGE.answerTurn.prompt_tokens,
      'gen_ai.usage.output_tokens': USAGE.answerTurn.completion_tokens,
    });
  });

  it('prompt attributes stay JSON and keep the non-PII text; telemetry metadata loses the email', () => {
    const [root] = childSpansOf(spans, 'support turn (generateText)');
    const prompt = parseJsonAttribute(root!, 'ai.prompt') as { system: string; prompt: string };
    expect(prompt.system).toContain(`[${SAFE_WORDS.documentId}] ${SAFE_WORDS.documentTitle}`);
    expect(prompt.prompt).toContain(SAFE_WORDS.promptPhrase);
    const [, second] = spansNamed(spans, 'ai.generateText.doGenerate', root!);
    const messages = parseJsonAttribute(second!, 'ai.prompt.messages') as { role: string }[];
    expect(messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'tool']);
    expect(root?.attributes['ai.telemetry.metadata.channel']).toBe('web');
    expect(plantedIn([prompt, messages, root?.attributes['ai.telemetry.metadata.customerEmail']])).toEqual([]);
  });

  it('tool round trip: ai.toolCall keeps name and id; JSON args and result lose the planted values', () => {
    for (const turn of ['support turn (generateText)', 'support turn (streamText)']) {
      const [root] = childSpansOf(spans, turn);
      const [toolSpan] = spansNamed(spans, 'ai.toolCall', root!);
      expect(toolSpan?.attributes['ai.toolCall.name']).toBe(SAFE_WORDS.toolName);
      expect(toolSpan?.attributes['ai.toolCall.id']).toBe(TOOL_CALL_ID);
      const args = parseJsonAttribute(toolSpan!, 'ai.toolCall.args') as Record<string, string>;
      expect(args.order_id).toBe(SAFE_WORDS.order);
      const result = parseJsonAttribute(toolSpan!, 'ai.toolCall.result') as { order: { id: string } };
      expect(result.order.id).toBe(SAFE_WORDS.order);
      expect(plantedIn([args, result])).toEqual([]);
    }
  });

  it('streaming: the answer split across 7-character deltas is reassembled in ai.response.text and scrubbed', () => {
    const [root] = childSpansOf(spans, 'support turn (streamText)');
    const [, answerStep] = spansNamed(spans, 'ai.streamText.doStream', root!);
    const text = String(answerStep?.attributes['ai.response.text']);
    expect(text).toContain(SAFE_WORDS.answerPhrase);
    expect(text).toContain(SAFE_WORDS.order);
    expect(answerStep?.attributes['ai.response.finishReason']).toBe('stop');
    expect(answerStep?.events.map((event) => event.name)).toEqual(expect.arrayContaining(['ai.stream.firstChunk', 'ai.stream.finish']));
    expect(plantedIn([text, root?.attributes['ai.response.text']])).toEqual([]);
  });

  it('a rejected call: the provider error quoting the prompt is scrubbed from status and exception events', () => {
    const [call] = childSpansOf(spans, 'support turn (rejected)');
    expect(call?.name).toBe('ai.generateText');
    const step = spans.find((span) => span.parentSpanId === call!.spanId);
    expect(step?.name).toBe('ai.generateText.doGenerate');
    for (const span of [call!, step!]) {
      expect(span.status.code).toBe(2);
      expect(span.status.message).toMatch(/^Request blocked by content policy: message mentions card /);
      const exception = span.events.find((event) => event.name === 'exception');
      expect(exception?.attributes['exception.message']).toBe(span.status.message);
      expect(String(exception?.attributes['exception.stacktrace'])).toContain('APICallError');
      expect(plantedIn([span.status, span.events])).toEqual([]);
    }
  });
});
