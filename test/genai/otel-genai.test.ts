import { describe, expect, it } from 'vitest';
import {
  BINARY_PLACEHOLDER,
  EMAIL_PLACEHOLDER,
  PNG_BASE64,
  defaultRedactor,
  emailReplacements,
  expectJsonScrubbed,
  expectMetadataUntouched,
  expectNoneLeft,
  expectedAfter,
  plantedEmail,
  redactAttributes,
} from './support.js';

const redactor = defaultRedactor();

const email = {
  system: plantedEmail('system instructions'),
  userText: plantedEmail('user text part'),
  reasoning: plantedEmail('reasoning part'),
  toolArgs: plantedEmail('tool call arguments'),
  toolResponse: plantedEmail('tool call response'),
  output: plantedEmail('output text'),
  argsAttr: plantedEmail('gen ai tool call arguments'),
  resultAttr: plantedEmail('gen ai tool call result'),
  query: plantedEmail('retrieval query'),
  document: plantedEmail('retrieval document'),
  evaluation: plantedEmail('evaluation explanation'),
  legacyPrompt: plantedEmail('legacy prompt'),
  legacyCompletion: plantedEmail('legacy completion'),
};
const allPlanted = Object.values(email);
const replacements = emailReplacements(allPlanted);

const metadata = {
  'gen_ai.operation.name': 'chat',
  'gen_ai.provider.name': 'openai',
  'gen_ai.request.model': 'gpt-4o-2024-08-06',
  'gen_ai.request.temperature': 0.2,
  'gen_ai.request.max_tokens': 512,
  'gen_ai.request.stop_sequences': ['\n\nUser:'],
  'gen_ai.response.id': 'chatcmpl-9Qx2fK7Lm3Np5Rt8Vw1Yz4Ab',
  'gen_ai.response.model': 'gpt-4o-2024-08-06',
  'gen_ai.response.finish_reasons': ['tool_calls', 'stop'],
  'gen_ai.response.time_to_first_chunk': 0.412,
  'gen_ai.usage.input_tokens': 1284,
  'gen_ai.usage.output_tokens': 96,
  'gen_ai.usage.cache_read.input_tokens': 1024,
  'gen_ai.conversation.id': 'conv_5f2c9e1a7b',
  'gen_ai.output.type': 'text',
  'gen_ai.tool.name': 'lookup_booking',
  'gen_ai.tool.type': 'function',
  'gen_ai.tool.call.id': 'call_VsGq2h8fTbN0',
  'gen_ai.agent.name': 'booking-assistant',
  'gen_ai.data_source.id': 'kb-refunds-v3',
  'gen_ai.openai.response.system_fingerprint': 'fp_6b68a8204b',
  'gen_ai.openai.request.service_tier': 'default',
};

const systemInstructions = JSON.stringify([
  { type: 'text', content: `You are the booking assistant of Example Air. Escalate to ${email.system} when unsure.` },
]);

const inputMessages = JSON.stringify([
  {
    role: 'user',
    parts: [
      { type: 'text', content: `Booking ORD-2024-118842 shows the wrong date, write to ${email.userText} please.` },
      { type: 'uri', modality: 'image', mime_type: 'image/png', uri: 'https://files.example.com/receipts/118842.png' },
      { type: 'blob', modality: 'image', mime_type: 'image/png', content: PNG_BASE64 },
    ],
  },
  {
    role: 'assistant',
    parts: [
      { type: 'reasoning', content: `Look the booking up first; the customer is ${email.reasoning}.` },
      {
        type: 'tool_call',
        id: 'call_VsGq2h8fTbN0',
        name: 'lookup_booking',
        arguments: { booking_ref: 'ORD-2024-118842', contact_email: email.toolArgs, seats: 2 },
      },
    ],
  },
  {
    role: 'tool',
    parts: [
      {
        type: 'tool_call_response',
        id: 'call_VsGq2h8fTbN0',
        response: { status: 'confirmed', passenger: email.toolResponse, fare_usd: 412.5, departs: '2025-03-14T09:30:00Z' },
      },
    ],
  },
]);

const outputMessages = JSON.stringify([
  {
    role: 'assistant',
    parts: [{ type: 'text', content: `Done: the corrected itinerary went to ${email.output}.` }],
    finish_reason: 'stop',
  },
]);

const content = {
  'gen_ai.system_instructions': systemInstructions,
  'gen_ai.input.messages': inputMessages,
  'gen_ai.output.messages': outputMessages,
  'gen_ai.tool.call.arguments': JSON.stringify({ booking_ref: 'ORD-2024-118842', contact_email: email.argsAttr }),
  'gen_ai.tool.call.result': JSON.stringify({ status: 'confirmed', note: `Reach the passenger at ${email.resultAttr}` }),
  'gen_ai.retrieval.query.text': `refund policy for ${email.query}`,
  'gen_ai.retrieval.documents': JSON.stringify([
    { id: 'doc_123', score: 0.95, content: `Refunds are sent to ${email.document} within 14 days.` },
    { id: 'doc_456', score: 0.87 },
  ]),
  'gen_ai.evaluation.explanation': `The answer quoted ${email.evaluation} back to the user.`,
};

describe('OTel GenAI semantic conventions: span attributes', () => {
  const out = redactAttributes(redactor, { ...metadata, ...content });

  it('removes every planted value from every content attribute', () => {
    expectNoneLeft(out, allPlanted);
  });

  it('keeps message JSON valid and changes nothing but the planted values and the blob', () => {
    const expected = expectedAfter(JSON.parse(inputMessages), replacements) as { parts: { content?: string }[] }[];
    expected[0]!.parts[2]!.content = BINARY_PLACEHOLDER;
    expect(JSON.parse(out['gen_ai.input.messages'] as string)).toEqual(expected);
    expectJsonScrubbed(out['gen_ai.output.messages'], outputMessages, replacements);
    expectJsonScrubbed(out['gen_ai.system_instructions'], systemInstructions, replacements);
    expectJsonScrubbed(out['gen_ai.tool.call.arguments'], content['gen_ai.tool.call.arguments'], replacements);
    expectJsonScrubbed(out['gen_ai.tool.call.result'], content['gen_ai.tool.call.result'], replacements);
    expectJsonScrubbed(out['gen_ai.retrieval.documents'], content['gen_ai.retrieval.documents'], replacements);
  });

  it('scans plain-text content attributes', () => {
    expect(out['gen_ai.retrieval.query.text']).toBe(`refund policy for ${EMAIL_PLACEHOLDER}`);
    expect(out['gen_ai.evaluation.explanation']).toBe(`The answer quoted ${EMAIL_PLACEHOLDER} back to the user.`);
  });

  it('keeps numbers in JSON as numbers and ids, URLs and timestamps as they were', () => {
    const messages = JSON.parse(out['gen_ai.input.messages'] as string);
    expect(messages[1].parts[1].arguments.seats).toBe(2);
    expect(messages[2].parts[0].response.fare_usd).toBe(412.5);
    expect(messages[2].parts[0].response.departs).toBe('2025-03-14T09:30:00Z');
    expect(messages[1].parts[1].id).toBe('call_VsGq2h8fTbN0');
    expect(messages[0].parts[1].uri).toBe('https://files.example.com/receipts/118842.png');
  });

  it('leaves metadata byte-identical, because the default allow-list covers it', () => {
    expectMetadataUntouched(redactor, metadata);
  });

  it('keeps base64 blob parts when the policy says binaryContent: keep', async () => {
    const { createRedactor } = await import('../../src/index.js');
    const keep = createRedactor({ binaryContent: 'keep' });
    const messages = JSON.parse(keep.redactValue(inputMessages, 'gen_ai.input.messages') as string);
    expect(messages[0].parts[2].content).toBe(PNG_BASE64);
    expect(messages[0].parts[0].content).toContain(EMAIL_PLACEHOLDER);
  });

  it('binaryContent: keep passes a base64 data: URI on, but scans text written behind the prefix', async () => {
    const { createRedactor } = await import('../../src/index.js');
    const keep = createRedactor({ binaryContent: 'keep' });
    const media = `data:image/png;base64,${PNG_BASE64}`;
    expect(keep.redactString(media)).toBe(media);
    expect(keep.redactString(`data:text/plain;base64,write to ${email.userText} today`)).toBe(
      `data:text/plain;base64,write to ${EMAIL_PLACEHOLDER} today`,
    );
    expect(redactor.redactString(`data:text/plain;base64,write to ${email.userText} today`)).toBe('[REDACTED:BINARY]');
  });

  it('falls back to text scanning when JSON holds integers beyond 2^53, and stays valid JSON', () => {
    const value = `[{"role":"user","parts":[{"type":"text","content":"ticket 12345678901234567890 for ${email.userText}"}],"ticket":12345678901234567890}]`;
    const redacted = redactor.redactValue(value, 'gen_ai.input.messages') as string;
    expect(redacted).toContain('"ticket":12345678901234567890');
    expect(redacted).not.toContain(email.userText);
    expect(() => JSON.parse(redacted)).not.toThrow();
  });
});

describe('OTel GenAI semantic conventions: deprecated span events', () => {
  it('scrubs gen_ai.prompt and gen_ai.completion event attributes', () => {
    const prompt = JSON.stringify([{ role: 'user', content: `Forward this to ${email.legacyPrompt}` }]);
    const completion = JSON.stringify([{ role: 'assistant', content: `Forwarded to ${email.legacyCompletion}.` }]);
    const out = redactAttributes(redactor, { 'gen_ai.prompt': prompt, 'gen_ai.completion': completion });
    expectJsonScrubbed(out['gen_ai.prompt'], prompt, replacements);
    expectJsonScrubbed(out['gen_ai.completion'], completion, replacements);
  });
});

describe('OTel GenAI semantic conventions: log events', () => {
  const logEmail = {
    system: plantedEmail('log system message'),
    user: plantedEmail('log user message'),
    userString: plantedEmail('log user message string'),
    assistantArgs: plantedEmail('log assistant tool args'),
    tool: plantedEmail('log tool message'),
    choice: plantedEmail('log choice'),
    choiceArgs: plantedEmail('log choice tool args'),
    detailsInput: plantedEmail('details input'),
    detailsOutput: plantedEmail('details output'),
    detailsSystem: plantedEmail('details system'),
  };
  const logReplacements = emailReplacements(Object.values(logEmail));

  const bodies: Record<string, unknown> = {
    'gen_ai.system.message': { role: 'system', content: `Escalations go to ${logEmail.system}.` },
    'gen_ai.user.message': { role: 'user', content: `I am ${logEmail.user}, my booking is ORD-2024-118842.` },
    'gen_ai.assistant.message': {
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: 'call_VsGq2h8fTbN0',
          type: 'function',
          function: { name: 'lookup_booking', arguments: JSON.stringify({ contact_email: logEmail.assistantArgs }) },
        },
      ],
    },
    'gen_ai.tool.message': { role: 'tool', id: 'call_VsGq2h8fTbN0', content: `{"passenger":"${logEmail.tool}","seats":2}` },
    'gen_ai.choice': {
      index: 0,
      finish_reason: 'tool_calls',
      message: {
        role: 'assistant',
        content: `Checking for ${logEmail.choice}`,
        tool_calls: [
          { id: 'call_2', type: 'function', function: { name: 'send_mail', arguments: { to: logEmail.choiceArgs } } },
        ],
      },
    },
  };

  it.each(Object.keys(bodies))('scrubs the body of %s and keeps its shape', (eventName) => {
    const body = bodies[eventName];
    const out = redactor.redactValue(body);
    expectNoneLeft(out, Object.values(logEmail));
    const expected = expectedAfter(body, logReplacements) as Record<string, unknown>;
    if (eventName === 'gen_ai.assistant.message') {
      // Arguments are JSON text: re-serialised after scrubbing, so compare parsed.
      const args = (out as typeof expected & { tool_calls: { function: { arguments: string } }[] }).tool_calls[0]!.function.arguments;
      expect(JSON.parse(args)).toEqual({ contact_email: EMAIL_PLACEHOLDER });
      return;
    }
    if (eventName === 'gen_ai.tool.message') {
      expect(JSON.parse((out as { content: string }).content)).toEqual({ passenger: EMAIL_PLACEHOLDER, seats: 2 });
      return;
    }
    expect(out).toEqual(expected);
  });

  it('scrubs string bodies', () => {
    const body = `Please call me back, ${logEmail.userString}`;
    expect(redactor.redactValue(body)).toBe(`Please call me back, ${EMAIL_PLACEHOLDER}`);
  });

  it('leaves a clean body as the same reference', () => {
    const body = { role: 'user', content: 'What is the baggage allowance on gpt-4o-2024-08-06 flights?' };
    expect(redactor.redactValue(body)).toBe(body);
  });

  it('scrubs structured attributes of gen_ai.client.inference.operation.details, including Uint8Array blobs', () => {
    const image = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
    const attributes = {
      ...metadata,
      'gen_ai.system_instructions': [{ type: 'text', content: `Escalate to ${logEmail.detailsSystem}` }],
      'gen_ai.input.messages': [
        {
          role: 'user',
          parts: [
            { type: 'text', content: `Hi, ${logEmail.detailsInput} here` },
            { type: 'blob', modality: 'image', mime_type: 'image/png', content: image },
          ],
        },
      ],
      'gen_ai.output.messages': [
        { role: 'assistant', parts: [{ type: 'text', content: `Sent to ${logEmail.detailsOutput}` }], finish_reason: 'stop' },
      ],
    };
    const out = redactAttributes(redactor, attributes);
    expectNoneLeft(out, Object.values(logEmail));
    const input = out['gen_ai.input.messages'] as { parts: { content: unknown }[] }[];
    expect(input[0]!.parts[0]!.content).toBe(`Hi, ${EMAIL_PLACEHOLDER} here`);
    expect(input[0]!.parts[1]!.content).toBe(BINARY_PLACEHOLDER);
    expect(out['gen_ai.output.messages']).toEqual(expectedAfter(attributes['gen_ai.output.messages'], logReplacements));
    expectMetadataUntouched(redactor, metadata);
  });
});
