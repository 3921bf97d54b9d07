// Row: Langfuse's OpenTelemetry SDK. @langfuse/tracing records observations as spans with
// JSON `langfuse.observation.input` / `.output`, `langfuse.trace.input` / `.output`,
// `langfuse.observation.model.parameters` / `.usage_details`, metadata under
// `langfuse.trace.metadata.*`, and `user.id` / `session.id` from `propagateAttributes`.
// @langfuse/otel's LangfuseSpanProcessor is the vendor processor the redacting processor
// wraps; its own OTLP exporter would post to Langfuse, so it is handed the loopback exporter
// (and media upload is off), which makes the row run offline with the real processor.
// The model calls go to the stand-in through an uninstrumented `openai` client, one of them
// streamed, the way an app records generations by hand.
import { LangfuseSpanProcessor } from '@langfuse/otel';
import { propagateAttributes, setActiveTraceIO, startActiveObservation, startObservation } from '@langfuse/tracing';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceivedSpan } from '../../examples/support/otlp-receiver.mjs';
import { parseJsonAttribute, plantedIn } from './support/checks.js';
import { ANSWER, documentsPrompt, MODEL, RETRIEVED_DOCUMENTS, SYSTEM_PROMPT, TOOL, TOOL_RESULT, USAGE, USER_PROMPT } from './support/conversation.js';
import { startModelServer, type ModelServer } from './support/model-server.js';
import { startPipeline, type TelemetryPipeline } from './support/pipeline.js';
import { PLANTED, SAFE_WORDS } from './support/planted.js';
import { itKeepsTheRedactionContract } from './support/redaction-contract.js';

const SESSION_ID = 'sess-7f3a91c2';

function spanNamed(spans: readonly ReceivedSpan[], name: string): ReceivedSpan {
  const span = spans.find((candidate) => candidate.name === name);
  if (span === undefined) throw new Error(`no span named "${name}" was exported`);
  return span;
}

async function supportAgent(client: OpenAI): Promise<string> {
  return startActiveObservation(
    'support-agent',
    async (agent) => {
      agent.update({ input: { question: USER_PROMPT } });
      setActiveTraceIO({ input: { question: USER_PROMPT } });

      const retriever = startObservation('retrieve-documents', { input: { query: `duplicate charge refund for ${PLANTED.email}` } }, { asType: 'retriever' });
      retriever.update({ output: RETRIEVED_DOCUMENTS }).end();

      const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [
        { role: 'system', content: `${SYSTEM_PROMPT}\n${documentsPrompt()}` },
        { role: 'user', content: USER_PROMPT },
      ];
      const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = [
        { type: 'function', function: { name: TOOL.name, description: TOOL.description, parameters: { ...TOOL.parameters } } },
      ];
      const planning = startObservation('plan', { model: MODEL, input: messages, modelParameters: { temperature: 0.2 } }, { asType: 'generation' });
      const first = await client.chat.completions.create({ model: MODEL, messages, tools, temperature: 0.2 });
      const message = first.choices[0]!.message;
      planning
        .update({
          output: message,
          usageDetails: { input: first.usage!.prompt_tokens, output: first.usage!.completion_tokens, total: first.usage!.total_tokens },
        })
        .end();

      const call = message.tool_calls![0]!;
      if (call.type !== 'function') throw new Error('the stand-in did not call the tool');
      const toolObservation = startObservation(TOOL.name, { input: JSON.parse(call.function.arguments) as unknown }, { asType: 'tool' });
      toolObservation.update({ output: TOOL_RESULT }).end();

      messages.push(message, { role: 'tool', tool_call_id: call.id, content: JSON.stringify(TOOL_RESULT) });
      const answering = startObservation('answer', { model: MODEL, input: messages, modelParameters: { temperature: 0.2 } }, { asType: 'generation' });
      const stream = await client.chat.completions.create({ model: MODEL, messages, tools, temperature: 0.2, stream: true, stream_options: { include_usage: true } });
      let answer = '';
      let usage: OpenAI.CompletionUsage | undefined;
      for await (const chunk of stream) {
        answer += chunk.choices[0]?.delta.content ?? '';
        usage = chunk.usage ?? usage;
      }
      answering
        .update({ output: { role: 'assistant', content: answer }, usageDetails: { input: usage!.prompt_tokens, output: usage!.completion_tokens, total: usage!.total_tokens } })
        .end();

      agent.update({ output: { answer } });
      setActiveTraceIO({ output: { answer } });
      return answer;
    },
    { asType: 'agent' },
  );
}

describe('Langfuse (@langfuse/tracing observations, @langfuse/otel LangfuseSpanProcessor)', () => {
  let model: ModelServer;
  let pipeline: TelemetryPipeline;
  let answer: string;
  let spans: ReceivedSpan[];

  beforeAll(async () => {
    model = await startModelServer();
    pipeline = await startPipeline({
      serviceName: 'integration-langfuse',
      spanProcessorFor: (exporter) => new LangfuseSpanProcessor({ exporter, mediaUploadEnabled: false, environment: 'integration-test' }),
    });
    const client = new OpenAI({ apiKey: PLANTED.openAiKey, baseURL: model.url, maxRetries: 0 });
    answer = await propagateAttributes(
      { userId: PLANTED.email, sessionId: SESSION_ID, tags: ['billing', 'refund'], metadata: { ticket: 'ticket-55123', callback: PLANTED.usPhone } },
      () => supportAgent(client),
    );
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

  it('the app itself got the full streamed answer', () => {
    expect(answer).toBe(ANSWER);
  });

  it('observation tree: agent with retriever, two generations and a tool, typed and correlated', () => {
    const agent = spanNamed(spans, 'support-agent');
    expect(agent.attributes['langfuse.observation.type']).toBe('agent');
    const children = spans.filter((span) => span.parentSpanId === agent.spanId);
    expect(children.map((span) => [span.name, span.attributes['langfuse.observation.type']])).toEqual([
      ['retrieve-documents', 'retriever'],
      ['plan', 'generation'],
      [SAFE_WORDS.toolName, 'tool'],
      ['answer', 'generation'],
    ]);
    expect(agent.attributes['session.id']).toBeDefined();
    expect(agent.attributes['user.id']).toBeDefined();
    expect(agent.attributes['langfuse.trace.tags']).toEqual(['billing', 'refund']);
    expect(agent.attributes['langfuse.trace.metadata.ticket']).toBe('ticket-55123');
    expect(agent.attributes['langfuse.environment']).toBe('integration-test');
  });

  it('generations keep model name, parameters and usage details as JSON', () => {
    const planning = spanNamed(spans, 'plan');
    expect(planning.attributes['langfuse.observation.model.name']).toBe(MODEL);
    expect(parseJsonAttribute(planning, 'langfuse.observation.model.parameters')).toEqual({ temperature: 0.2 });
    expect(parseJsonAttribute(planning, 'langfuse.observation.usage_details')).toEqual({
      input: USAGE.toolTurn.prompt_tokens,
      output: USAGE.toolTurn.completion_tokens,
      total: USAGE.toolTurn.total_tokens,
    });
    expect(parseJsonAttribute(spanNamed(spans, 'answer'), 'langfuse.observation.usage_details')).toMatchObject({ total: USAGE.answerTurn.total_tokens });
  });

  it('retrieved documents stay a JSON array with ids and titles, their content scrubbed', () => {
    const retriever = spanNamed(spans, 'retrieve-documents');
    const documents = parseJsonAttribute(retriever, 'langfuse.observation.output') as { id: string; title: string; content: string }[];
    expect(documents.map((doc) => doc.id)).toEqual([SAFE_WORDS.documentId, 'ticket-55123']);
    expect(documents[0]?.title).toBe(SAFE_WORDS.documentTitle);
    expect(documents[1]?.content).toContain(SAFE_WORDS.answerPhrase);
    const query = parseJsonAttribute(retriever, 'langfuse.observation.input') as { query: string };
    expect(query.query).toContain('duplicate charge refund for');
    expect(plantedIn([documents, query])).toEqual([]);
  });

  it('tool round trip: the tool observation input and output stay JSON with the order kept', () => {
    const toolSpan = spanNamed(spans, SAFE_WORDS.toolName);
    const input = parseJsonAttribute(toolSpan, 'langfuse.observation.input') as Record<string, string>;
    expect(input.order_id).toBe(SAFE_WORDS.order);
    const output = parseJsonAttribute(toolSpan, 'langfuse.observation.output') as { order: { id: string } };
    expect(output.order.id).toBe(SAFE_WORDS.order);
    const planning = parseJsonAttribute(spanNamed(spans, 'plan'), 'langfuse.observation.output') as { tool_calls: { function: { arguments: string } }[] };
    expect(JSON.parse(planning.tool_calls[0]!.function.arguments)).toMatchObject({ order_id: SAFE_WORDS.order });
    expect(plantedIn([input, output, planning])).toEqual([]);
  });

  it('streaming: the answer assembled from 7-character deltas is scrubbed in the generation and trace output', () => {
    const generation = parseJsonAttribute(spanNamed(spans, 'answer'), 'langfuse.observation.output') as { content: string };
    expect(generation.content).toContain(SAFE_WORDS.answerPhrase);
    const traceOutput = parseJsonAttribute(spanNamed(spans, 'support-agent'), 'langfuse.trace.output') as { answer: string };
    expect(traceOutput.answer).toContain(SAFE_WORDS.order);
    expect(plantedIn([generation, traceOutput])).toEqual([]);
  });
});
