// Row: `openai` instrumented by @opentelemetry/instrumentation-openai with message content
// capture on. Spans carry metadata only; the content arrives as log records: Chat Completions
// as `gen_ai.{system,user,assistant,tool}.message` / `gen_ai.choice` events with map bodies,
// the Responses API as `gen_ai.client.inference.operation.details` events with structured
// (AnyValue) `gen_ai.input.messages` / `gen_ai.output.messages` attributes, plus the
// `gen_ai.system_instructions` span attribute.
//
// The instrumentation patches `openai` through a require hook, so the client is loaded with
// `createRequire` after `registerInstrumentations` (its CommonJS build is what gets patched).
import { createRequire } from 'node:module';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { OpenAIInstrumentation } from '@opentelemetry/instrumentation-openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceivedLogRecord, ReceivedSpan } from '../../examples/support/otlp-receiver.mjs';
import { childSpansOf, logRecordsOf, plantedIn } from './support/checks.js';
import { ANSWER, EMBEDDING_MODEL, FAILING_MODEL, MODEL, TOOL_ARGUMENTS, TOOL_CALL_ID, USAGE } from './support/conversation.js';
import { startModelServer, type ModelServer } from './support/model-server.js';
import { chatCompletionsTurn, createClient, rejectedTurn, responsesTurn, retrievalTurn, type OpenAIModule, type TurnOutcome } from './support/openai-app.js';
import { startPipeline, type TelemetryPipeline } from './support/pipeline.js';
import { PLANTED, SAFE_WORDS } from './support/planted.js';
import { itKeepsTheRedactionContract } from './support/redaction-contract.js';

const CAPTURE_ENV = 'OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT';

describe('openai + @opentelemetry/instrumentation-openai (content as log records)', () => {
  let model: ModelServer;
  let pipeline: TelemetryPipeline;
  const outcomes: Record<string, TurnOutcome> = {};
  let rejection: string;
  let spans: ReceivedSpan[];
  let vectors: number[][];
  let records: ReceivedLogRecord[];
  const previousCapture = process.env[CAPTURE_ENV];

  beforeAll(async () => {
    model = await startModelServer();
    pipeline = await startPipeline({ serviceName: 'integration-otel-genai' });
    // The documented switch; the instrumentation reads it in its constructor.
    process.env[CAPTURE_ENV] = 'true';
    registerInstrumentations({ instrumentations: [new OpenAIInstrumentation()] });
    const openai = createRequire(import.meta.url)('openai') as OpenAIModule;
    const client = createClient(openai, model.url);
    vectors = await retrievalTurn(client);
    outcomes.chat = await chatCompletionsTurn(client, { stream: false });
    outcomes.chatStreamed = await chatCompletionsTurn(client, { stream: true });
    outcomes.responses = await responsesTurn(client, { stream: false });
    outcomes.responsesStreamed = await responsesTurn(client, { stream: true });
    rejection = await rejectedTurn(client);
    await pipeline.flush();
    spans = pipeline.receiver.spans();
    records = pipeline.receiver.logRecords();
  });

  afterAll(async () => {
    if (previousCapture === undefined) delete process.env[CAPTURE_ENV];
    else process.env[CAPTURE_ENV] = previousCapture;
    await pipeline?.shutdown();
    await model?.close();
  });

  itKeepsTheRedactionContract(() => pipeline, [
    'personName', 'email', 'otherEmail', 'usPhone', 'ukPhone', 'card', 'compactCard', 'iban', 'ssn', 'ipAddress',
    'streetAddress', 'awsAccessKey', 'openAiKey', 'gitHubToken', 'jwt', 'password',
  ]);

  it('the app itself got the full tool arguments and answer, also when streamed', () => {
    for (const outcome of Object.values(outcomes)) {
      expect(JSON.parse(outcome.toolArguments)).toEqual(TOOL_ARGUMENTS);
      expect(outcome.answer).toBe(ANSWER);
    }
    expect(vectors.map((vector) => vector.length)).toEqual([8, 8, 8]);
    expect(model.requests.map((request) => request.path)).toEqual([
      '/v1/embeddings',
      ...Array(4).fill('/v1/chat/completions'),
      ...Array(4).fill('/v1/responses'),
      '/v1/chat/completions',
    ]);
    expect(rejection).toContain(PLANTED.email);
  });

  it('chat spans keep model, token usage, finish reasons and response ids', () => {
    for (const turn of ['support turn (chat)', 'support turn (chat, streamed)']) {
      const [toolCall, answer] = childSpansOf(spans, turn);
      expect(toolCall?.name).toBe(`chat ${MODEL}`);
      expect(toolCall?.attributes).toMatchObject({
        'gen_ai.operation.name': 'chat',
        'gen_ai.request.model': MODEL,
        'gen_ai.response.model': MODEL,
        'gen_ai.response.finish_reasons': ['tool_calls'],
        'gen_ai.usage.input_tokens': USAGE.toolTurn.prompt_tokens,
        'gen_ai.usage.output_tokens': USAGE.toolTurn.completion_tokens,
      });
      expect(answer?.attributes).toMatchObject({
        'gen_ai.response.finish_reasons': ['stop'],
        'gen_ai.usage.input_tokens': USAGE.answerTurn.prompt_tokens,
        'gen_ai.usage.output_tokens': USAGE.answerTurn.completion_tokens,
      });
      expect(String(answer?.attributes['gen_ai.response.id'])).toMatch(/^chatcmpl-loopback\d{4}$/);
    }
  });

  it('chat content arrives as log records with map bodies, correlated with the chat span', () => {
    const [toolCall] = childSpansOf(spans, 'support turn (chat)');
    const events = logRecordsOf(records, toolCall!);
    expect(events.map((record) => record.attributes['event.name'])).toEqual(['gen_ai.system.message', 'gen_ai.user.message', 'gen_ai.choice']);
    const [system, user, choice] = events as [ReceivedLogRecord, ReceivedLogRecord, ReceivedLogRecord];
    expect(system.traceId).toBe(toolCall!.traceId);
    expect(String((system.body as { content: string }).content)).toContain(SAFE_WORDS.documentTitle);
    expect(String((user.body as { content: string }).content)).toContain(SAFE_WORDS.order);
    expect(plantedIn(user.body)).toEqual([]);
    expect(choice.body).toMatchObject({ finish_reason: 'tool_calls', index: 0 });
  });

  it('tool round trip: arguments and tool result stay JSON, keep ids and names, lose the planted values', () => {
    for (const turn of ['support turn (chat)', 'support turn (chat, streamed)']) {
      const [toolCall, answer] = childSpansOf(spans, turn);
      const choice = logRecordsOf(records, toolCall!).find((record) => record.attributes['event.name'] === 'gen_ai.choice');
      const calls = (choice?.body as { message: { tool_calls: { id: string; function: { name: string; arguments: string } }[] } }).message.tool_calls;
      expect(calls[0]?.id).toBe(TOOL_CALL_ID);
      expect(calls[0]?.function.name).toBe(SAFE_WORDS.toolName);
      const args = JSON.parse(calls[0]!.function.arguments) as Record<string, string>;
      expect(args.order_id).toBe(SAFE_WORDS.order);
      expect(plantedIn(args)).toEqual([]);

      const toolMessage = logRecordsOf(records, answer!).find((record) => record.attributes['event.name'] === 'gen_ai.tool.message');
      const body = toolMessage?.body as { id: string; content: string };
      expect(body.id).toBe(TOOL_CALL_ID);
      const result = JSON.parse(body.content) as { order: { id: string; status: string; amount_eur: number } };
      expect(result.order).toEqual({ id: SAFE_WORDS.order, status: 'charged_twice', amount_eur: 42.5 });
      expect(plantedIn(result)).toEqual([]);
    }
  });

  it('streaming: the answer split across 7-character deltas is reassembled into one gen_ai.choice and scrubbed', () => {
    const [, answer] = childSpansOf(spans, 'support turn (chat, streamed)');
    const choice = logRecordsOf(records, answer!).find((record) => record.attributes['event.name'] === 'gen_ai.choice');
    const content = (choice?.body as { message: { content: string } }).message.content;
    expect(content).toContain(SAFE_WORDS.answerPhrase);
    expect(content).toContain(SAFE_WORDS.order);
    expect(plantedIn(content)).toEqual([]);
  });

  it('responses API: structured gen_ai.input/output.messages log attributes stay structured and scrubbed', () => {
    for (const turn of ['support turn (responses)', 'support turn (responses, streamed)']) {
      const [functionCall, answer] = childSpansOf(spans, turn);
      expect(functionCall?.attributes['gen_ai.usage.input_tokens']).toBe(USAGE.toolTurn.prompt_tokens);
      const details = logRecordsOf(records, functionCall!).filter((record) => record.eventName === 'gen_ai.client.inference.operation.details');
      const input = details.map((record) => record.attributes['gen_ai.input.messages']).find(Array.isArray) as { role: string; parts: { content?: string }[] }[];
      expect(input.map((message) => message.role)).toEqual(['system', 'user']);
      expect(input[1]?.parts[0]?.content).toContain(SAFE_WORDS.promptPhrase);
      const output = details.map((record) => record.attributes['gen_ai.output.messages']).find(Array.isArray) as { parts: { type: string; name: string; arguments: string; call_id: string }[] }[];
      const call = output[0]?.parts[0];
      expect(call).toMatchObject({ type: 'tool_call', name: SAFE_WORDS.toolName, call_id: TOOL_CALL_ID });
      expect(JSON.parse(call!.arguments)).toMatchObject({ order_id: SAFE_WORDS.order });

      const answerDetails = logRecordsOf(records, answer!).map((record) => record.attributes['gen_ai.output.messages']).find(Array.isArray);
      expect(JSON.stringify(answerDetails)).toContain(SAFE_WORDS.answerPhrase);
      expect(plantedIn([input, output, answerDetails])).toEqual([]);
    }
  });

  it('responses API: the gen_ai.system_instructions span attribute keeps the retrieved document titles', () => {
    const [functionCall] = childSpansOf(spans, 'support turn (responses)');
    const instructions = String(functionCall?.attributes['gen_ai.system_instructions']);
    expect(instructions).toContain(SAFE_WORDS.systemPhrase);
    expect(instructions).toContain(`[${SAFE_WORDS.documentId}] ${SAFE_WORDS.documentTitle}`);
    expect(plantedIn(instructions)).toEqual([]);
  });

  it('a rejected call: the provider error quoting the prompt is scrubbed from the span status, error type kept', () => {
    const [call] = childSpansOf(spans, 'support turn (rejected)');
    expect(call?.name).toBe(`chat ${FAILING_MODEL}`);
    expect(call?.attributes['error.type']).toBe('BadRequestError');
    expect(call?.status.code).toBe(2);
    expect(call?.status.message).toMatch(/^400 Request blocked by content policy: message mentions card /);
    expect(call?.status.message).toContain(`see ticket ${SAFE_WORDS.order}`);
    expect(plantedIn(call?.status.message)).toEqual([]);
  });

  it('retrieval: the embeddings span keeps model and token usage (this instrumentation records no input text)', () => {
    const [embedding] = childSpansOf(spans, 'support turn (retrieval)');
    expect(embedding?.name).toBe(`embeddings ${EMBEDDING_MODEL}`);
    expect(embedding?.attributes).toMatchObject({ 'gen_ai.operation.name': 'embeddings', 'gen_ai.response.model': EMBEDDING_MODEL, 'gen_ai.usage.input_tokens': 72 });
  });
});
