/**
 * Inline media (images, audio, files sent as base64) in the message shapes of each convention.
 * Media is not text: scanning it cannot find what it shows (a photographed passport) and may
 * mangle it, so `policy.binaryContent` decides instead (replaced by default).
 *
 * The engine already treats OTel `blob` parts and `data:…;base64,` URIs as binary. These
 * functions add the shapes other producers use, where the payload is bare base64:
 * - Vercel AI SDK: `{"type": "image", "image": "<b64>"}`, `{"type": "file", "data": "<b64>", "mediaType": …}`
 * - Anthropic: `{"type": "base64", "media_type": …, "data": "<b64>"}` (an image `source`)
 * - Gemini: `{"mimeType": …, "data": "<b64>"}` (`inlineData`)
 * - OpenAI: `{"data": "<b64>", "format": "wav"}` (`input_audio`), `{"b64_json": "<b64>"}` (images)
 * - OpenInference: `…message_content.image.image.url` holding bare base64 instead of a URL
 *
 * Meant for the redactor: `inlineBinaryField` in its object walk (in place of the `blob`
 * test), `isInlineBinaryAttribute` after the key rules. Both are pure and allocation-free.
 */

/** Shorter base64-looking strings are left to text scanning: they are ids or words, not media. */
const MIN_PAYLOAD_LENGTH = 16;

const MEDIA_URL_KEY_SUFFIXES = ['.image.url', '.audio.url', '.video.url'] as const;
const LOWER_L = 108;

/**
 * The field of a message part that holds an inline binary payload, or undefined. For OTel
 * `blob` parts this is `content` whatever its encoding; for the other shapes the value must
 * look like base64 (a URL or prose in the same field is text and gets scanned).
 */
export function inlineBinaryField(part: Readonly<Record<string, unknown>>): string | undefined {
  const type = part.type;
  if (type === 'blob' || type === 'binary') return 'content';
  if (type === 'image' && isBinaryPayload(part.image)) return 'image';
  if (part.data !== undefined && isDataCarrier(part, type) && isBinaryPayload(part.data)) return 'data';
  if (part.b64_json !== undefined && isBinaryPayload(part.b64_json)) return 'b64_json';
  return undefined;
}

/**
 * True when a flattened attribute holds bare base64 media, as OpenInference allows for
 * `message_content.image.image.url` ("the link to the image or its base64 encoding").
 */
export function isInlineBinaryAttribute(key: string, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  // Every suffix ends in `.url`: most keys (`role`, `content`, `id`) are turned away by their last character.
  if (key.charCodeAt(key.length - 1) !== LOWER_L) return false;
  let mediaKey = false;
  // Runs for every string attribute: an index loop allocates no iterator.
  for (let s = 0; s < MEDIA_URL_KEY_SUFFIXES.length && !mediaKey; s++) mediaKey = key.endsWith(MEDIA_URL_KEY_SUFFIXES[s]!);
  return mediaKey && isBase64Payload(value);
}

/** A part whose `data` field is a payload: typed as a file or base64 source, or carrying a media type or audio format. */
function isDataCarrier(part: Readonly<Record<string, unknown>>, type: unknown): boolean {
  return (
    type === 'file' ||
    type === 'base64' ||
    typeof part.mimeType === 'string' ||
    typeof part.mime_type === 'string' ||
    typeof part.mediaType === 'string' ||
    typeof part.media_type === 'string' ||
    typeof part.format === 'string'
  );
}

function isBinaryPayload(value: unknown): boolean {
  if (value instanceof Uint8Array) return value.length > 0;
  return typeof value === 'string' && isBase64Payload(value);
}

/** From `from` on, only base64 or base64url characters (line breaks allowed, as in MIME), at least MIN_PAYLOAD_LENGTH of them. */
export function isBase64Payload(text: string, from = 0): boolean {
  if (text.length - from < MIN_PAYLOAD_LENGTH) return false;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ok =
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      (code >= 48 && code <= 57) ||
      code === 43 || // +
      code === 47 || // /
      code === 61 || // =
      code === 45 || // -
      code === 95 || // _
      code === 10 ||
      code === 13;
    if (!ok) return false;
  }
  return true;
}
