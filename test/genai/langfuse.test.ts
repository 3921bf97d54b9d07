import { describe, expect, it } from 'vitest';
import { KeyAction } from '../../src/policy/key-rules.js';
import { resolvePolicy } from '../../src/policy/resolve.js';
import {
  EMAIL_PLACEHOLDER,
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
  observationInput: plantedEmail('langfuse observation input'),
  observationOutput: plantedEmail('langfuse observation output'),
  traceInput: plantedEmail('langfuse trace input'),
  traceOutput: plantedEmail('langfuse trace output'),
  observationMetadata: plantedEmail('langfuse observation metadata'),
  statusMessage: plantedEmail('langfuse status message'),
  modelParameters: plantedEmail('langfuse model parameters'),
};
const allPlanted = Object.values(email);
const replacements = emailReplacements(allPlanted);

/** Attributes the Langfuse SDK v3 (OpenTelemetry based) sets on a generation observation. */
const metadata = {
  'langfuse.observation.type': 'generation',
  'langfuse.observation.level': 'DEFAULT',
  'langfuse.observation.model.name': 'claude-3-5-sonnet-20241022',
  'langfuse.observation.usage_details': JSON.stringify({ input: 512, output: 88, total: 600 }),
  'langfuse.observation.cost_details': JSON.stringify({ input: 0.0015, output: 0.0013, total: 0.0028 }),
  'langfuse.observation.completion_start_time': '"2025-02-11T16:42:05.123Z"',
  'langfuse.observation.prompt.name': 'support-reply',
  'langfuse.observation.prompt.version': 7,
  'langfuse.environment': 'production',
  'langfuse.release': 'v2.14.0',
  'langfuse.version': '3.2.1',
};

const content = {
  'langfuse.observation.input': JSON.stringify([
    { role: 'system', content: 'You draft support replies.' },
    { role: 'user', content: `Please update my address; reach me at ${email.observationInput}` },
  ]),
  'langfuse.observation.output': JSON.stringify({ role: 'assistant', content: `Updated. Confirmation sent to ${email.observationOutput}.` }),
  'langfuse.trace.input': JSON.stringify({ question: `address change for ${email.traceInput}`, locale: 'en-GB' }),
  'langfuse.trace.output': `Done for ${email.traceOutput}`,
  'langfuse.observation.metadata.requester': email.observationMetadata,
  'langfuse.observation.status_message': `Upstream rejected the request for ${email.statusMessage}`,
  'langfuse.observation.model.parameters': JSON.stringify({ temperature: 0.2, max_tokens: 400, user: email.modelParameters }),
};

describe('Langfuse span attributes', () => {
  const out = redactAttributes(redactor, { ...metadata, ...content });

  it('removes every planted value', () => {
    expectNoneLeft(out, allPlanted);
  });

  it('walks JSON input and output and keeps them valid', () => {
    for (const key of ['langfuse.observation.input', 'langfuse.observation.output', 'langfuse.trace.input'] as const) {
      expectJsonScrubbed(out[key], content[key], replacements);
    }
  });

  it('scans text output, metadata and status messages', () => {
    expect(out['langfuse.trace.output']).toBe(`Done for ${EMAIL_PLACEHOLDER}`);
    expect(out['langfuse.observation.metadata.requester']).toBe(EMAIL_PLACEHOLDER);
    expect(out['langfuse.observation.status_message']).toBe(`Upstream rejected the request for ${EMAIL_PLACEHOLDER}`);
  });

  it('scans model parameters, which can carry an end-user id', () => {
    expect(resolvePolicy().keyRules.classify('langfuse.observation.model.parameters')).not.toBe(KeyAction.Allow);
    expectJsonScrubbed(out['langfuse.observation.model.parameters'], content['langfuse.observation.model.parameters'], replacements);
  });

  it('pseudonymises the Langfuse user and session ids', () => {
    expect(redactor.redactValue('u-1042', 'langfuse.user.id')).toMatch(/^<USER_ID:[0-9a-f]{16}>$/);
    expect(redactor.redactValue('chat-77', 'langfuse.session.id')).toMatch(/^<SESSION_ID:[0-9a-f]{16}>$/);
  });

  it('leaves metadata byte-identical', () => {
    expectMetadataUntouched(redactor, metadata);
  });
});
