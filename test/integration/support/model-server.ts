// A stand-in for the OpenAI HTTP API on loopback, speaking the real wire format so unmodified
// clients (openai, the AI SDK's OpenAI-compatible provider) and their instrumentations run
// against it offline:
//
// - POST /v1/chat/completions: JSON, or server-sent events with `stream: true` (content and
//   tool-call arguments split into small deltas, a usage chunk with
//   `stream_options.include_usage`, then `data: [DONE]`).
// - POST /v1/responses: the Responses API, JSON or its typed SSE events.
// - POST /v1/embeddings: float vectors, or base64 float32 with `encoding_format: "base64"`
//   (what the openai client asks for by default).
//
// It plays one conversation (support/conversation.ts): while tools are offered and no tool
// result has come back, it calls the tool; after the result it answers. Content deltas are
// short on purpose, so every planted value is split across chunks. Requests for
// FAILING_MODEL get a 400 whose message quotes personal data, as provider errors often do.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ANSWER, EMBEDDING_DIMENSIONS, FAILING_MODEL, MODEL, REJECTION_MESSAGE, SYSTEM_FINGERPRINT, TOOL_ARGUMENTS, TOOL_CALL_ID, USAGE } from './conversation.js';

const CONTENT_DELTA_LENGTH = 7;
const ARGUMENTS_DELTA_LENGTH = 9;
const CREATED = 1735689600;

export interface ModelServerRequest {
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly authorized: boolean;
}

export interface ModelServer {
  /** Base URL including `/v1`, for `baseURL` options. */
  readonly url: string;
  /** Every request received, parsed, in arrival order. */
  readonly requests: ModelServerRequest[];
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

function slices(text: string, length: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += length) out.push(text.slice(i, i + length));
  return out;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

function startEventStream(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
}

async function readJson(req: IncomingMessage): Promise<Json | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Json) : undefined;
  } catch {
    return undefined;
  }
}

const toolArgumentsJson = (): string => JSON.stringify(TOOL_ARGUMENTS);

// ---------------------------------------------------------------- chat completions

function chatWantsTool(body: Json): boolean {
  const tools = body.tools;
  const messages = Array.isArray(body.messages) ? (body.messages as Json[]) : [];
  return Array.isArray(tools) && tools.length > 0 && !messages.some((m) => m.role === 'tool');
}

function chatToolName(body: Json): string {
  const first = (body.tools as Json[])[0]?.function as Json | undefined;
  return String(first?.name ?? 'unknown_tool');
}

function chatCompletion(body: Json, sequence: number): Json {
  const wantsTool = chatWantsTool(body);
  const message = wantsTool
    ? {
        role: 'assistant',
        content: null,
        refusal: null,
        tool_calls: [{ id: TOOL_CALL_ID, type: 'function', function: { name: chatToolName(body), arguments: toolArgumentsJson() } }],
      }
    : { role: 'assistant', content: ANSWER, refusal: null };
  return {
    id: `chatcmpl-loopback${String(sequence).padStart(4, '0')}`,
    object: 'chat.completion',
    created: CREATED + sequence,
    model: MODEL,
    system_fingerprint: SYSTEM_FINGERPRINT,
    choices: [{ index: 0, message, logprobs: null, finish_reason: wantsTool ? 'tool_calls' : 'stop' }],
    usage: wantsTool ? USAGE.toolTurn : USAGE.answerTurn,
  };
}

function streamChatCompletion(res: ServerResponse, body: Json, sequence: number): void {
  const wantsTool = chatWantsTool(body);
  const base = {
    id: `chatcmpl-loopback${String(sequence).padStart(4, '0')}`,
    object: 'chat.completion.chunk',
    created: CREATED + sequence,
    model: MODEL,
    system_fingerprint: SYSTEM_FINGERPRINT,
  };
  const chunk = (delta: Json, finishReason: string | null = null): Json => ({
    ...base,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  });
  const events: Json[] = [];
  if (wantsTool) {
    const name = chatToolName(body);
    events.push(chunk({ role: 'assistant', content: null, tool_calls: [{ index: 0, id: TOOL_CALL_ID, type: 'function', function: { name, arguments: '' } }] }));
    for (const part of slices(toolArgumentsJson(), ARGUMENTS_DELTA_LENGTH)) {
      events.push(chunk({ tool_calls: [{ index: 0, function: { arguments: part } }] }));
    }
    events.push(chunk({}, 'tool_calls'));
  } else {
    events.push(chunk({ role: 'assistant', content: '' }));
    for (const part of slices(ANSWER, CONTENT_DELTA_LENGTH)) events.push(chunk({ content: part }));
    events.push(chunk({}, 'stop'));
  }
  const streamOptions = body.stream_options as Json | undefined;
  if (streamOptions?.include_usage === true) {
    events.push({ ...base, choices: [], usage: wantsTool ? USAGE.toolTurn : USAGE.answerTurn });
  }
  startEventStream(res);
  for (const event of events) res.write(`data: ${JSON.stringify(event)}\n\n`);
  res.end('data: [DONE]\n\n');
}

// ---------------------------------------------------------------- responses API

function responsesWantsTool(body: Json): boolean {
  const tools = body.tools;
  const input = body.input;
  const answered = Array.isArray(input) && (input as Json[]).some((item) => item.type === 'function_call_output');
  return Array.isArray(tools) && tools.length > 0 && !answered;
}

function responsesOutputItem(body: Json): Json {
  if (responsesWantsTool(body)) {
    const name = String((body.tools as Json[])[0]?.name ?? 'unknown_tool');
    return { type: 'function_call', id: 'fc_loopback0001', call_id: TOOL_CALL_ID, name, arguments: toolArgumentsJson(), status: 'completed' };
  }
  return {
    type: 'message',
    id: 'msg_loopback0001',
    status: 'completed',
    role: 'assistant',
    content: [{ type: 'output_text', text: ANSWER, annotations: [], logprobs: [] }],
  };
}

function responseObject(body: Json, sequence: number, status: 'in_progress' | 'completed', output: Json[]): Json {
  const usage = responsesWantsTool(body) ? USAGE.toolTurn : USAGE.answerTurn;
  return {
    id: `resp_loopback${String(sequence).padStart(4, '0')}`,
    object: 'response',
    created_at: CREATED + sequence,
    status,
    error: null,
    incomplete_details: null,
    instructions: body.instructions ?? null,
    model: MODEL,
    output,
    parallel_tool_calls: true,
    temperature: 1,
    tool_choice: 'auto',
    tools: body.tools ?? [],
    top_p: 1,
    text: { format: { type: 'text' } },
    metadata: {},
    usage:
      status === 'completed'
        ? {
            input_tokens: usage.prompt_tokens,
            input_tokens_details: { cached_tokens: 0 },
            output_tokens: usage.completion_tokens,
            output_tokens_details: { reasoning_tokens: 0 },
            total_tokens: usage.total_tokens,
          }
        : null,
  };
}

function streamResponse(res: ServerResponse, body: Json, sequence: number): void {
  const item = responsesOutputItem(body);
  const itemId = String(item.id);
  const events: Json[] = [];
  events.push({ type: 'response.created', response: responseObject(body, sequence, 'in_progress', []) });
  if (item.type === 'function_call') {
    events.push({ type: 'response.output_item.added', output_index: 0, item: { ...item, arguments: '', status: 'in_progress' } });
    for (const delta of slices(String(item.arguments), ARGUMENTS_DELTA_LENGTH)) {
      events.push({ type: 'response.function_call_arguments.delta', item_id: itemId, output_index: 0, delta });
    }
    events.push({ type: 'response.function_call_arguments.done', item_id: itemId, output_index: 0, arguments: item.arguments });
  } else {
    events.push({ type: 'response.output_item.added', output_index: 0, item: { ...item, content: [], status: 'in_progress' } });
    const emptyPart = { type: 'output_text', text: '', annotations: [] };
    events.push({ type: 'response.content_part.added', item_id: itemId, output_index: 0, content_index: 0, part: emptyPart });
    for (const delta of slices(ANSWER, CONTENT_DELTA_LENGTH)) {
      events.push({ type: 'response.output_text.delta', item_id: itemId, output_index: 0, content_index: 0, delta, logprobs: [] });
    }
    events.push({ type: 'response.output_text.done', item_id: itemId, output_index: 0, content_index: 0, text: ANSWER, logprobs: [] });
    events.push({ type: 'response.content_part.done', item_id: itemId, output_index: 0, content_index: 0, part: { ...emptyPart, text: ANSWER } });
  }
  events.push({ type: 'response.output_item.done', output_index: 0, item });
  events.push({ type: 'response.completed', response: responseObject(body, sequence, 'completed', [item]) });
  startEventStream(res);
  events.forEach((event, index) => res.write(`event: ${String(event.type)}\ndata: ${JSON.stringify({ ...event, sequence_number: index })}\n\n`));
  res.end();
}

// ---------------------------------------------------------------- embeddings

function embeddings(body: Json): Json {
  const input = body.input;
  const texts = Array.isArray(input) ? input : [input];
  const data = texts.map((_text, index) => {
    const vector = Array.from({ length: EMBEDDING_DIMENSIONS }, (_unused, dimension) => Math.fround(Math.sin(index * 7 + dimension + 1) / 4));
    const embedding = body.encoding_format === 'base64' ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector;
    return { object: 'embedding', index, embedding };
  });
  const tokens = texts.length * 24;
  return { object: 'list', data, model: String(body.model), usage: { prompt_tokens: tokens, total_tokens: tokens } };
}

// ---------------------------------------------------------------- server

const ROUTES = new Set(['/v1/chat/completions', '/v1/responses', '/v1/embeddings']);

export async function startModelServer(): Promise<ModelServer> {
  const requests: ModelServerRequest[] = [];
  let sequence = 0;
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (req.method !== 'POST' || !ROUTES.has(path)) {
      sendJson(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'invalid_request_error' } });
      return;
    }
    const authorized = /^Bearer \S+/.test(String(req.headers.authorization ?? ''));
    readJson(req)
      .then((body) => {
        if (body === undefined) return sendJson(res, 400, { error: { message: 'invalid JSON', type: 'invalid_request_error' } });
        requests.push({ path, body, authorized });
        if (!authorized) return sendJson(res, 401, { error: { message: 'missing API key', type: 'invalid_request_error' } });
        if (body.model === FAILING_MODEL) {
          return sendJson(res, 400, { error: { message: REJECTION_MESSAGE, type: 'invalid_request_error', param: 'messages', code: 'content_policy_violation' } });
        }
        sequence++;
        const streaming = body.stream === true;
        if (path === '/v1/embeddings') {
          sendJson(res, 200, embeddings(body));
        } else if (path === '/v1/chat/completions') {
          if (streaming) streamChatCompletion(res, body, sequence);
          else sendJson(res, 200, chatCompletion(body, sequence));
        } else if (streaming) {
          streamResponse(res, body, sequence);
        } else {
          sendJson(res, 200, responseObject(body, sequence, 'completed', [responsesOutputItem(body)]));
        }
      })
      .catch(() => {
        if (!res.headersSent) sendJson(res, 500, { error: { message: 'stand-in failed', type: 'server_error' } });
      });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
