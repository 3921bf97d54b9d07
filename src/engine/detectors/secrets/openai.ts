import type { Report } from '../../types.js';
import type { AnchoredDetector } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { isAsciiAlphanumeric, isWordChar } from '../../text/chars.js';
import { codeUnitsOf } from '../../text/code-units.js';
import { wordStartingAt } from '../../text/word-lists.js';
import { examineHits, examineOccurrences } from './occurrences.js';
import { isBase64UrlChar, isPlausibleKeyBody, looksRandom, runEnd, isTokenStart } from './token-shape.js';

const PREFIX = 'sk-';
/** Scoped keys: `sk-proj-…`, `sk-svcacct-…`, `sk-admin-…`, and `sk-None-…` from keys made without a project. */
const SCOPES = ['proj-', 'svcacct-', 'admin-', 'None-'];
/** base64 of `OpenAI`, embedded in every legacy key and most scoped ones. */
const OPENAI_MARK = 'T3BlbkFJ';
const LEGACY_BODY = 48;
const MIN_SCOPED_SECRET = 40;
/** Other `sk-` keys (OpenAI user keys, OpenAI-compatible providers) are accepted from here on. */
const MIN_GENERIC_BODY = 32;
const MAX_BODY = 400;

/**
 * Finds OpenAI API keys. `sk-` alone is a weak signal (`sk-learn`, `task-1`, `sk-xxxxxxxx`),
 * so the body must be long, mixed and random; the embedded `T3BlbkFJ` mark or a scope
 * prefix raises the confidence. `sk-ant-…` belongs to the Anthropic detector.
 */
function findOpenAiKeys(text: string, report: Report): void {
  examineOccurrences(text, PREFIX, examineCandidate, report);
}

function findOpenAiKeysAtHits(text: string, hits: KeywordHits, report: Report): void {
  examineHits(text, hits, PREFIX, examineCandidate, report);
}

function examineCandidate(text: string, at: number, report: Report): number {
  if (!isTokenStart(text, at, isBase64UrlChar)) return at + 1;
  const bodyStart = at + PREFIX.length;
  const end = runEnd(text, bodyStart, isBase64UrlChar);
  const confidence = end < text.length && isWordChar(text.charCodeAt(end)) ? 0 : keyConfidence(text, bodyStart, end);
  if (confidence > 0) report('SECRET', at, end, confidence);
  return end;
}

function keyConfidence(text: string, bodyStart: number, end: number): number {
  const length = end - bodyStart;
  if (length < MIN_GENERIC_BODY || length > MAX_BODY) return 0;
  if (text.startsWith('ant-', bodyStart)) return 0;
  const marked = hasOpenAiMark(text, bodyStart, end);
  const scope = wordStartingAt(SCOPES, text, bodyStart);
  if (scope !== undefined) {
    const secretStart = bodyStart + scope.length;
    if (end - secretStart < MIN_SCOPED_SECRET || !isPlausibleKeyBody(text, secretStart, end)) return 0;
    return marked ? 0.99 : 0.97;
  }
  if (marked && length === LEGACY_BODY && isAlphanumeric(text, bodyStart, end) && isPlausibleKeyBody(text, bodyStart, end)) {
    return 0.99;
  }
  return isPlausibleKeyBody(text, bodyStart, end) && looksRandom(text, bodyStart, end) ? 0.9 : 0;
}

function isAlphanumeric(text: string, start: number, end: number): boolean {
  const units = codeUnitsOf(text);
  for (let i = start; i < end; i++) if (!isAsciiAlphanumeric(units[i]!)) return false;
  return true;
}

/** Whether `T3BlbkFJ` lies fully inside `[start, end)`. */
function hasOpenAiMark(text: string, start: number, end: number): boolean {
  const units = codeUnitsOf(text);
  const first = OPENAI_MARK.charCodeAt(0);
  for (let i = start; i + OPENAI_MARK.length <= end; i++) {
    if (units[i] !== first) continue;
    let k = 1;
    while (k < OPENAI_MARK.length && units[i + k] === OPENAI_MARK.charCodeAt(k)) k++;
    if (k === OPENAI_MARK.length) return true;
  }
  return false;
}

export const openAiKeyDetector: AnchoredDetector = {
  name: 'secret.openai',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: [PREFIX] },
  find: findOpenAiKeys,
  findAtHits: findOpenAiKeysAtHits,
};
