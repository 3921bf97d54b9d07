// Row: `openai` instrumented by Arize's @arizeai/openinference-instrumentation-openai. Content
// lands twice on the span: the whole request as JSON in `input.value` (including the OpenAI
// `user` parameter, here an email address) and `llm.invocation_parameters`, the response in
// `output.value` (JSON, or plain text when streamed), and flattened per message in
// `llm.input_messages.N.*` / `llm.output_messages.N.*`, tool-call arguments as JSON strings.
//
// The instrumentation patches `openai` through a require hook, so the client is loaded with
// `createRequire` after `registerInstrumentations`.
import { createRequire } from 'node:module';
import { OpenAIInstrumentation } from '@arizeai/openinference-instrumentation-openai';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceivedSpan } from '../../examples/support/otlp-receiver.mjs';
import { childSpansOf, parseJsonAttribute, plantedIn } from './support/checks.js';
import { ANSWER, EMBEDDING_MODEL, MODEL, TOOL_ARGUMENTS, TOOL_CALL_ID, USAGE } from './support/conversation.js';
import { startModelServer, type ModelServer } from './support/model-server.js';
import { chatCompletionsTurn, createClient, rejectedTurn, responsesTurn, retrievalTurn, type OpenAIModule, type TurnOutcome } from './support/openai-app.js';
import { startPipeline, type TelemetryPipeline } from './support/pipeline.js';
import { SAFE_WORDS } from './support/planted.js';
import { itKeepsTheRedactionContract } from './support/redaction-contract.js';

describe('openai + @arizeai/openinference-instrumentation-openai (OpenInference flat keys and JSON values)', () => {
  let model: ModelServer;
  let pipeline: TelemetryPipeline;
  const outcomes: TurnOutcome[] = [];
  let spans: ReceivedSpan[];
  let vectors: number[][];

  beforeAll(async () => {
    model = await startModelServer();
    pipeline = await startPipeline({ serviceName: 'integration-openinference' });
    registerInstrumentations({ instrumentations: [new OpenAIInstrumentation()] });
    const openai = createRequire(import.meta.url)('openai') as OpenAIModule;
    const client = createClient(openai, model.url);
    vectors = await retrievalTurn(client);
    outcomes.push(await chatCompletionsTurn(client, { stream: false }));
    outcomes.push(await chatCompletionsTurn(client, { stream: true }));
    outcomes.push(await responsesTurn(client, { stream: false }));
    outcomes.push(await responsesTurn(client, { stream: true }));
    // This version never ends the span of a rejected (non-streamed) call, so nothing of it is
    // exported today; the call stays in the row so a version that does export it is leak-checked.
    await rejectedTurn(client);
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

  it('the app itself got the full tool arguments and answer, also when streamed', () => {
    for (const outcome of outcomes) {
      expect(JSON.parse(outcome.toolArguments)).toEqual(TOOL_ARGUMENTS);
      expect(outcome.answer).toBe(ANSWER);
    }
    expect(vectors.map((vector) => vector.length)).toEqual([8, 8, 8]);
  });

  it('LLM spans keep span kind, model, token counts and finish reasons', () => {
    const [toolCall, answer] = childSpansOf(spans, 'support turn (chat)');
    expect(toolCall?.name).toBe('OpenAI Chat Completions');
    expect(toolCall?.attributes).toMatchObject({
      'openinference.span.kind': 'LLM',
      'llm.model_name': MODEL,
      'llm.system': 'openai',
      'llm.finish_reason': 'tool_calls',
      'llm.token_count.prompt': USAGE.toolTurn.prompt_tokens,
      'llm.token_count.completion': USAGE.toolTurn.completion_tokens,
      'llm.token_count.total': USAGE.toolTurn.total_tokens,
      'input.mime_type': 'application/json',
    });
    expect(answer?.attributes['llm.finish_reason']).toBe('stop');
    const [responsesCall] = childSpansOf(spans, 'support turn (responses)');
    expect(responsesCall?.name).toBe('OpenAI Responses');
    expect(responsesCall?.attributes['llm.token_count.total']).toBe(USAGE.toolTurn.total_tokens);
  });

  it('input.value and llm.invocation_parameters stay JSON; the `user` end-user id and the prompt lose the planted values', () => {
    const [toolCall] = childSpansOf(spans, 'support turn (chat, streamed)');
    const request = parseJsonAttribute(toolCall!, 'input.value') as { model: string; user: string; stream: boolean; messages: { role: string; content: string }[] };
    expect(request.model).toBe(MODEL);
    expect(request.stream).toBe(true);
    expect(typeof request.user).toBe('string');
    expect(request.messages.map((message) => message.role)).toEqual(['system', 'user']);
    expect(request.messages[1]?.content).toContain(SAFE_WORDS.promptPhrase);
    const parameters = parseJsonAttribute(toolCall!, 'llm.invocation_parameters') as { tools: unknown[] };
    expect(parameters.tools).toHaveLength(1);
    expect(plantedIn([request, parameters])).toEqual([]);
  });

  it('tool round trip: flat tool-call keys keep ids and names; JSON arguments and the tool result lose the planted values', () => {
    const [toolCall, answer] = childSpansOf(spans, 'support turn (chat)');
    const out = 'llm.output_messages.0.message.tool_calls.0.tool_call';
    expect(toolCall?.attributes[`${out}.id`]).toBe(TOOL_CALL_ID);
    expect(toolCall?.attributes[`${out}.function.name`]).toBe(SAFE_WORDS.toolName);
    const args = parseJsonAttribute(toolCall!, `${out}.function.arguments`) as Record<string, string>;
    expect(args.order_id).toBe(SAFE_WORDS.order);

    expect(answer?.attributes['llm.input_messages.3.message.role']).toBe('tool');
    expect(answer?.attributes['llm.input_messages.3.message.tool_call_id']).toBe(TOOL_CALL_ID);
    const result = parseJsonAttribute(answer!, 'llm.input_messages.3.message.content') as { order: { id: string } };
    expect(result.order.id).toBe(SAFE_WORDS.order);
    const replayed = parseJsonAttribute(answer!, 'llm.input_messages.2.message.tool_calls.0.tool_call.function.arguments');
    expect(plantedIn([args, result, replayed])).toEqual([]);
  });

  it('streaming: output.value holds the reassembled answer as text, scrubbed', () => {
    const [, answer] = childSpansOf(spans, 'support turn (chat, streamed)');
    expect(answer?.attributes['output.mime_type']).toBe('text/plain');
    const text = String(answer?.attributes['output.value']);
    expect(text).toContain(SAFE_WORDS.answerPhrase);
    expect(text).toContain(SAFE_WORDS.order);
    expect(answer?.attributes['llm.output_messages.0.message.content']).toBe(text);
    expect(plantedIn(text)).toEqual([]);
  });

  it('responses API: output.value stays the JSON response, multimodal content keys scrubbed', () => {
    const [, answer] = childSpansOf(spans, 'support turn (responses)');
    const response = parseJsonAttribute(answer!, 'output.value') as { id: string; model: string; usage: { total_tokens: number }; output: { content: { text: string }[] }[] };
    expect(response.model).toBe(MODEL);
    expect(response.usage.total_tokens).toBe(USAGE.answerTurn.total_tokens);
    expect(response.output[0]?.content[0]?.text).toContain(SAFE_WORDS.answerPhrase);
    const text = String(answer?.attributes['llm.output_messages.0.message.contents.0.message_content.text']);
    expect(text).toContain(SAFE_WORDS.order);
    expect(plantedIn([response, text])).toEqual([]);
  });

  it('retrieval: embedded texts are scrubbed per key and in input.value; the vectors pass unchanged', () => {
    const [embedding] = childSpansOf(spans, 'support turn (retrieval)');
    expect(embedding?.name).toBe('OpenAI Embeddings');
    expect(embedding?.attributes['embedding.model_name']).toBe(EMBEDDING_MODEL);
    const query = String(embedding?.attributes['embedding.embeddings.0.embedding.text']);
    expect(query).toMatch(new RegExp(`^${SAFE_WORDS.answerPhrase} refund for `));
    const inputs = parseJsonAttribute(embedding!, 'input.value') as string[];
    expect(inputs).toHaveLength(3);
    expect(inputs[1]).toContain('5 business days');
    expect(plantedIn([query, inputs, embedding?.attributes['embedding.embeddings.2.embedding.text']])).toEqual([]);
  });
});
