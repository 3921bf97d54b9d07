// The telemetry an LLM application emits per request: one chat span of about 4 KB (prompt and
// completion as GenAI message JSON, usage, model) and one log record of about 1 KB. Synthetic
// PII is planted in every record so that the receiver can prove none of it crossed the wire.
// Every record differs (a request counter is woven in), as real traffic does.

/** Values planted in every record; none may reach the receiver of the redacted pipeline. */
export const PLANTED = [
  'mara.quill@example.org',
  '4111 1111 1111 1111',
  '+44 20 7946 0958',
  'GB82 WEST 1234 5698 7654 32',
  '536-22-8164',
  'sk-proj-h7Kq2Lm9Xv4Rt8Nw3Zb6Yc1Pd5Fs0GjTaT3BlbkFJu8Wq3Er6Ty1Ui4Op7As2',
];

const SYSTEM_PROMPT = (
  'You are a billing assistant for Example Corp. Answer briefly, cite the relevant invoice, never ' +
  'reveal internal notes, and escalate refunds above the limit to a human agent. Use the tools ' +
  'lookup_invoice, refund and escalate as needed. Keep a friendly tone. '
).repeat(5);

const HISTORY = (
  'Earlier in this conversation the customer asked about the annual plan, the difference between ' +
  'the team and the business tier, and whether unused seats roll over. The agent explained the ' +
  'seat policy and linked the pricing page. '
).repeat(5);

function userMessage(i) {
  return (
    `Hi, this is about request ${i}. My email is ${PLANTED[0]} and my phone ${PLANTED[2]}. ` +
    `Please refund the charge on card ${PLANTED[1]} to IBAN ${PLANTED[3]}; my SSN is ${PLANTED[4]} if you need it. ` +
    `I also pasted our key by mistake: ${PLANTED[5]}. ` +
    HISTORY
  );
}

function assistantMessage(i) {
  return (
    `I have opened refund case R-${100000 + i} for the last charge. ` +
    (
      'The refund goes back to the original payment method within five business days. I have also ' +
      'flagged the key you pasted so that your admin can rotate it. Is there anything else I can help with today? '
    ).repeat(3)
  );
}

/** Attributes of one chat span (about 4 KB). */
export function chatSpanAttributes(i) {
  return {
    'gen_ai.operation.name': 'chat',
    'gen_ai.provider.name': 'openai',
    'gen_ai.request.model': 'gpt-4o-2024-08-06',
    'gen_ai.response.model': 'gpt-4o-2024-08-06',
    'gen_ai.response.id': `chatcmpl-${(0x9f8e7d6c + i).toString(16)}5b4a39281706f5e4d3c2b1a0`,
    'gen_ai.usage.input_tokens': 1800 + (i % 200),
    'gen_ai.usage.output_tokens': 300 + (i % 80),
    'gen_ai.response.finish_reasons': ['stop'],
    'gen_ai.input.messages': JSON.stringify([
      { role: 'system', parts: [{ type: 'text', content: SYSTEM_PROMPT }] },
      { role: 'user', parts: [{ type: 'text', content: userMessage(i) }] },
    ]),
    'gen_ai.output.messages': JSON.stringify([
      { role: 'assistant', parts: [{ type: 'text', content: assistantMessage(i) }], finish_reason: 'stop' },
    ]),
    'enduser.id': `cust-${i % 5000}`,
  };
}

/** One log record (about 1 KB): a string body and a few attributes. */
export function logRecord(i) {
  return {
    body:
      `refund requested by ${PLANTED[0]} (${PLANTED[2]}) for card ${PLANTED[1]}, case R-${100000 + i}; ` +
      'the customer was told about the five-day window and the escalation path. '.repeat(11),
    attributes: {
      'app.request.id': `req-${i}`,
      'app.customer.note': `iban ${PLANTED[3]}, ssn ${PLANTED[4]}`,
      'gen_ai.usage.input_tokens': 1800 + (i % 200),
    },
  };
}
