// The demo's "LLM app": a billing assistant that calls an OpenAI-style chat endpoint with
// plain fetch and instruments itself by hand with the OTel GenAI conventions. It records what
// real apps record: the conversation, tool arguments and results, an exception from a failed
// tool, request headers, and GenAI log events. The customer's details end up everywhere.

import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { planted } from './planted.mjs';

const REQUEST_MODEL = 'gpt-4o-mini';
const SYSTEM_PROMPT = 'You are the billing assistant of Example Telecom. Use tools to look customers up.';
const TOOLS = [
  {
    type: 'function',
    function: {
      name: 'lookup_customer',
      description: 'Find a customer by email or phone',
      parameters: { type: 'object', properties: { email: { type: 'string' }, phone: { type: 'string' } } },
    },
  },
];

const USER_TEXT =
  `Hi, I was charged twice on card ${planted.card}. Reach me at ${planted.email} or ${planted.phone}. ` +
  `My SSN is ${planted.ssn} if you need to verify me.`;

/** OTel GenAI message JSON (`gen_ai.input.messages` / `gen_ai.output.messages`) from OpenAI chat messages. */
function toGenAiMessages(messages) {
  return messages.map((message) => {
    if (message.role === 'tool') {
      return { role: 'tool', parts: [{ type: 'tool_call_response', id: message.tool_call_id, response: JSON.parse(message.content) }] };
    }
    const parts = [];
    if (message.content) parts.push({ type: 'text', content: message.content });
    for (const call of message.tool_calls ?? []) {
      parts.push({ type: 'tool_call', id: call.id, name: call.function.name, arguments: JSON.parse(call.function.arguments) });
    }
    return { role: message.role, parts };
  });
}

async function chat(tracer, modelUrl, apiKey, messages) {
  return tracer.startActiveSpan(`chat ${REQUEST_MODEL}`, { kind: SpanKind.CLIENT }, async (span) => {
    try {
      span.setAttributes({
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': 'openai',
        'gen_ai.request.model': REQUEST_MODEL,
        'gen_ai.request.temperature': 0.2,
        'gen_ai.request.max_tokens': 400,
        'server.address': '127.0.0.1',
        'gen_ai.system_instructions': JSON.stringify([{ type: 'text', content: SYSTEM_PROMPT }]),
        'gen_ai.input.messages': JSON.stringify(toGenAiMessages(messages.filter((m) => m.role !== 'system'))),
        // What HTTP instrumentation records when told to capture request headers.
        'http.request.header.authorization': [`Bearer ${apiKey}`],
      });
      const response = await fetch(`${modelUrl}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ model: REQUEST_MODEL, messages, tools: TOOLS, temperature: 0.2, max_tokens: 400 }),
      });
      span.setAttribute('http.response.status_code', response.status);
      if (!response.ok) throw new Error(`model returned HTTP ${response.status}`);
      const completion = await response.json();
      const choice = completion.choices[0];
      span.setAttributes({
        'gen_ai.response.id': completion.id,
        'gen_ai.response.model': completion.model,
        'gen_ai.response.finish_reasons': [choice.finish_reason],
        'gen_ai.usage.input_tokens': completion.usage.prompt_tokens,
        'gen_ai.usage.output_tokens': completion.usage.completion_tokens,
        'gen_ai.output.messages': JSON.stringify(
          toGenAiMessages([choice.message]).map((m) => ({ ...m, finish_reason: choice.finish_reason })),
        ),
      });
      return choice;
    } catch (error) {
      span.recordException(error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** A tool that fails once (its error quotes the connection string, password included), then succeeds. */
async function lookupCustomer(tracer, call) {
  return tracer.startActiveSpan(`execute_tool ${call.function.name}`, { kind: SpanKind.INTERNAL }, async (span) => {
    span.setAttributes({
      'gen_ai.operation.name': 'execute_tool',
      'gen_ai.tool.name': call.function.name,
      'gen_ai.tool.type': 'function',
      'gen_ai.tool.call.id': call.id,
      'gen_ai.tool.call.arguments': call.function.arguments,
    });
    const connectionString = `postgres://billing:${planted.dbPassword}@db.internal:5432/billing`;
    span.recordException(new Error(`connect ETIMEDOUT while opening ${connectionString} (retrying)`));
    const result = {
      customer_id: planted.customerId,
      email: planted.mailAddress,
      plan: 'unlimited-5g',
      duplicate_charge: { amount_usd: 49.99, card: planted.card },
      refund_to: planted.iban,
    };
    span.setAttribute('gen_ai.tool.call.result', JSON.stringify(result));
    span.end();
    return result;
  });
}

/** A notification tool whose provider rejects the number: the error message carries it. */
async function sendSms(tracer) {
  return tracer.startActiveSpan('execute_tool send_sms', { kind: SpanKind.INTERNAL }, async (span) => {
    span.setAttributes({ 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'send_sms', 'gen_ai.tool.call.id': 'call_sms01' });
    try {
      throw new Error(`SMS gateway rejected ${planted.ukPhone}: destination not reachable`);
    } catch (error) {
      span.recordException(error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    } finally {
      span.end();
    }
  });
}

/**
 * One support conversation: user message, a tool round-trip, the answer, a failed SMS,
 * plus the app's own logs. Returns the trace id.
 */
export async function runSupportConversation({ tracer, logger, modelUrl, apiKey }) {
  return tracer.startActiveSpan('invoke_agent billing-assistant', async (root) => {
    root.setAttributes({
      'gen_ai.operation.name': 'invoke_agent',
      'gen_ai.agent.name': 'billing-assistant',
      'enduser.id': planted.customerId,
      'client.address': planted.ipAddress,
    });
    const emit = (record) => logger.emit({ context: context.active(), ...record });
    try {
      emit({
        eventName: 'gen_ai.user.message',
        severityNumber: SeverityNumber.INFO,
        body: { role: 'user', content: USER_TEXT },
        attributes: { 'gen_ai.provider.name': 'openai' },
      });
      emit({
        severityNumber: SeverityNumber.WARN,
        severityText: 'WARN',
        body: {
          msg: 'model client configured from environment',
          OPENAI_API_KEY: apiKey,
          aws_access_key_id: planted.awsAccessKey,
          deploy_note: `mirror with GITHUB_TOKEN=${planted.gitHubToken}`,
        },
      });

      const messages = [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: USER_TEXT },
      ];
      const first = await chat(tracer, modelUrl, apiKey, messages);
      messages.push(first.message);
      for (const call of first.message.tool_calls ?? []) {
        const result = await lookupCustomer(tracer, call);
        messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(result) });
      }
      emit({
        severityNumber: SeverityNumber.INFO,
        severityText: 'INFO',
        body: `refund webhook from ${planted.ipAddress}: ${planted.iban} credited for ${planted.mailAddress}`,
        attributes: { 'enduser.id': planted.customerId, 'http.request.header.authorization': `Bearer ${planted.jwt}` },
      });
      const second = await chat(tracer, modelUrl, apiKey, messages);
      emit({
        eventName: 'gen_ai.choice',
        severityNumber: SeverityNumber.INFO,
        body: { index: 0, finish_reason: second.finish_reason, message: { role: 'assistant', content: second.message.content } },
        attributes: { 'gen_ai.provider.name': 'openai' },
      });
      await sendSms(tracer);
      return trace.getSpan(context.active())?.spanContext().traceId;
    } finally {
      root.end();
    }
  });
}
