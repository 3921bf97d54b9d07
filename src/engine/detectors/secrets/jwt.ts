import { Buffer } from 'node:buffer';
import type { Report } from '../../types.js';
import type { AnchoredDetector } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { codeUnitsOf } from '../../text/code-units.js';
import { examineHits, examineOccurrences } from './occurrences.js';
import { isBase64UrlChar, runEnd, isTokenStart } from './token-shape.js';

/** base64url of `{"`: every JOSE header, and so every JWT, starts with it. */
const PREFIX = 'eyJ';
/** Headers with certificate chains (`x5c`) run to a few kilobytes; beyond that it is not a header. */
const MAX_HEADER = 8192;
/** `{"typ":"JWT"}`, the shortest useful header, is 18 characters of base64url. */
const MIN_HEADER = 18;
const MIN_PAYLOAD = 2;

/**
 * Finds JSON Web Tokens: three base64url segments joined by dots whose first segment decodes
 * to a JSON object with `alg` or `typ`. The signature may be empty (`alg: none`).
 */
function findJwts(text: string, report: Report): void {
  examineOccurrences(text, PREFIX, examineCandidate, report);
}

function findJwtsAtHits(text: string, hits: KeywordHits, report: Report): void {
  examineHits(text, hits, PREFIX, examineCandidate, report);
}

function examineCandidate(text: string, at: number, report: Report): number {
  if (!isTokenStart(text, at, isBase64UrlChar)) return at + 1;
  const headerEnd = runEnd(text, at, isBase64UrlChar);
  const end = tokenEnd(text, at, headerEnd);
  if (end !== -1) report('SECRET', at, end, 0.97);
  return Math.max(end, headerEnd);
}

/** End of the signature segment, or -1 when the text from `start` is not a JWT. */
function tokenEnd(text: string, start: number, headerEnd: number): number {
  const headerLength = headerEnd - start;
  if (headerLength < MIN_HEADER || headerLength > MAX_HEADER || text.charCodeAt(headerEnd) !== 46) return -1;
  const payloadEnd = runEnd(text, headerEnd + 1, isBase64UrlChar);
  if (payloadEnd - headerEnd - 1 < MIN_PAYLOAD || text.charCodeAt(payloadEnd) !== 46) return -1;
  if (!isJoseHeader(text, start, headerEnd)) return -1;
  return runEnd(text, payloadEnd + 1, isBase64UrlChar);
}

/**
 * An issuer puts the same header on every token it signs, so the verdict on the last header
 * decoded is kept with its characters: a repeat costs one comparison instead of a decode and
 * a JSON parse.
 */
let lastHeader = new Uint16Array(64);
let lastHeaderLength = -1;
let lastVerdict = false;

function isJoseHeader(text: string, start: number, end: number): boolean {
  const length = end - start;
  const units = codeUnitsOf(text);
  if (length === lastHeaderLength) {
    let i = 0;
    while (i < length && lastHeader[i] === units[start + i]) i++;
    if (i === length) return lastVerdict;
  }
  const verdict = decodesToJoseHeader(text, start, end);
  if (length > lastHeader.length) lastHeader = new Uint16Array(Math.max(length, lastHeader.length * 2));
  lastHeader.set(units.subarray(start, end));
  lastHeaderLength = length;
  lastVerdict = verdict;
  return verdict;
}

function decodesToJoseHeader(text: string, start: number, end: number): boolean {
  const json = Buffer.from(text.slice(start, end), 'base64url').toString('utf8');
  if (json.indexOf('"alg"') === -1 && json.indexOf('"typ"') === -1) return false;
  try {
    const header: unknown = JSON.parse(json);
    return typeof header === 'object' && header !== null && !Array.isArray(header) && ('alg' in header || 'typ' in header);
  } catch {
    return false;
  }
}

export const jwtDetector: AnchoredDetector = {
  name: 'secret.jwt',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: [PREFIX] },
  find: findJwts,
  findAtHits: findJwtsAtHits,
};
