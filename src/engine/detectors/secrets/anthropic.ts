import type { Detector, Report } from '../../types.js';
import { isAsciiDigit, isAsciiLower, isWordChar } from '../../text/chars.js';
import { isBase64UrlChar, isPlausibleKeyBody, runEnd, isTokenStart } from './token-shape.js';

const PREFIX = 'sk-ant-';
const MAX_KIND = 12;
/** Issued keys carry about 95 characters after the kind; shorter ones are still accepted. */
const FULL_SECRET = 80;
const MIN_SECRET = 32;
const MAX_SECRET = 300;

/** Finds Anthropic keys: `sk-ant-<kind><2 digits>-<secret>`, e.g. `sk-ant-api03-…`, `sk-ant-admin01-…`. */
function findAnthropicKeys(text: string, report: Report): void {
  let at = text.indexOf(PREFIX);
  while (at !== -1) {
    if (!isTokenStart(text, at, isBase64UrlChar)) {
      at = text.indexOf(PREFIX, at + 1);
      continue;
    }
    const end = runEnd(text, at + PREFIX.length, isBase64UrlChar);
    const secretStart = afterKind(text, at + PREFIX.length, end);
    const length = end - secretStart;
    if (
      secretStart !== -1 &&
      length >= MIN_SECRET &&
      length <= MAX_SECRET &&
      !(end < text.length && isWordChar(text.charCodeAt(end))) &&
      isPlausibleKeyBody(text, secretStart, end)
    ) {
      report('SECRET', at, end, length >= FULL_SECRET ? 0.99 : 0.95);
    }
    at = text.indexOf(PREFIX, Math.max(end, at + 1));
  }
}

/** Index after `api03-` style kind, or -1. */
function afterKind(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && i - from < MAX_KIND && isAsciiLower(text.charCodeAt(i))) i++;
  if (i === from || i + 3 > end) return -1;
  if (!isAsciiDigit(text.charCodeAt(i)) || !isAsciiDigit(text.charCodeAt(i + 1)) || text.charCodeAt(i + 2) !== 45) return -1;
  return i + 3;
}

export const anthropicKeyDetector: Detector = {
  name: 'secret.anthropic',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: [PREFIX] },
  find: findAnthropicKeys,
};
