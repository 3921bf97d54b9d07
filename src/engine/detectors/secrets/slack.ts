import type { Report } from '../../types.js';
import type { AnchoredDetector } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { isAsciiAlphanumeric, isWordChar } from '../../text/chars.js';
import { wordStartingAt } from '../../text/word-lists.js';
import { looksLikePlaceholder } from './placeholder.js';
import { DIGIT, charClasses, isPlausibleKeyBody, runEnd } from './token-shape.js';
import { type PrefixedTokenRule, findPrefixedTokens, findPrefixedTokensAtHits } from './prefixed-token.js';
import { examineHits, examineOccurrences } from './occurrences.js';

/** Bot, user, workspace-app, refresh, session and app-level tokens. */
const TOKEN_PREFIXES = ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe-', 'xapp-'];
const WEBHOOK_HOST = 'hooks.slack.com/';
const WEBHOOK_KINDS = ['services/', 'workflows/', 'triggers/'];
const MIN_WEBHOOK_SECRET = 16;
const MAX_WEBHOOK_PATH = 256;

function isTokenBodyChar(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 45;
}

/** Slack ids are numeric and the secret part is mixed, so a real token carries digits. */
function isTokenBody(text: string, start: number, end: number): boolean {
  return (charClasses(text, start, end) & DIGIT) !== 0 && isPlausibleKeyBody(text, start, end);
}

const TOKEN_RULES: readonly PrefixedTokenRule[] = TOKEN_PREFIXES.map((prefix) => ({
  prefix,
  isBodyChar: isTokenBodyChar,
  minBody: 20,
  maxBody: 255,
  confidence: 0.97,
  accept: isTokenBody,
}));

function isPathChar(code: number): boolean {
  return isWordChar(code) || code === 45 || code === 47;
}

/**
 * `https://hooks.slack.com/services/T…/B…/<secret>`: anyone holding the URL can post, so the
 * whole URL is reported, scheme included. Slack's documented `XXXXXXXX…` example is not.
 */
function examineWebhook(text: string, at: number, report: Report): number {
  const pathStart = at + WEBHOOK_HOST.length;
  const pathEnd = runEnd(text, pathStart, isPathChar);
  if (pathEnd - pathStart <= MAX_WEBHOOK_PATH && isWebhookPath(text, pathStart, pathEnd)) {
    report('SECRET', urlStart(text, at), pathEnd, 0.98);
  }
  return pathEnd;
}

/** At least two segments after the kind, the last one a random secret. */
function isWebhookPath(text: string, start: number, end: number): boolean {
  const kind = wordStartingAt(WEBHOOK_KINDS, text, start);
  if (kind === undefined) return false;
  const segmentsStart = start + kind.length;
  let secretEnd = end;
  if (secretEnd > segmentsStart && text.charCodeAt(secretEnd - 1) === 47) secretEnd--;
  let secretStart = secretEnd;
  while (secretStart > segmentsStart && text.charCodeAt(secretStart - 1) !== 47) secretStart--;
  if (secretStart === segmentsStart) return false;
  return secretEnd - secretStart >= MIN_WEBHOOK_SECRET && !looksLikePlaceholder(text, secretStart, secretEnd);
}

function urlStart(text: string, hostStart: number): number {
  if (text.startsWith('https://', hostStart - 8)) return hostStart - 8;
  if (text.startsWith('http://', hostStart - 7)) return hostStart - 7;
  return hostStart;
}

function findSlackSecrets(text: string, report: Report): void {
  findPrefixedTokens(text, TOKEN_RULES, report);
  examineOccurrences(text, WEBHOOK_HOST, examineWebhook, report);
}

function findSlackSecretsAtHits(text: string, hits: KeywordHits, report: Report): void {
  findPrefixedTokensAtHits(text, TOKEN_RULES, hits, report);
  examineHits(text, hits, WEBHOOK_HOST, examineWebhook, report);
}

export const slackTokenDetector: AnchoredDetector = {
  name: 'secret.slack',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: [...TOKEN_PREFIXES, WEBHOOK_HOST] },
  find: findSlackSecrets,
  findAtHits: findSlackSecretsAtHits,
};
