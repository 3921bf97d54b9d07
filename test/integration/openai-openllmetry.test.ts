// Row: `openai` instrumented by OpenLLMetry's @traceloop/instrumentation-openai. The installed
// version (0.27) no longer writes the flat `gen_ai.prompt.N.*` keys: it writes JSON span
// attributes in the OTel GenAI shape (`gen_ai.input.messages`, `gen_ai.output.messages`,
// `gen_ai.tool.definitions`). For the Responses API it wraps the raw input items, serialised,
// inside a text part: JSON in a JSON string in a JSON attribute, three levels deep.
//
// The instrumentation patches `openai` through a require hook, so the client is loaded with
// `createRequire` after `registerInstrumentations`.
import { createRequire } from 'node:module';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { OpenAIInstrumentation } from '@traceloop/instrumentation-openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceivedSpan } from '../../examples/support/otlp-receiver.mjs';
import { childSpansOf, parseJsonAttribute, plantedIn } from './support/checks.js';
import { ANSWER, MODEL, TOOL_ARGUMENTS, TOOL_CALL_ID, USAGE } from './support/conversation.js';
import { startModelServer, type ModelServer } from './support/model-server.js';
import { chatCompletionsTurn, createClient, rejectedTurn, responsesTurn, retrievalTurn, type OpenAIModule, type TurnOutcome } from './support/openai-app.js';
import { startPipeline, type TelemetryPipeline } from './support/pipeline.js';
import { SAFE_WORDS } from './support/planted.js';
import { itKeepsTheRedactionContract } from './support/redaction-contract.js';

interface Part {
  type: string;
  content?: string;
  id?: string;
  name?: string;
  arguments?: Record<string, unknown>;
  response?: string;
}
interface Message {
  role: string;
  parts: Part[];
  finish_reason?: string;
}

describe('openai + @traceloop/instrumentation-openai (OpenLLMetry, JSON span attributes)', () => {
  let model: ModelServer;
  let pipeline: TelemetryPipeline;
  const outcomes: TurnOutcome[] = [];
  let spans: ReceivedSpan[];
  let vectors: number[][];

  beforeAll(async () => {
    model = await startModelServer();
    pipeline = await startPipeline({ serviceName: 'integration-openllmetry' });
    // traceContent defaults to true (also settable per context); stated here so the row says what it tests.
    registerInstrumentations({ instrumentations: [new OpenAIInstrumentation({ traceContent: true })] });
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
    // Embeddings are not instrumented by this package: the retrieval turn has no child span.
    expect(vectors).toHaveLength(3);
    expect(childSpansOf(spans, 'support turn (retrieval)')).toEqual([]);
  });

  it('chat spans keep model, token usage, finish reasons and tool definitions', () => {
    const [toolCall, answer] = childSpansOf(spans, 'support turn (chat)');
    expect(toolCall?.name).toBe(`chat ${MODEL}`);
    expect(toolCall?.attributes).toMatchObject({
      'gen_ai.provider.name': 'openai',
      'gen_ai.request.model': MODEL,
      'gen_ai.response.model': MODEL,
      'gen_ai.response.finish_reasons': ['tool_call'],
      'gen_ai.usage.input_tokens': USAGE.toolTurn.prompt_tokens,
      'gen_ai.usage.output_tokens': USAGE.toolTurn.completion_tokens,
      'gen_ai.usage.total_tokens': USAGE.toolTurn.total_tokens,
    });
    expect(answer?.attributes['gen_ai.usage.total_tokens']).toBe(USAGE.answerTurn.total_tokens);
    const definitions = parseJsonAttribute(toolCall!, 'gen_ai.tool.definitions') as { function: { name: string } }[];
    expect(definitions[0]?.function.name).toBe(SAFE_WORDS.toolName);
  });

  it('tool round trip: JSON messages keep roles, ids and names; arguments and the tool result lose the planted values', () => {
    for (const turn of ['support turn (chat)', 'support turn (chat, streamed)']) {
      const [toolCall, answer] = childSpansOf(spans, turn);
      const [chosen] = parseJsonAttribute(toolCall!, 'gen_ai.output.messages') as Message[];
      const call = chosen?.parts[0];
      expect(call).toMatchObject({ type: 'tool_call', id: TOOL_CALL_ID, name: SAFE_WORDS.toolName });
      expect(call?.arguments?.order_id).toBe(SAFE_WORDS.order);

      const history = parseJsonAttribute(answer!, 'gen_ai.input.messages') as Message[];
      expect(history.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'tool']);
      expect(history[1]?.parts[0]?.content).toContain(SAFE_WORDS.promptPhrase);
      const toolResponse = history[3]?.parts[0];
      expect(toolResponse).toMatchObject({ type: 'tool_call_response', id: TOOL_CALL_ID });
      const result = JSON.parse(String(toolResponse?.response)) as { order: { id: string } };
      expect(result.order.id).toBe(SAFE_WORDS.order);
      expect(plantedIn([chosen, history])).toEqual([]);
    }
  });

  it('streaming: the answer split across 7-character deltas is reassembled in gen_ai.output.messages and scrubbed', () => {
    const [, answer] = childSpansOf(spans, 'support turn (chat, streamed)');
    const [message] = parseJsonAttribute(answer!, 'gen_ai.output.messages') as Message[];
    expect(message?.finish_reason).toBe('stop');
    const content = String(message?.parts[0]?.content);
    expect(content).toContain(SAFE_WORDS.answerPhrase);
    expect(content).toContain(SAFE_WORDS.order);
    expect(plantedIn(content)).toEqual([]);
  });

  it('responses API: the input items serialised inside a text part still parse, three JSON levels down', () => {
    for (const turn of ['support turn (responses)', 'support turn (responses, streamed)']) {
      const [, answer] = childSpansOf(spans, turn);
      const [wrapper] = parseJsonAttribute(answer!, 'gen_ai.input.messages') as Message[];
      const items = JSON.parse(String(wrapper?.parts[0]?.content)) as { type?: string; content?: string; arguments?: string; output?: string }[];
      expect(items.map((item) => item.type ?? 'message')).toEqual(['message', 'function_call', 'function_call_output']);
      expect(items[0]?.content).toContain(SAFE_WORDS.order);
      expect(JSON.parse(String(items[1]?.arguments))).toMatchObject({ order_id: SAFE_WORDS.order });
      expect((JSON.parse(String(items[2]?.output)) as { order: { status: string } }).order.status).toBe('charged_twice');
      expect(plantedIn(items)).toEqual([]);
    }
  });
});
