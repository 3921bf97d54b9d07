import * as fake from './fakes.mjs';
import { ALNUM, Prng } from './prng.mjs';

/**
 * Every text the bench measures, generated from one seed: clean assistant prose, PII-dense
 * text built from labelled sentences, GenAI message JSON, and the span and log payloads of
 * an LLM app. Labels (category and value) let the same texts score recall for every tool.
 */

export const SEED = 0x5eed_2025;
export const CHUNK_CHARS = 4096;
const CHUNKS = 64;
const ITEMS_PER_CATEGORY = 24;
const ITEMS_PER_NEGATIVE = 8;

/** Category → value generator and sentence templates (templates hold no digits). */
export const CATEGORIES = {
  EMAIL: {
    make: fake.email,
    templates: ['Please send the invoice to {v} before Friday.', 'My work address is {v}, use that one instead.', 'Can you forward the summary to {v}?', 'Contact: {v}'],
  },
  PHONE: {
    make: fake.phone,
    templates: ['You can reach me on {v} after lunch.', 'Call the front desk at {v} if the door is locked.', 'My mobile is {v}.', 'phone: {v}'],
  },
  CREDIT_CARD: {
    make: fake.creditCard,
    templates: ['Charge it to my card {v} please.', 'The card number is {v} and it expires soon.', 'I paid with {v} yesterday.', 'card={v}'],
  },
  US_SSN: {
    make: fake.usSsn,
    templates: ['My social security number is {v}.', 'SSN: {v}', 'For the tax form use {v} as my SSN.', 'The applicant SSN is {v}, please verify.'],
  },
  IBAN: {
    make: fake.iban,
    templates: ['Wire the refund to {v} please.', 'IBAN: {v}', 'My bank account is {v} at the local branch.', 'Use account {v} for the transfer.'],
  },
  IP_ADDRESS: {
    make: fake.ipAddress,
    templates: ['The login came from {v} according to the audit log.', 'client ip {v} was blocked', 'Whitelist {v} on the firewall.', 'Connection reset by peer {v}.'],
  },
  SECRET: {
    make: fake.secret,
    templates: ['Here is my key: {v}', 'I set the token to {v} but it still fails.', 'export TOKEN="{v}"', 'Authorization failed for credential {v}'],
  },
  UK_NINO: {
    make: fake.ukNino,
    templates: ['My National Insurance number is {v}.', 'NINO: {v}', 'Payroll lists my NI number as {v}.', 'Use national insurance {v} on the form.'],
  },
  PERSON: {
    make: fake.personName,
    templates: ['Hi, my name is {v} and I need help with my order.', 'Dear {v}, thank you for your patience.', 'Please escalate this to {v} in billing.', 'Regards, {v}'],
  },
  STREET_ADDRESS: {
    make: fake.streetAddress,
    templates: ['Ship it to {v} please.', 'I moved to {v} last month.', 'Billing address: {v}', 'Deliver to {v}, leave it at the door.'],
  },
  DATE_OF_BIRTH: {
    make: fake.dateOfBirth,
    templates: ['My date of birth is {v}.', 'DOB: {v}', 'I was born on {v} in a small town.', 'Patient birth date {v}, allergic to penicillin.'],
  },
};

const NEGATIVE_TEMPLATES = ['Request {v} completed without errors.', 'See {v} in the dashboard.', 'value={v}', 'The tool returned {v} as expected.'];

const WORDS = (
  'the a an to of and in for on with that this it is are was be can will should would could we you they your our model ' +
  'response request answer question context prompt token tokens tool function call result retrieval document documents ' +
  'summary summarize explain example step steps first next then finally however because therefore also only each every ' +
  'data database query index vector embedding search latency cache service endpoint deployment cluster region config ' +
  'configuration setting option value default user users team project release version feature update change changes ' +
  'error errors retry timeout limit budget cost quality evaluation metric metrics trace traces span spans log logs ' +
  'pipeline batch stream streaming output input message messages system assistant chat agent plan task tasks file files ' +
  'report table chart review reviewed approve approved pending status simple clear short detailed careful important ' +
  'useful possible likely different similar recent current previous new old large small fast slow safe secure stable'
).split(' ');
const PROPER = ['Kubernetes', 'PostgreSQL', 'Redis', 'Python', 'TypeScript', 'OpenTelemetry', 'Grafana', 'Monday', 'Friday', 'Europe'];

/** Assistant-style prose: sentences, markdown bullets, now and then a small number or a product name. */
export function prose(rng, targetChars) {
  let out = '';
  while (out.length < targetChars) {
    const bullet = rng.chance(0.15);
    const length = rng.int(6, 22);
    let sentence = '';
    for (let i = 0; i < length; i++) {
      let word = rng.pick(WORDS);
      if (rng.chance(0.03)) word = rng.pick(PROPER);
      else if (rng.chance(0.012)) word = String(rng.int(2, 60));
      sentence += (i === 0 ? capitalise(word) : word) + (i < length - 1 && rng.chance(0.08) ? ', ' : ' ');
    }
    sentence = sentence.trimEnd() + rng.pick(['.', '.', '.', '?', ':']);
    out += bullet ? `\n- ${sentence}\n` : `${sentence} `;
    if (rng.chance(0.1)) out += '\n\n';
  }
  return out.slice(0, targetChars);
}

function capitalise(word) {
  return word[0].toUpperCase() + word.slice(1);
}

function labelledItems(rng) {
  const items = [];
  for (const [category, { make, templates }] of Object.entries(CATEGORIES)) {
    for (let i = 0; i < ITEMS_PER_CATEGORY; i++) {
      const template = templates[i % templates.length];
      const made = make(rng);
      const value = typeof made === 'string' ? made : made.value;
      const core = typeof made === 'string' ? made : made.core;
      const [before, after] = template.split('{v}');
      items.push({ category, value, core, text: before + value + after, template });
    }
  }
  return items;
}

function negativeItems(rng) {
  const items = [];
  for (const [kind, make] of Object.entries(fake.HARD_NEGATIVES)) {
    for (let i = 0; i < ITEMS_PER_NEGATIVE; i++) {
      const template = NEGATIVE_TEMPLATES[i % NEGATIVE_TEMPLATES.length];
      const value = make(rng);
      const [before, after] = template.split('{v}');
      items.push({ kind, value, text: before + value + after, template });
    }
  }
  return items;
}

function shuffled(rng, list) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Labelled and hard-negative sentences packed into chunks of about CHUNK_CHARS: one value per ~60 bytes. */
function denseChunks(rng, sentences) {
  const chunks = [];
  let order = shuffled(rng, sentences);
  let current = '';
  while (chunks.length < CHUNKS) {
    if (order.length === 0) order = shuffled(rng, sentences);
    const next = order.pop();
    if (current.length + next.length + 1 > CHUNK_CHARS && current.length > 0) {
      chunks.push(current);
      current = '';
    }
    current += (current ? ' ' : '') + next;
  }
  return chunks;
}

// Ids are made flat (see `flat`), as an app's come from a parsed response: built character by
// character they would be chains of 30 concatenations, and whichever tool read one first would
// pay V8 to flatten it (~0.4 µs an id here, a fifth of what the redactor itself spends on it).

/** An OpenAI tool-call id. */
export function callId(rng) {
  return flat('call_' + rng.chars(ALNUM, 24));
}

/** An OpenAI chat completion id, as `gen_ai.response.id` carries it. */
export function responseId(rng) {
  return flat('chatcmpl-' + rng.chars(ALNUM, 29));
}

function uuid(rng) {
  return flat([8, 4, 4, 4, 12].map((length) => hex(rng, length)).join('-'));
}

/** `count` ids a span carries once (response and tool-call ids, UUIDs, in turn), from `rng`. */
export function idsSeenOnce(rng, count) {
  const makers = [responseId, callId, uuid];
  return Array.from({ length: count }, (_, i) => makers[i % makers.length](rng));
}

/** A user turn: prose, and in about a third of them one sensitive detail. */
function userTurn(rng, labelled, targetChars) {
  const detail = rng.chance(0.35) ? ' ' + rng.pick(labelled).text : '';
  return prose(rng, Math.max(80, targetChars - detail.length)) + detail;
}

/** `gen_ai.input.messages` in the OTel GenAI JSON shape: system, user, tool call, tool result, assistant. */
function inputMessages(rng, labelled, targetChars = CHUNK_CHARS) {
  const id = callId(rng);
  const customerEmail = fake.email(rng);
  const messages = [
    { role: 'system', parts: [{ type: 'text', content: prose(rng, 400) }] },
    { role: 'user', parts: [{ type: 'text', content: userTurn(rng, labelled, 900) }] },
    {
      role: 'assistant',
      parts: [
        {
          type: 'tool_call',
          id,
          name: 'lookup_customer',
          arguments: { email: customerEmail, order_id: `ORD-2024-${rng.int(100000, 999999)}`, include_history: true },
        },
      ],
    },
    {
      role: 'tool',
      parts: [
        {
          type: 'tool_call_response',
          id,
          response: {
            status: 'ok',
            customer: {
              name: fake.personName(rng),
              tier: rng.pick(['gold', 'silver']),
              last_order: `2025-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
            },
            notes: prose(rng, 300),
          },
        },
      ],
    },
  ];
  const fixed = JSON.stringify(messages).length;
  messages.push({ role: 'assistant', parts: [{ type: 'text', content: prose(rng, Math.max(200, targetChars - fixed - 60)) }] });
  return JSON.stringify(messages);
}

function outputMessages(rng, targetChars) {
  return JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: prose(rng, targetChars - 80) }], finish_reason: 'stop' }]);
}

function hex(rng, length) {
  return rng.chars('0123456789abcdef', length);
}

/** The request attributes every chat span of the bench's app starts with. */
const OPENAI_CHAT = { 'gen_ai.operation.name': 'chat', 'gen_ai.provider.name': 'openai', 'gen_ai.request.model': 'gpt-4o-2024-08-06' };

/** Attributes of a chat span and of a tool span, as an instrumented LLM app records them. */
function spanSpecs(rng, labelled, count) {
  const specs = [];
  for (let i = 0; i < count; i++) {
    if (i % 3 === 2) {
      const detail = rng.chance(0.3) ? rng.pick(labelled).value : fake.email(rng);
      specs.push({
        name: 'execute_tool search_orders',
        attributes: {
          'gen_ai.operation.name': 'execute_tool',
          'gen_ai.tool.name': 'search_orders',
          'gen_ai.tool.call.id': callId(rng),
          'gen_ai.tool.call.arguments': JSON.stringify({ query: prose(rng, 120), customer: detail, limit: rng.int(5, 50) }),
          'gen_ai.tool.call.result': JSON.stringify({
            orders: [{ id: `ORD-2024-${rng.int(100000, 999999)}`, total: rng.int(10, 900) + 0.99, note: prose(rng, 600) }],
          }),
        },
      });
      continue;
    }
    specs.push({
      name: 'chat gpt-4o',
      attributes: {
        ...OPENAI_CHAT,
        'gen_ai.response.model': 'gpt-4o-2024-08-06',
        'gen_ai.response.id': responseId(rng),
        'gen_ai.request.temperature': 0.2,
        'gen_ai.usage.input_tokens': rng.int(400, 4000),
        'gen_ai.usage.output_tokens': rng.int(50, 900),
        'gen_ai.response.finish_reasons': ['stop'],
        'server.address': 'api.openai.com',
        'server.port': 443,
        'enduser.id': `user-${rng.digits(6)}`,
        'gen_ai.input.messages': inputMessages(rng, labelled, CHUNK_CHARS),
        'gen_ai.output.messages': outputMessages(rng, 1200),
      },
    });
  }
  return specs;
}

/** Log records: string bodies (app log lines) and map bodies (GenAI events). */
function logSpecs(rng, labelled, count) {
  const specs = [];
  for (let i = 0; i < count; i++) {
    const detail = rng.chance(0.4) ? ' ' + rng.pick(labelled).text : '';
    if (i % 2 === 0) {
      specs.push({
        severityText: 'INFO',
        body: `request ${hex(rng, 16)} handled in ${rng.int(20, 900)} ms. ${prose(rng, 200)}${detail}`,
        attributes: {
          'http.request.method': 'POST',
          'url.path': '/v1/assistant/reply',
          'http.response.status_code': 200,
          'enduser.id': `user-${rng.digits(6)}`,
        },
      });
    } else {
      specs.push({
        severityText: 'INFO',
        eventName: 'gen_ai.user.message',
        body: { role: 'user', content: prose(rng, 1000) + detail },
        attributes: { 'gen_ai.provider.name': 'openai', 'gen_ai.request.model': 'gpt-4o-2024-08-06' },
      });
    }
  }
  return specs;
}

/**
 * Strings built with `+=` are rope-like (cons or sliced strings); what an app hands to the
 * SDK usually comes from JSON.parse, a socket or a template and is flat. Decoding from bytes
 * yields a fresh flat string, so every tool is measured on the same, realistic, layout.
 */
function flat(text) {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function flatDeep(value) {
  if (typeof value === 'string') return flat(value);
  if (Array.isArray(value)) return value.map(flatDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, flatDeep(inner)]));
  }
  return value;
}

/** The app's system prompt: the same in every conversation, as in a deployed LLM app. */
const SYSTEM_PROMPT = prose(new Prng(SEED + 1), 1500);

/**
 * Chat spans of `conversations` fresh conversations of `turns` turns each, in the order an app
 * sends them: every request carries the system prompt and the whole history so far (the OTel
 * GenAI shape), so a conversation's texts come back turn after turn. A different `seed` gives
 * conversations that share nothing but the system prompt.
 */
export function conversationSpecs(seed, labelled, conversations, turns) {
  const rng = new Prng(seed);
  const specs = [];
  for (let c = 0; c < conversations; c++) {
    const history = [{ role: 'system', parts: [{ type: 'text', content: SYSTEM_PROMPT }] }];
    for (let turn = 0; turn < turns; turn++) {
      history.push({ role: 'user', parts: [{ type: 'text', content: userTurn(rng, labelled, 400) }] });
      const answer = { role: 'assistant', parts: [{ type: 'text', content: prose(rng, 700) }], finish_reason: 'stop' };
      specs.push({
        name: 'chat gpt-4o',
        attributes: {
          ...OPENAI_CHAT,
          'gen_ai.response.id': responseId(rng),
          'gen_ai.usage.input_tokens': rng.int(400, 4000),
          'gen_ai.usage.output_tokens': rng.int(50, 900),
          'gen_ai.conversation.id': `conv-${seed}-${c}`,
          'gen_ai.input.messages': flat(JSON.stringify(history)),
          'gen_ai.output.messages': flat(JSON.stringify([answer])),
        },
      });
      history.push({ role: 'assistant', parts: answer.parts });
    }
  }
  return specs;
}

export function buildCorpus(seed = SEED) {
  const rng = new Prng(seed);
  const labelled = labelledItems(rng);
  const negatives = negativeItems(rng);
  const cleanProse = Array.from({ length: CHUNKS }, () => prose(rng, CHUNK_CHARS));
  const piiDense = denseChunks(rng, [...labelled.map((item) => item.text), ...negatives.map((item) => item.text)]);
  const genaiJson = Array.from({ length: CHUNKS }, () => inputMessages(rng, labelled, CHUNK_CHARS));
  return flatDeep({
    labelled,
    negatives,
    cleanProse,
    piiDense,
    genaiJson,
    spans: spanSpecs(rng, labelled, 48),
    logs: logSpecs(rng, labelled, 64),
  });
}
