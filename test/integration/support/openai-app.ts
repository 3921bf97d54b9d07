// The application every `openai` row runs: a support agent that retrieves documents, calls
// the model with a tool, runs the tool and sends the result back for the answer. It drives
// the Chat Completions API and the Responses API, each with and without streaming, under an
// application span, the way an instrumented app would.
import { SpanKind, trace } from '@opentelemetry/api';
import type OpenAI from 'openai';
import { documentsPrompt, EMBEDDING_MODEL, FAILING_MODEL, MODEL, retrievalInputs, SYSTEM_PROMPT, TOOL, TOOL_RESULT, USER_PROMPT } from './conversation.js';
import { PLANTED } from './planted.js';

export type OpenAIModule = typeof import('openai');

export interface TurnOutcome {
  /** The tool arguments the app received from the model (reassembled when streamed). */
  readonly toolArguments: string;
  /** The answer text the app received. */
  readonly answer: string;
}

const tracer = () => trace.getTracer('support-app', '1.0.0');

/** Runs `work` under an application span named `name`, as the parent of the client spans. */
async function underTurnSpan<T>(name: string, work: () => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, { kind: SpanKind.SERVER, attributes: { 'enduser.id': PLANTED.email, 'app.route': '/support/chat' } }, async (span) => {
    try {
      return await work();
    } finally {
      span.end();
    }
  });
}

/** The retrieval step of a RAG app: embeds the question and the documents. Resolves with the vector count. */
export async function retrievalTurn(client: OpenAI): Promise<number[][]> {
  return underTurnSpan('support turn (retrieval)', async () => {
    const result = await client.embeddings.create({ model: EMBEDDING_MODEL, input: retrievalInputs() });
    return result.data.map((item) => item.embedding);
  });
}

/**
 * A call the provider rejects with a message quoting the prompt's personal data; the
 * instrumentation records it as span status and, for some, an exception event. Resolves with
 * the error message the app saw.
 */
export async function rejectedTurn(client: OpenAI): Promise<string> {
  return underTurnSpan('support turn (rejected)', async () => {
    try {
      await client.chat.completions.create({ model: FAILING_MODEL, messages: chatHistory() });
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    throw new Error('the stand-in accepted a request it should reject');
  });
}

export function createClient(module: OpenAIModule, baseURL: string): OpenAI {
  return new module.OpenAI({ apiKey: PLANTED.openAiKey, baseURL, maxRetries: 0, timeout: 10_000 });
}

const chatTools: OpenAI.Chat.Completions.ChatCompletionTool[] = [
  { type: 'function', function: { name: TOOL.name, description: TOOL.description, parameters: { ...TOOL.parameters } } },
];

function chatHistory(): OpenAI.Chat.Completions.ChatCompletionMessageParam[] {
  return [
    { role: 'system', content: `${SYSTEM_PROMPT}\n${documentsPrompt()}` },
    { role: 'user', content: USER_PROMPT },
  ];
}

async function collectChatStream(
  stream: AsyncIterable<OpenAI.Chat.Completions.ChatCompletionChunk>,
): Promise<{ content: string; toolCallId: string; toolArguments: string }> {
  let content = '';
  let toolCallId = '';
  let toolArguments = '';
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta;
    if (delta?.content) content += delta.content;
    const toolCall = delta?.tool_calls?.[0];
    if (toolCall?.id) toolCallId = toolCall.id;
    if (toolCall?.function?.arguments) toolArguments += toolCall.function.arguments;
  }
  return { content, toolCallId, toolArguments };
}

/** Chat Completions: tool call, tool result, answer. */
export async function chatCompletionsTurn(client: OpenAI, options: { stream: boolean }): Promise<TurnOutcome> {
  return underTurnSpan(options.stream ? 'support turn (chat, streamed)' : 'support turn (chat)', async () => {
    const history = chatHistory();
    let toolCallId: string;
    let toolArguments: string;
    if (options.stream) {
      const stream = await client.chat.completions.create({
        model: MODEL,
        messages: history,
        tools: chatTools,
        temperature: 0.2,
        stream: true,
        stream_options: { include_usage: true },
        user: PLANTED.email,
      });
      ({ toolCallId, toolArguments } = await collectChatStream(stream));
    } else {
      const completion = await client.chat.completions.create({ model: MODEL, messages: history, tools: chatTools, temperature: 0.2, user: PLANTED.email });
      const call = completion.choices[0]?.message.tool_calls?.[0];
      if (call?.type !== 'function') throw new Error('the stand-in did not call the tool');
      toolCallId = call.id;
      toolArguments = call.function.arguments;
    }
    const followUp: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [
      ...history,
      { role: 'assistant', content: null, tool_calls: [{ id: toolCallId, type: 'function', function: { name: TOOL.name, arguments: toolArguments } }] },
      { role: 'tool', tool_call_id: toolCallId, content: JSON.stringify(TOOL_RESULT) },
    ];
    if (options.stream) {
      const stream = await client.chat.completions.create({
        model: MODEL,
        messages: followUp,
        tools: chatTools,
        temperature: 0.2,
        stream: true,
        stream_options: { include_usage: true },
      });
      const { content } = await collectChatStream(stream);
      return { toolArguments, answer: content };
    }
    const completion = await client.chat.completions.create({ model: MODEL, messages: followUp, tools: chatTools, temperature: 0.2 });
    return { toolArguments, answer: completion.choices[0]?.message.content ?? '' };
  });
}

const responseTools: OpenAI.Responses.Tool[] = [
  { type: 'function', name: TOOL.name, description: TOOL.description, parameters: { ...TOOL.parameters }, strict: false },
];

async function collectResponseStream(stream: AsyncIterable<OpenAI.Responses.ResponseStreamEvent>): Promise<OpenAI.Responses.ResponseOutputItem[]> {
  const items: OpenAI.Responses.ResponseOutputItem[] = [];
  for await (const event of stream) if (event.type === 'response.output_item.done') items.push(event.item);
  return items;
}

function outputText(items: readonly OpenAI.Responses.ResponseOutputItem[]): string {
  return items
    .flatMap((item) => (item.type === 'message' ? item.content : []))
    .map((part) => (part.type === 'output_text' ? part.text : ''))
    .join('');
}

/** Responses API: function call, function output, answer. */
export async function responsesTurn(client: OpenAI, options: { stream: boolean }): Promise<TurnOutcome> {
  return underTurnSpan(options.stream ? 'support turn (responses, streamed)' : 'support turn (responses)', async () => {
    const instructions = `${SYSTEM_PROMPT}\n${documentsPrompt()}`;
    const input: OpenAI.Responses.ResponseInputItem[] = [{ role: 'user', content: USER_PROMPT }];
    const first = options.stream
      ? await collectResponseStream(await client.responses.create({ model: MODEL, instructions, input, tools: responseTools, stream: true }))
      : (await client.responses.create({ model: MODEL, instructions, input, tools: responseTools })).output;
    const call = first.find((item): item is OpenAI.Responses.ResponseFunctionToolCall => item.type === 'function_call');
    if (call === undefined) throw new Error('the stand-in did not call the function');
    const followUp: OpenAI.Responses.ResponseInputItem[] = [
      ...input,
      { type: 'function_call', id: call.id, call_id: call.call_id, name: call.name, arguments: call.arguments },
      { type: 'function_call_output', call_id: call.call_id, output: JSON.stringify(TOOL_RESULT) },
    ];
    const second = options.stream
      ? await collectResponseStream(await client.responses.create({ model: MODEL, instructions, input: followUp, tools: responseTools, stream: true }))
      : (await client.responses.create({ model: MODEL, instructions, input: followUp, tools: responseTools })).output;
    return { toolArguments: call.arguments, answer: outputText(second) };
  });
}
