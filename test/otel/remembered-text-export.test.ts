// `rememberCleanText` end to end: a chat that re-sends its history every turn goes through the real
// OTLP/HTTP exporter twice, remembering clean texts and scanning everything every time. What
// crosses the wire must be the same, and no planted value may cross it in either.
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '../../examples/support/otlp-receiver.mjs';
import { PiiRedactingSpanProcessor } from '../../src/otel/pii-redacting-span-processor.js';
import { leaksIn, PII } from './fixtures.js';

const SYSTEM_PROMPT =
  'You are the billing assistant of Example Corp. Answer in two short paragraphs, cite the invoice ' +
  'number when there is one, never promise refunds, and hand over to a human agent when the customer ' +
  'asks for one. Keep the tone friendly and plain; avoid jargon and long lists.';
const ASSISTANT_REPLY =
  'Thanks for waiting. I looked at the last three invoices on the account and the charge you mention ' +
  'was taken twice because the first payment attempt timed out at the bank. The duplicate is already ' +
  'marked for reversal and should disappear from your statement within five working days.';
const USER_TURNS = [
  `Hello, I was charged twice this month. My email is ${PII.email} and the card ends in the number ${PII.card}, please check the last invoices for me today.`,
  'Thank you, that explains it. Can you also tell me when the next invoice is due and whether the amount will be the same as last month, or does the plan change?',
  `One more thing: please send the confirmation to ${PII.otherEmail} and call me on ${PII.usPhone} if anything goes wrong with the reversal this week.`,
];
const PLANTED = [PII.email, PII.card, PII.otherEmail, PII.usPhone];

async function exportChat(rememberCleanText: boolean, receiver: OtlpReceiver): Promise<ReceivedSpan[]> {
  const provider = new BasicTracerProvider({
    spanProcessors: [
      new PiiRedactingSpanProcessor(new BatchSpanProcessor(new OTLPTraceExporter({ url: receiver.endpoints.traces }), { scheduledDelayMillis: 20 }), {
        policy: { rememberCleanText },
      }),
    ],
  });
  const tracer = provider.getTracer('billing-agent');
  const history: unknown[] = [{ role: 'system', parts: [{ type: 'text', content: SYSTEM_PROMPT }] }];
  // Each turn is sent twice (a retry), so the system prompt and earlier turns come back often enough
  // to be remembered (a text is, the second time it is found clean).
  for (const [turn, content] of USER_TURNS.entries()) {
    history.push({ role: 'user', parts: [{ type: 'text', content }] });
    for (let attempt = 0; attempt < 2; attempt++) {
      const span = tracer.startSpan('chat gpt-4o', {
        attributes: {
          'gen_ai.operation.name': 'chat',
          'gen_ai.conversation.id': 'conv-7f3a',
          'chat.turn': turn,
          'chat.attempt': attempt,
          'gen_ai.input.messages': JSON.stringify(history),
          'app.system_prompt': SYSTEM_PROMPT,
          'app.last_user_message': content,
        },
      });
      span.end();
    }
    history.push({ role: 'assistant', parts: [{ type: 'text', content: ASSISTANT_REPLY }] });
  }
  await provider.forceFlush();
  const spans = await receiver.waitForSpans(USER_TURNS.length * 2);
  await provider.shutdown();
  return spans;
}

describe('rememberCleanText over OTLP/HTTP', () => {
  let remembering: OtlpReceiver;
  let scanning: OtlpReceiver;
  let rememberedSpans: ReceivedSpan[];
  let scannedSpans: ReceivedSpan[];

  beforeAll(async () => {
    [remembering, scanning] = await Promise.all([startOtlpReceiver(), startOtlpReceiver()]);
    rememberedSpans = await exportChat(true, remembering);
    scannedSpans = await exportChat(false, scanning);
  });

  afterAll(async () => {
    await Promise.all([remembering?.close(), scanning?.close()]);
  });

  it('sends no planted value, in any form, on either wire', () => {
    for (const receiver of [remembering, scanning]) {
      const wire = receiver.rawText('traces');
      expect(wire).toContain('[REDACTED:EMAIL]');
      expect(wire).toContain(SYSTEM_PROMPT);
      expect(leaksIn(wire, PLANTED)).toEqual([]);
    }
  });

  it('exports exactly what scanning every value every time exports', () => {
    const attributesOf = (spans: ReceivedSpan[]) =>
      spans
        .map((span) => span.attributes)
        .sort((a, b) => Number(a['chat.turn']) * 2 + Number(a['chat.attempt']) - (Number(b['chat.turn']) * 2 + Number(b['chat.attempt'])));
    expect(rememberedSpans).toHaveLength(USER_TURNS.length * 2);
    expect(attributesOf(rememberedSpans)).toEqual(attributesOf(scannedSpans));
  });
});
