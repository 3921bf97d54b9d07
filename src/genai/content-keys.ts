import { KeyAction, KeyRules } from '../policy/key-rules.js';

/**
 * Where LLM content (prompts, completions, tool arguments, retrieved documents) sits in the
 * telemetry of each GenAI instrumentation convention. The redactor scans every key that is not
 * allow-listed, so this registry does not steer redaction: it documents coverage, drives the
 * per-convention tests, and lets a policy be checked for allow rules that would let content
 * through unscanned (`contentKeysShadowedBy`).
 *
 * Key patterns: `N` stands for one numeric index segment (`gen_ai.prompt.N.content` matches
 * `gen_ai.prompt.3.content`); a trailing `.*` stands for any suffix.
 */

export type GenAiConvention = 'otel-genai' | 'openllmetry' | 'openinference' | 'vercel-ai' | 'langfuse';

/**
 * How a content value is shaped, which is how the redactor ends up walking it:
 * - `messages`: JSON array of chat messages (`role` plus `parts` or `content`).
 * - `parts`: JSON array of message parts without a message wrapper (system instructions).
 * - `json`: a JSON object or array of any shape (tool arguments, template variables, documents).
 * - `text`: free text.
 * - `text-or-json`: text, or JSON when the producer (or a sibling mime type) says so.
 * - `binary-or-url`: a URL, a data URI or raw base64 media.
 */
export type ContentShape = 'messages' | 'parts' | 'json' | 'text' | 'text-or-json' | 'binary-or-url';

/** Where the key appears: a span attribute, a span event attribute, or a log record attribute. */
export type ContentLocation = 'span' | 'span-event' | 'log';

export interface GenAiContentKey {
  readonly convention: GenAiConvention;
  readonly key: string;
  readonly shape: ContentShape;
  readonly locations: readonly ContentLocation[];
  readonly holds: string;
}

/** A log event (or deprecated span event) whose content sits in its body or in named attributes. */
export interface GenAiContentEvent {
  readonly convention: GenAiConvention;
  readonly name: string;
  readonly contentIn: 'body' | 'attributes';
  /** For `body`: the body fields that hold content. For `attributes`: the attribute keys. */
  readonly fields: readonly string[];
  readonly deprecated: boolean;
}

/** A field of an OTel GenAI message part (`{"type": "text", "content": "…"}`) and how it is treated. */
export interface GenAiMessagePartField {
  readonly partType: string;
  readonly field: string;
  /** `scan`: text scanning (JSON inside is walked); `binary`: base64 payload, replaced per `policy.binaryContent`. */
  readonly treatment: 'scan' | 'binary';
}

export const GENAI_CONVENTIONS: Readonly<Record<GenAiConvention, { readonly title: string; readonly reference: string }>> = {
  'otel-genai': {
    title: 'OpenTelemetry GenAI semantic conventions',
    reference: 'https://opentelemetry.io/docs/specs/semconv/gen-ai/',
  },
  openllmetry: {
    title: 'OpenLLMetry (Traceloop)',
    reference: 'https://github.com/traceloop/openllmetry/tree/main/packages/opentelemetry-semantic-conventions-ai',
  },
  openinference: {
    title: 'OpenInference (Arize Phoenix)',
    reference: 'https://github.com/Arize-ai/openinference/blob/main/spec/semantic_conventions.md',
  },
  'vercel-ai': {
    title: 'Vercel AI SDK telemetry',
    reference: 'https://ai-sdk.dev/docs/ai-sdk-core/telemetry',
  },
  langfuse: {
    title: 'Langfuse OpenTelemetry attributes',
    reference: 'https://langfuse.com/integrations/native/opentelemetry',
  },
};

const SPAN: readonly ContentLocation[] = ['span'];
const SPAN_AND_LOG: readonly ContentLocation[] = ['span', 'log'];
const SPAN_EVENT_AND_LOG: readonly ContentLocation[] = ['span-event', 'log'];

function entries(convention: GenAiConvention, list: readonly (readonly [string, ContentShape, string])[], locations = SPAN): GenAiContentKey[] {
  return list.map(([key, shape, holds]) => ({ convention, key, shape, locations, holds }));
}

export const GENAI_CONTENT_KEYS: readonly GenAiContentKey[] = [
  ...entries(
    'otel-genai',
    [
      ['gen_ai.input.messages', 'messages', 'chat history sent to the model (JSON on spans, structured on events)'],
      ['gen_ai.output.messages', 'messages', 'messages returned by the model'],
      ['gen_ai.system_instructions', 'parts', 'system prompt, as message parts'],
      ['gen_ai.tool.call.arguments', 'json', 'arguments the model passed to a tool'],
      ['gen_ai.tool.call.result', 'text-or-json', 'what the tool returned'],
      ['gen_ai.retrieval.query.text', 'text', 'retrieval query'],
      ['gen_ai.retrieval.documents', 'json', 'retrieved documents (ids, scores, content)'],
      ['gen_ai.evaluation.explanation', 'text', 'evaluator explanation; may quote the conversation'],
    ],
    SPAN_AND_LOG,
  ),
  ...entries(
    'otel-genai',
    [
      ['gen_ai.prompt', 'messages', 'deprecated: prompt on the `gen_ai.content.prompt` span event'],
      ['gen_ai.completion', 'messages', 'deprecated: completion on the `gen_ai.content.completion` span event'],
    ],
    SPAN_EVENT_AND_LOG,
  ),
  ...entries('openllmetry', [
    ['gen_ai.prompt.N.content', 'text-or-json', 'prompt message text, or JSON content parts for multimodal input'],
    ['gen_ai.completion.N.content', 'text-or-json', 'completion text'],
    ['gen_ai.prompt.N.tool_calls.N.arguments', 'json', 'tool-call arguments replayed in the prompt'],
    ['gen_ai.completion.N.tool_calls.N.arguments', 'json', 'tool-call arguments chosen by the model'],
    ['gen_ai.completion.N.function_call.arguments', 'json', 'legacy function-call arguments'],
    ['traceloop.entity.input', 'json', 'workflow/task input (`{"args": […], "kwargs": {…}}`)'],
    ['traceloop.entity.output', 'json', 'workflow/task output'],
    ['traceloop.prompt.template_variables', 'json', 'managed prompt variables'],
    ['traceloop.association.properties.*', 'text', 'app-supplied properties; id keys are pseudonymised by key rules'],
    ['llm.user', 'text', 'the OpenAI `user` parameter: an end-user identifier'],
    ['llm.headers', 'text', 'extra request headers as text; may carry credentials'],
    ['llm.content.completion.chunk', 'text', 'streamed completion chunk (span event)'],
    ['mcp.request.argument', 'json', 'MCP tool request'],
    ['mcp.response.value', 'json', 'MCP tool response'],
  ]),
  ...entries('openinference', [
    ['input.value', 'text-or-json', 'span input; JSON when `input.mime_type` is application/json'],
    ['output.value', 'text-or-json', 'span output; JSON when `output.mime_type` is application/json'],
    ['llm.input_messages.N.message.content', 'text', 'input message text'],
    ['llm.output_messages.N.message.content', 'text', 'output message text'],
    ['llm.input_messages.N.message.contents.N.message_content.text', 'text', 'multimodal input text part'],
    ['llm.output_messages.N.message.contents.N.message_content.text', 'text', 'multimodal output text part'],
    ['llm.input_messages.N.message.contents.N.message_content.image.image.url', 'binary-or-url', 'image URL or inline image'],
    ['llm.input_messages.N.message.tool_calls.N.tool_call.function.arguments', 'json', 'tool-call arguments in the history'],
    ['llm.output_messages.N.message.tool_calls.N.tool_call.function.arguments', 'json', 'tool-call arguments chosen by the model'],
    ['llm.output_messages.N.message.function_call_arguments_json', 'json', 'legacy function-call arguments'],
    ['llm.input_messages.N.message.name', 'text', 'tool name, or the participant name of a user message'],
    ['llm.prompts.N.prompt.text', 'text', 'completions-API prompt'],
    ['llm.choices.N.completion.text', 'text', 'completions-API choice'],
    ['llm.prompt_template.variables', 'json', 'template variables (keys are scanned too)'],
    ['llm.function_call', 'json', 'function call details'],
    ['llm.invocation_parameters', 'json', 'call parameters; may include the OpenAI `user` end-user id'],
    ['retrieval.documents.N.document.content', 'text', 'retrieved document text'],
    ['retrieval.documents.N.document.metadata', 'json', 'retrieved document metadata'],
    ['reranker.query', 'text', 'reranker query'],
    ['reranker.input_documents.N.document.content', 'text', 'documents given to the reranker'],
    ['reranker.output_documents.N.document.content', 'text', 'documents kept by the reranker'],
    ['embedding.embeddings.N.embedding.text', 'text', 'text that was embedded'],
    ['metadata', 'json', 'app-supplied span metadata'],
  ]),
  ...entries('vercel-ai', [
    ['ai.prompt', 'json', '`{"system"?, "prompt"?, "messages"?}` as given to generateText/streamText'],
    ['ai.prompt.messages', 'messages', 'messages sent to the provider; images and files as base64 parts'],
    ['ai.response.text', 'text', 'generated text'],
    ['ai.response.reasoning', 'text', 'reasoning text'],
    ['ai.response.object', 'json', 'generated object (generateObject/streamObject)'],
    ['ai.response.toolCalls', 'json', 'tool calls; `args`/`input` hold JSON text'],
    ['ai.toolCall.args', 'json', 'tool-call arguments on the tool span'],
    ['ai.toolCall.result', 'json', 'tool result on the tool span'],
    ['ai.value', 'text', 'embedded value (embed)'],
    ['ai.values', 'json', 'embedded values (embedMany)'],
    ['ai.result.text', 'text', 'older SDKs: generated text'],
    ['ai.result.toolCalls', 'json', 'older SDKs: tool calls'],
    ['ai.result.object', 'json', 'older SDKs: generated object'],
    ['ai.telemetry.metadata.*', 'text', 'app-supplied metadata; id keys are pseudonymised by key rules'],
  ]),
  ...entries('langfuse', [
    ['langfuse.observation.input', 'text-or-json', 'observation input'],
    ['langfuse.observation.output', 'text-or-json', 'observation output'],
    ['langfuse.trace.input', 'text-or-json', 'trace input'],
    ['langfuse.trace.output', 'text-or-json', 'trace output'],
    ['langfuse.observation.metadata.*', 'text-or-json', 'app-supplied observation metadata'],
    ['langfuse.trace.metadata.*', 'text-or-json', 'app-supplied trace metadata'],
    ['langfuse.observation.status_message', 'text', 'error or status text; may quote input'],
    ['langfuse.observation.model.parameters', 'json', 'model parameters; may include an end-user id'],
  ]),
];

export const GENAI_CONTENT_EVENTS: readonly GenAiContentEvent[] = [
  { convention: 'otel-genai', name: 'gen_ai.system.message', contentIn: 'body', fields: ['content'], deprecated: true },
  { convention: 'otel-genai', name: 'gen_ai.user.message', contentIn: 'body', fields: ['content'], deprecated: true },
  {
    convention: 'otel-genai',
    name: 'gen_ai.assistant.message',
    contentIn: 'body',
    fields: ['content', 'tool_calls[].function.arguments'],
    deprecated: true,
  },
  { convention: 'otel-genai', name: 'gen_ai.tool.message', contentIn: 'body', fields: ['content'], deprecated: true },
  {
    convention: 'otel-genai',
    name: 'gen_ai.choice',
    contentIn: 'body',
    fields: ['message.content', 'message.tool_calls[].function.arguments'],
    deprecated: true,
  },
  {
    convention: 'otel-genai',
    name: 'gen_ai.client.inference.operation.details',
    contentIn: 'attributes',
    fields: ['gen_ai.input.messages', 'gen_ai.output.messages', 'gen_ai.system_instructions'],
    deprecated: false,
  },
  { convention: 'otel-genai', name: 'gen_ai.evaluation.result', contentIn: 'attributes', fields: ['gen_ai.evaluation.explanation'], deprecated: false },
  { convention: 'otel-genai', name: 'gen_ai.content.prompt', contentIn: 'attributes', fields: ['gen_ai.prompt'], deprecated: true },
  { convention: 'otel-genai', name: 'gen_ai.content.completion', contentIn: 'attributes', fields: ['gen_ai.completion'], deprecated: true },
];

export const GENAI_MESSAGE_PART_FIELDS: readonly GenAiMessagePartField[] = [
  { partType: 'text', field: 'content', treatment: 'scan' },
  { partType: 'reasoning', field: 'content', treatment: 'scan' },
  { partType: 'tool_call', field: 'arguments', treatment: 'scan' },
  { partType: 'tool_call_response', field: 'response', treatment: 'scan' },
  { partType: 'uri', field: 'uri', treatment: 'scan' },
  { partType: 'blob', field: 'content', treatment: 'binary' },
];

const INDEX = 'N';

/** Replaces every all-digit segment with `N`, so `gen_ai.prompt.12.content` becomes `gen_ai.prompt.N.content`. */
function indexPattern(key: string): string {
  let out = '';
  let segmentStart = 0;
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length && key.charCodeAt(i) !== 46) continue;
    const segment = key.slice(segmentStart, i);
    out += isDigits(segment) ? INDEX : segment;
    if (i < key.length) out += '.';
    segmentStart = i + 1;
  }
  return out;
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

const EXACT_PATTERNS = new Map<string, GenAiContentKey>();
const PREFIX_PATTERNS: GenAiContentKey[] = [];
for (const entry of GENAI_CONTENT_KEYS) {
  if (entry.key.endsWith('.*')) PREFIX_PATTERNS.push(entry);
  else EXACT_PATTERNS.set(entry.key, entry);
}

/** The registry entry describing `key` (an attribute key as recorded, with real indices), if any. */
export function genAiContentKeyOf(key: string): GenAiContentKey | undefined {
  const exact = EXACT_PATTERNS.get(key) ?? EXACT_PATTERNS.get(indexPattern(key));
  if (exact !== undefined) return exact;
  for (const entry of PREFIX_PATTERNS) if (key.startsWith(entry.key.slice(0, -1))) return entry;
  return undefined;
}

export function isGenAiContentKey(key: string): boolean {
  return genAiContentKeyOf(key) !== undefined;
}

/** A concrete key for a registry pattern: indices become `0`, a trailing `*` becomes `x`. */
export function exampleKeyFor(pattern: string): string {
  const concrete = pattern.endsWith('.*') ? `${pattern.slice(0, -1)}x` : pattern;
  return concrete
    .split('.')
    .map((segment) => (segment === INDEX ? '0' : segment))
    .join('.');
}

/**
 * The registry keys that the given allow rules (exact keys or `prefix.*` globs, as in
 * `policy.keys.allow`) would let through unscanned. A non-empty answer means content can
 * leave the process: worth a warning when a policy is loaded.
 */
export function contentKeysShadowedBy(allowRules: readonly string[]): string[] {
  const rules = new KeyRules({ redact: [], pseudonymize: [], allow: allowRules });
  const shadowed: string[] = [];
  for (const entry of GENAI_CONTENT_KEYS) {
    if (rules.classify(exampleKeyFor(entry.key)) === KeyAction.Allow) shadowed.push(entry.key);
  }
  return shadowed;
}
