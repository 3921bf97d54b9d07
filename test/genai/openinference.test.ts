import { describe, expect, it } from 'vitest';
import { KeyAction } from '../../src/policy/key-rules.js';
import { resolvePolicy } from '../../src/policy/resolve.js';
import {
  BINARY_PLACEHOLDER,
  EMAIL_PLACEHOLDER,
  PNG_BASE64,
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
  inputValue: plantedEmail('openinference input value'),
  outputValue: plantedEmail('openinference output value'),
  message0: plantedEmail('input message 0'),
  contentText: plantedEmail('message content text'),
  toolArgs: plantedEmail('openinference tool args'),
  outputMessage: plantedEmail('output message'),
  variables: plantedEmail('prompt template variables'),
  document: plantedEmail('retrieval document'),
  documentMetadata: plantedEmail('document metadata'),
  reranker: plantedEmail('reranker query'),
  embedding: plantedEmail('embedding text'),
  invocationUser: plantedEmail('invocation parameters user'),
  spanMetadata: plantedEmail('span metadata'),
  pythonRepr: plantedEmail('python repr input'),
};
const allPlanted = Object.values(email);
const replacements = emailReplacements(allPlanted);

/** What openinference-instrumentation-openai records for one chat call with a tool call. */
const metadata = {
  'openinference.span.kind': 'LLM',
  'llm.system': 'openai',
  'llm.provider': 'openai',
  'llm.model_name': 'gpt-4o-2024-08-06',
  'llm.request.model_name': 'gpt-4o',
  'llm.response.model_name': 'gpt-4o-2024-08-06',
  'llm.finish_reason': 'tool_calls',
  'llm.token_count.prompt': 412,
  'llm.token_count.completion': 37,
  'llm.token_count.total': 449,
  'llm.token_count.prompt_details.cache_read': 128,
  'llm.cost.total': 0.00241,
  'input.mime_type': 'application/json',
  'output.mime_type': 'application/json',
  'llm.input_messages.0.message.role': 'system',
  'llm.input_messages.1.message.role': 'user',
  'llm.input_messages.1.message.contents.0.message_content.type': 'text',
  'llm.input_messages.1.message.contents.1.message_content.type': 'image',
  'llm.output_messages.0.message.role': 'assistant',
  'llm.output_messages.0.message.tool_calls.0.tool_call.id': 'call_62136355',
  'llm.output_messages.0.message.tool_calls.0.tool_call.function.name': 'create_ticket',
  'llm.tools.0.tool.name': 'create_ticket',
  'llm.prompt_template.version': 'v1.3',
  'retrieval.documents.0.document.score': 0.91,
  'embedding.model_name': 'text-embedding-3-small',
  'reranker.model_name': 'cross-encoder/ms-marco-MiniLM-L-12-v2',
  'reranker.top_k': 3,
  'tool.name': 'create_ticket',
};

const inputValue = JSON.stringify({
  model: 'gpt-4o',
  temperature: 0.1,
  messages: [
    { role: 'system', content: 'Open support tickets for customers.' },
    { role: 'user', content: `Open a ticket for ${email.inputValue}: the export fails` },
  ],
});

const content = {
  'input.value': inputValue,
  'output.value': JSON.stringify({
    id: 'chatcmpl-AbC123',
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: `Ticket filed for ${email.outputValue}` } }],
    usage: { prompt_tokens: 412, completion_tokens: 37, total_tokens: 449 },
  }),
  'llm.input_messages.0.message.content': 'Open support tickets for customers.',
  'llm.input_messages.1.message.contents.0.message_content.text': `Screenshot attached; I am ${email.contentText}`,
  'llm.input_messages.1.message.contents.1.message_content.image.image.url': `data:image/png;base64,${PNG_BASE64}`,
  'llm.input_messages.2.message.content': `Follow-up from ${email.message0}`,
  'llm.output_messages.0.message.tool_calls.0.tool_call.function.arguments': JSON.stringify({
    requester: email.toolArgs,
    priority: 2,
    title: 'Export fails',
  }),
  'llm.output_messages.1.message.content': `Filed. Updates go to ${email.outputMessage}.`,
  'llm.prompt_template.variables': JSON.stringify({ customer_email: email.variables, product: 'exporter' }),
  'retrieval.documents.0.document.content': `Known issue: exports by ${email.document} time out after 30 s.`,
  'retrieval.documents.0.document.metadata': JSON.stringify({ author: email.documentMetadata, updated: '2025-01-02' }),
  'reranker.query': `tickets opened by ${email.reranker}`,
  'embedding.embeddings.0.embedding.text': `customer ${email.embedding} reports export failure`,
  'llm.invocation_parameters': JSON.stringify({ temperature: 0.1, max_tokens: 256, user: email.invocationUser }),
  metadata: JSON.stringify({ tenant: 'acme', reporter: email.spanMetadata }),
};

describe('OpenInference span attributes', () => {
  const out = redactAttributes(redactor, { ...metadata, ...content });

  it('removes every planted value', () => {
    expectNoneLeft(out, allPlanted);
  });

  it('walks input.value and output.value as JSON when they are JSON, numbers intact', () => {
    expectJsonScrubbed(out['input.value'], content['input.value'], replacements);
    expectJsonScrubbed(out['output.value'], content['output.value'], replacements);
    expect(JSON.parse(out['output.value'] as string).usage.total_tokens).toBe(449);
  });

  it('scans text/plain input.value, including Python-repr dicts that are not JSON', () => {
    const repr = `{'query': 'refund status for ${email.pythonRepr}', 'k': 4}`;
    expect(redactor.redactValue(repr, 'input.value')).toBe(`{'query': 'refund status for ${EMAIL_PLACEHOLDER}', 'k': 4}`);
  });

  it('scrubs flattened message content, tool-call arguments and template variables', () => {
    expect(out['llm.input_messages.0.message.content']).toBe(content['llm.input_messages.0.message.content']);
    expect(out['llm.input_messages.1.message.contents.0.message_content.text']).toBe(`Screenshot attached; I am ${EMAIL_PLACEHOLDER}`);
    expectJsonScrubbed(
      out['llm.output_messages.0.message.tool_calls.0.tool_call.function.arguments'],
      content['llm.output_messages.0.message.tool_calls.0.tool_call.function.arguments'],
      replacements,
    );
    expectJsonScrubbed(out['llm.prompt_template.variables'], content['llm.prompt_template.variables'], replacements);
  });

  it('replaces an inline image data URI', () => {
    expect(out['llm.input_messages.1.message.contents.1.message_content.image.image.url']).toBe(BINARY_PLACEHOLDER);
  });

  it('scrubs retrieval documents, reranker queries and embedded text', () => {
    expect(out['retrieval.documents.0.document.content']).toBe(`Known issue: exports by ${EMAIL_PLACEHOLDER} time out after 30 s.`);
    expectJsonScrubbed(out['retrieval.documents.0.document.metadata'], content['retrieval.documents.0.document.metadata'], replacements);
    expect(out['reranker.query']).toBe(`tickets opened by ${EMAIL_PLACEHOLDER}`);
  });

  it('scans llm.invocation_parameters and span metadata: they can carry an end-user id', () => {
    const keyRules = resolvePolicy().keyRules;
    expect(keyRules.classify('llm.invocation_parameters')).not.toBe(KeyAction.Allow);
    expectJsonScrubbed(out['llm.invocation_parameters'], content['llm.invocation_parameters'], replacements);
    expectJsonScrubbed(out.metadata, content.metadata, replacements);
  });

  it('leaves metadata byte-identical, including indexed roles and tool-call ids', () => {
    expectMetadataUntouched(redactor, metadata);
  });

  it('never allow-lists the participant name of a message', () => {
    const keyRules = resolvePolicy().keyRules;
    expect(keyRules.classify('llm.input_messages.1.message.name')).not.toBe(KeyAction.Allow);
  });
});
