import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index.js';
import { inlineBinaryField, isBase64Payload, isInlineBinaryAttribute } from '../../src/genai/inline-binary.js';
import { BINARY_PLACEHOLDER, PNG_BASE64, defaultRedactor, expectNoneLeft } from './support.js';

describe('inlineBinaryField', () => {
  it('treats the content of OTel blob parts as binary whatever its encoding', () => {
    expect(inlineBinaryField({ type: 'blob', modality: 'image', content: PNG_BASE64 })).toBe('content');
    expect(inlineBinaryField({ type: 'blob', modality: 'audio', content: new Uint8Array([1, 2]) })).toBe('content');
  });

  it('finds base64 payloads in the shapes of other producers', () => {
    expect(inlineBinaryField({ type: 'image', image: PNG_BASE64, mimeType: 'image/png' })).toBe('image'); // Vercel AI SDK 4
    expect(inlineBinaryField({ type: 'file', data: PNG_BASE64, mediaType: 'application/pdf' })).toBe('data'); // Vercel AI SDK 5
    expect(inlineBinaryField({ type: 'base64', media_type: 'image/jpeg', data: PNG_BASE64 })).toBe('data'); // Anthropic source
    expect(inlineBinaryField({ mimeType: 'image/png', data: PNG_BASE64 })).toBe('data'); // Gemini inlineData
    expect(inlineBinaryField({ data: PNG_BASE64, format: 'wav' })).toBe('data'); // OpenAI input_audio
    expect(inlineBinaryField({ b64_json: PNG_BASE64, revised_prompt: 'a cat' })).toBe('b64_json'); // OpenAI images
    expect(inlineBinaryField({ type: 'image', image: new Uint8Array([137, 80]) })).toBe('image');
  });

  it('leaves URLs, prose and ordinary objects to text scanning', () => {
    expect(inlineBinaryField({ type: 'image', image: 'https://files.example.com/cat.png' })).toBeUndefined();
    expect(inlineBinaryField({ type: 'file', data: 'data:application/pdf;base64,JVBERi0xLjQK', mediaType: 'application/pdf' })).toBeUndefined();
    expect(inlineBinaryField({ type: 'text', text: PNG_BASE64 })).toBeUndefined();
    expect(inlineBinaryField({ mimeType: 'text/plain', data: 'hello there, this is a note' })).toBeUndefined();
    expect(inlineBinaryField({ data: PNG_BASE64 })).toBeUndefined();
    expect(inlineBinaryField({ role: 'user', content: 'hi' })).toBeUndefined();
  });
});

describe('isInlineBinaryAttribute', () => {
  it('recognises bare base64 under OpenInference media URL keys', () => {
    expect(isInlineBinaryAttribute('llm.input_messages.0.message.contents.1.message_content.image.image.url', PNG_BASE64)).toBe(true);
    expect(isInlineBinaryAttribute('llm.input_messages.0.message.contents.1.message_content.audio.audio.url', PNG_BASE64)).toBe(true);
    expect(isInlineBinaryAttribute('llm.input_messages.0.message.contents.1.message_content.video.video.url', PNG_BASE64)).toBe(true);
  });

  it('leaves URLs, data URIs (handled by the engine) and other keys alone', () => {
    const key = 'llm.input_messages.0.message.contents.1.message_content.image.image.url';
    expect(isInlineBinaryAttribute(key, 'https://files.example.com/cat.png')).toBe(false);
    expect(isInlineBinaryAttribute(key, `data:image/png;base64,${PNG_BASE64}`)).toBe(false);
    expect(isInlineBinaryAttribute('input.value', PNG_BASE64)).toBe(false);
    expect(isInlineBinaryAttribute(key, 42)).toBe(false);
    for (const other of ['', 'l', 'image.url', 'message_content.image.urls', 'email']) expect(isInlineBinaryAttribute(other, PNG_BASE64)).toBe(false);
  });
});

describe('isBase64Payload', () => {
  it('accepts base64, base64url and MIME line breaks, rejects short strings and prose', () => {
    expect(isBase64Payload(PNG_BASE64)).toBe(true);
    expect(isBase64Payload('SGVsbG8gd29ybGQh_-SGVsbG8\r\nd29ybGQh')).toBe(true);
    expect(isBase64Payload('QUJD')).toBe(false);
    expect(isBase64Payload('not base64 at all, it has spaces')).toBe(false);
  });

  it('decides on megabyte payloads, including one spoiled by its last character', () => {
    const big = 'QUJD'.repeat(1_000_000);
    expect(isBase64Payload(big)).toBe(true);
    expect(isBase64Payload(`${big} `)).toBe(false);
  });
});

/**
 * The redactor's object walk calls `inlineBinaryField`, its key-rule step calls
 * `isInlineBinaryAttribute`, and data URIs are recognised before the length cap.
 */
describe('engine behaviour for inline media outside OTel blob parts', () => {
  const redactor = defaultRedactor();

  it('replaces Vercel AI SDK image and file parts in ai.prompt.messages', () => {
    const messages = JSON.stringify([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is on this receipt?' },
          { type: 'image', image: PNG_BASE64, mimeType: 'image/png' },
          { type: 'file', data: PNG_BASE64, mediaType: 'application/pdf' },
        ],
      },
    ]);
    const out = JSON.parse(redactor.redactValue(messages, 'ai.prompt.messages') as string);
    expect(out[0].content[1].image).toBe(BINARY_PLACEHOLDER);
    expect(out[0].content[2].data).toBe(BINARY_PLACEHOLDER);
  });

  it('replaces Anthropic base64 image sources', () => {
    const messages = JSON.stringify([
      { role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG_BASE64 } }] },
    ]);
    const out = redactor.redactValue(messages, 'input.value') as string;
    expectNoneLeft(out, [PNG_BASE64]);
  });

  it('replaces bare base64 under an OpenInference image URL key', () => {
    const key = 'llm.input_messages.0.message.contents.1.message_content.image.image.url';
    expect(redactor.redactValue(PNG_BASE64, key)).toBe(BINARY_PLACEHOLDER);
  });

  it('replaces a data URI longer than maxValueLength instead of truncating it', () => {
    const small = createRedactor({ maxValueLength: 64 });
    const uri = `data:image/png;base64,${'QUJD'.repeat(100)}`;
    expect(small.redactValue(uri, 'llm.input_messages.0.message.contents.0.message_content.image.image.url')).toBe(BINARY_PLACEHOLDER);
  });

  it('already replaces a data URI within maxValueLength', () => {
    const uri = `data:image/png;base64,${PNG_BASE64}`;
    expect(redactor.redactValue(uri, 'llm.input_messages.0.message.contents.0.message_content.image.image.url')).toBe(
      BINARY_PLACEHOLDER,
    );
  });
});
