import type { Report } from '../../types.js';
import type { AnchoredDetector } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { isAsciiDigit, isAsciiLower, isWordChar } from '../../text/chars.js';
import { examineHits, examineOccurrences } from './occurrences.js';
import { isBase64UrlChar, isPlausibleKeyBody, runEnd, isTokenStart } from './token-shape.js';

const PREFIX = 'sk-ant-';
const MAX_KIND = 12;
/** Issued keys carry about 95 characters after the kind; shorter ones are still accepted. */
const FULL_SECRET = 80;
const MIN_SECRET = 32;
const MAX_SECRET = 300;

/** Finds Anthropic keys: `sk-ant-<kind><2 digits>-<secret>`, e.g. `sk-ant-api03-…`, `sk-ant-admin01-…`. */
function findAnthropicKeys(text: string, report: Report): void {
  examineOccurrences(text, PREFIX, examineCandidate, report);
}

function findAnthropicKeysAtHits(text: string, hits: KeywordHits, report: Report): void {
  examineHits(text, hits, PREFIX, examineCandidate, report);
}

function examineCandidate(text: string, at: number, report: Report): number {
  if (!isTokenStart(text, at, isBase64UrlChar)) return at + 1;
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
  return end;
}

/** Index after `api03-` style kind, or -1. */
function afterKind(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && i - from < MAX_KIND && isAsciiLower(text.charCodeAt(i))) i++;
  if (i === from || i + 3 > end) return -1;
  if (!isAsciiDigit(text.charCodeAt(i)) || !isAsciiDigit(text.charCodeAt(i + 1)) || text.charCodeAt(i + 2) !== 45) return -1;
  return i + 3;
}

export const anthropicKeyDetector: AnchoredDetector = {
  name: 'secret.anthropic',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: [PREFIX] },
  find: findAnthropicKeys,
  findAtHits: findAnthropicKeysAtHits,
};
