import type { Report } from '../../types.js';
import { isAsciiLetter } from '../../text/chars.js';
import { isOneOfIgnoreCase } from '../../text/word-lists.js';
import { type AnchoredDetector, findViaOwnSweep } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { isMaskOrTemplate, looksLikePlaceholder } from './placeholder.js';
import { DIGIT, LOWER, UPPER, charClasses, isTokenStart } from './token-shape.js';

const KEYWORDS = ['cookie'];
const MAX_GAP = 8;
const MAX_NAME = 128;
const MAX_VALUE = 4096;
const MIN_VALUE = 8;
/** `Set-Cookie` attributes: their values (dates, paths, domains) are not the cookie. */
const ATTRIBUTES = ['expires', 'max-age', 'domain', 'path', 'samesite', 'priority', 'partitioned', 'secure', 'httponly', 'version', 'comment'];

/** Quotes, escapes and brackets between a header name, its separator and its value. */
function isGapChar(code: number): boolean {
  return code === 32 || code === 9 || code === 34 || code === 39 || code === 92 || code === 91;
}

/** RFC 6265 cookie-octets minus the pair and list separators. */
function isValueChar(code: number): boolean {
  return code > 32 && code !== 59 && code !== 44 && code !== 34 && code !== 39 && code !== 92 && code < 127;
}

function isNameChar(code: number): boolean {
  return isValueChar(code) && code !== 61;
}

/**
 * Cookie values in `Cookie:` / `Set-Cookie:` headers, JSON header maps and curl `--cookie`
 * options: session ids and signed session blobs are bearer credentials. Each `name=value`
 * pair is reported on its own, the names stay. Short or plain-word values (`theme=dark`,
 * `lang=en-US`) and `Set-Cookie` attributes are left alone.
 */
function findCookieValuesAtHits(text: string, hits: KeywordHits, report: Report): void {
  let resume = 0;
  for (let h = 0; h < hits.count; h++) {
    const nameStart = hits.starts[h]!;
    if (nameStart < resume) continue;
    const nameEnd = hits.ends[h]!;
    resume = nameEnd;
    if (!isTokenStart(text, nameStart, isAsciiLetter)) continue;
    const valueStart = afterSeparator(text, nameStart, nameEnd);
    if (valueStart === -1) continue;
    resume = Math.max(resume, reportPairs(text, valueStart, report));
  }
}

/** `Cookie:`, `"cookie": "`, `cookie=`, and curl's `--cookie "`; -1 for prose mentions. */
function afterSeparator(text: string, nameStart: number, nameEnd: number): number {
  let i = nameEnd;
  while (i < text.length && i - nameEnd < MAX_GAP && isGapChar(text.charCodeAt(i))) i++;
  const separator = text.charCodeAt(i);
  const curlOption = text.startsWith('--', nameStart - 2) && i > nameEnd;
  if (separator === 58 || separator === 61) i++;
  else if (!curlOption) return -1;
  const gapStart = i;
  while (i < text.length && i - gapStart < MAX_GAP && isGapChar(text.charCodeAt(i))) i++;
  return i;
}

/** Walks `name=value; name=value…`, reporting qualifying values; returns where the list ends. */
function reportPairs(text: string, from: number, report: Report): number {
  let i = from;
  for (;;) {
    while (text.charCodeAt(i) === 32) i++;
    const nameStart = i;
    while (i < text.length && i - nameStart < MAX_NAME && isNameChar(text.charCodeAt(i))) i++;
    if (i === nameStart || text.charCodeAt(i) !== 61) return i;
    const nameEnd = i;
    const valueStart = i + 1;
    i = valueStart;
    while (i < text.length && i - valueStart < MAX_VALUE && isValueChar(text.charCodeAt(i))) i++;
    if (!isAttribute(text, nameStart, nameEnd) && isCookieSecret(text, valueStart, i)) report('SECRET', valueStart, i, 0.85);
    if (text.charCodeAt(i) !== 59) return i;
    i++;
  }
}

function isAttribute(text: string, start: number, end: number): boolean {
  return isOneOfIgnoreCase(ATTRIBUTES, text, start, end);
}

function isCookieSecret(text: string, start: number, end: number): boolean {
  if (end - start < MIN_VALUE || isMaskOrTemplate(text, start, end)) return false;
  const mask = charClasses(text, start, end);
  const mixed = (mask & DIGIT) !== 0 || ((mask & UPPER) !== 0 && (mask & LOWER) !== 0);
  return mixed && !looksLikePlaceholder(text, start, end);
}

export const cookieDetector: AnchoredDetector = {
  name: 'secret.cookie',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: KEYWORDS },
  find: findViaOwnSweep(KEYWORDS, findCookieValuesAtHits),
  findAtHits: findCookieValuesAtHits,
};
