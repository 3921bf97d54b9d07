/**
 * Attribute keys that, per the GenAI conventions in use, hold only metadata (model names,
 * token counts, ids, finish reasons, parameters). They are never scanned: scanning them
 * costs time and risks corrupting values dashboards depend on.
 *
 * Rule for additions: a key belongs here only if no producer can put user text in it.
 * Deliberately absent, because they can: `llm.invocation_parameters` and
 * `langfuse.observation.model.parameters` (may carry the OpenAI `user` end-user id),
 * `gen_ai.openai.api_base` (proxy URLs with credentials), `*.message.name` (participant
 * names), `document.id`, and every app-supplied metadata map.
 */
const FLAT_METADATA_KEYS: readonly string[] = [
  // OTel GenAI semantic conventions
  'gen_ai.system',
  'gen_ai.provider.name',
  'gen_ai.operation.name',
  'gen_ai.request.*',
  'gen_ai.response.id',
  'gen_ai.response.model',
  'gen_ai.response.finish_reasons',
  'gen_ai.response.time_to_first_chunk',
  'gen_ai.usage.*',
  'gen_ai.token.type',
  'gen_ai.output.type',
  'gen_ai.conversation.id',
  'gen_ai.tool.name',
  'gen_ai.tool.type',
  'gen_ai.tool.call.id',
  'gen_ai.agent.id',
  'gen_ai.agent.name',
  'gen_ai.agent.version',
  'gen_ai.workflow.name',
  'gen_ai.data_source.id',
  'gen_ai.prompt.name',
  'gen_ai.embeddings.dimension.count',
  'gen_ai.evaluation.name',
  'gen_ai.evaluation.score.value',
  'gen_ai.evaluation.score.label',
  'gen_ai.openai.request.*',
  'gen_ai.openai.response.*',
  // OpenLLMetry / Traceloop
  'gen_ai.openai.system_fingerprint',
  'gen_ai.openai.api_version',
  'gen_ai.openai.api_type',
  'gen_ai.response.reasoning_effort',
  'llm.request.type',
  'llm.request.repetition_penalty',
  'llm.response.finish_reason',
  'llm.response.stop_reason',
  'llm.usage.*',
  'llm.is_streaming',
  'llm.frequency_penalty',
  'llm.presence_penalty',
  'llm.top_k',
  'traceloop.span.kind',
  'traceloop.entity.name',
  'traceloop.entity.path',
  'traceloop.entity.version',
  'traceloop.workflow.name',
  'traceloop.prompt.managed',
  'traceloop.prompt.key',
  'traceloop.prompt.version',
  'traceloop.prompt.version_name',
  'traceloop.prompt.version_hash',
  // OpenInference
  'openinference.span.kind',
  'llm.model_name',
  'llm.request.model_name',
  'llm.response.model_name',
  'llm.provider',
  'llm.system',
  'llm.finish_reason',
  'llm.token_count.*',
  'llm.cost.*',
  'llm.prompt_template.version',
  'input.mime_type',
  'output.mime_type',
  'embedding.model_name',
  'reranker.model_name',
  'reranker.top_k',
  'tool.name',
  // Vercel AI SDK
  'ai.model.*',
  'ai.usage.*',
  'ai.settings.*',
  'ai.operationid',
  'ai.telemetry.functionid',
  'ai.prompt.format',
  'ai.finishreason',
  'ai.response.finishreason',
  'ai.response.id',
  'ai.response.model',
  'ai.response.timestamp',
  'ai.response.msToFirstChunk',
  'ai.response.msToFinish',
  'ai.response.avgCompletionTokensPerSecond',
  'ai.response.avgOutputTokensPerSecond',
  'ai.stream.*',
  'ai.toolcall.id',
  'ai.toolcall.name',
  'operation.name',
  'resource.name',
  // Langfuse
  'langfuse.observation.type',
  'langfuse.observation.level',
  'langfuse.observation.model.name',
  'langfuse.observation.usage_details',
  'langfuse.observation.cost_details',
  'langfuse.observation.completion_start_time',
  'langfuse.observation.prompt.name',
  'langfuse.observation.prompt.version',
  'langfuse.environment',
  'langfuse.release',
  'langfuse.version',
];

/**
 * Metadata under flattened, indexed keys; `N` is a message index, `M` a tool-call or content
 * index. Allow rules match exact keys or prefixes, so these are expanded below for the first
 * MAX_MESSAGE_INDEX messages and MAX_NESTED_INDEX nested items; later indices are scanned,
 * which costs a little time and changes nothing (roles and ids carry no findings).
 */
export const GENAI_INDEXED_METADATA_TEMPLATES: readonly string[] = [
  // OpenLLMetry
  'gen_ai.prompt.N.role',
  'gen_ai.prompt.N.tool_call_id',
  'gen_ai.prompt.N.tool_calls.M.id',
  'gen_ai.prompt.N.tool_calls.M.name',
  'gen_ai.completion.N.role',
  'gen_ai.completion.N.finish_reason',
  'gen_ai.completion.N.tool_calls.M.id',
  'gen_ai.completion.N.tool_calls.M.name',
  'gen_ai.completion.N.function_call.name',
  'llm.request.functions.N.name',
  // OpenInference
  'llm.input_messages.N.message.role',
  'llm.output_messages.N.message.role',
  'llm.input_messages.N.message.tool_call_id',
  'llm.output_messages.N.message.function_call_name',
  'llm.input_messages.N.message.contents.M.message_content.type',
  'llm.output_messages.N.message.contents.M.message_content.type',
  'llm.input_messages.N.message.tool_calls.M.tool_call.id',
  'llm.input_messages.N.message.tool_calls.M.tool_call.function.name',
  'llm.output_messages.N.message.tool_calls.M.tool_call.id',
  'llm.output_messages.N.message.tool_calls.M.tool_call.function.name',
  'llm.tools.N.tool.name',
  'retrieval.documents.N.document.score',
  'reranker.input_documents.N.document.score',
  'reranker.output_documents.N.document.score',
];

export const MAX_MESSAGE_INDEX = 32;
export const MAX_NESTED_INDEX = 8;

function expandTemplate(template: string): string[] {
  const messageKeys: string[] = [];
  for (let n = 0; n < MAX_MESSAGE_INDEX; n++) messageKeys.push(template.replace('.N.', `.${n}.`));
  if (!template.includes('.M.')) return messageKeys;
  const keys: string[] = [];
  for (const key of messageKeys) for (let m = 0; m < MAX_NESTED_INDEX; m++) keys.push(key.replace('.M.', `.${m}.`));
  return keys;
}

export const GENAI_METADATA_KEYS: readonly string[] = [
  ...FLAT_METADATA_KEYS,
  ...GENAI_INDEXED_METADATA_TEMPLATES.flatMap(expandTemplate),
];
