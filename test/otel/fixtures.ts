// Synthetic values only: invented names, documented test cards/IBANs/keys, fictional phone ranges.
import { diag, DiagLogLevel, type DiagLogger } from '@opentelemetry/api';

export const PII = {
  email: 'mara.quill@example.org',
  otherEmail: 'devon.ashgrove@example.net',
  ukPhone: '+44 20 7946 0958',
  usPhone: '+1 212 555 0187',
  card: '4111 1111 1111 1111',
  otherCard: '4242424242424242',
  ssn: '536-22-8164',
  iban: 'GB82 WEST 1234 5698 7654 32',
  openAiKey: 'sk-proj-h7Kq2Lm9Xv4Rt8Nw3Zb6Yc1Pd5Fs0GjTaT3BlbkFJu8Wq3Er6Ty1Ui4Op7As2',
  awsKey: 'AKIAIOSFODNN7EXAMPLE',
  githubToken: 'ghp_R4nd0mT0k3nV4lu3F0rT3st1ngXyZ9876543',
  password: 'correct-horse-battery-staple',
} as const;

export const PII_VALUES: readonly string[] = Object.values(PII);

/** Metadata that must come out byte-identical. */
export const METADATA = {
  'gen_ai.operation.name': 'chat',
  'gen_ai.provider.name': 'openai',
  'gen_ai.request.model': 'gpt-4o-2024-08-06',
  'gen_ai.response.model': 'gpt-4o-2024-08-06',
  'gen_ai.response.id': 'chatcmpl-9f8e7d6c5b4a39281706f5e4d3c2b1a0',
  'gen_ai.response.finish_reasons': ['stop', 'tool_calls'],
  'gen_ai.usage.input_tokens': 1842,
  'gen_ai.usage.output_tokens': 377,
  'gen_ai.request.temperature': 0.2,
};

/** A GenAI chat exchange in the OTel `gen_ai.input.messages` JSON shape, full of PII. */
export function inputMessages(): string {
  return JSON.stringify([
    { role: 'system', parts: [{ type: 'text', content: 'You are a billing assistant for Example Corp.' }] },
    {
      role: 'user',
      parts: [
        {
          type: 'text',
          content: `Hi, I'm Mara, email ${PII.email}, phone ${PII.ukPhone}. Charge card ${PII.card} and file SSN ${PII.ssn}.`,
        },
      ],
    },
    {
      role: 'assistant',
      parts: [{ type: 'tool_call', id: 'call_7Hq2', name: 'charge_card', arguments: { card_number: PII.otherCard, amount: 42.5 } }],
    },
    { role: 'tool', parts: [{ type: 'tool_call_response', id: 'call_7Hq2', response: { ok: true, api_key: PII.openAiKey } }] },
  ]);
}

export function outputMessages(): string {
  return JSON.stringify([
    {
      role: 'assistant',
      parts: [{ type: 'text', content: `Done. A receipt went to ${PII.otherEmail}; your IBAN on file is ${PII.iban}.` }],
      finish_reason: 'stop',
    },
  ]);
}

/** Every string of `text` that must not appear: the value and its JSON-escaped and URL-encoded forms. */
export function leakForms(value: string): string[] {
  const jsonEscaped = JSON.stringify(value).slice(1, -1);
  const doubleEscaped = JSON.stringify(jsonEscaped).slice(1, -1);
  return [...new Set([value, jsonEscaped, doubleEscaped, encodeURIComponent(value), encodeURI(value)])];
}

/** The planted values (in any form) that occur in `text`; empty means no leak. */
export function leaksIn(text: string, values: readonly string[] = PII_VALUES): string[] {
  const found: string[] = [];
  for (const value of values) for (const form of leakForms(value)) if (text.includes(form)) found.push(form);
  return found;
}

/** Captures diag output for a test; restore with `dispose()`. */
export function captureDiag(level: DiagLogLevel = DiagLogLevel.WARN): { messages: string[]; dispose: () => void } {
  const messages: string[] = [];
  const record = (...args: unknown[]) => {
    messages.push(args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' '));
  };
  const logger: DiagLogger = { error: record, warn: record, info: record, debug: record, verbose: record };
  diag.setLogger(logger, { logLevel: level, suppressOverrideMessage: true });
  return { messages, dispose: () => diag.disable() };
}
