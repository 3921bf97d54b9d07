import type { Report } from '../../types.js';
import type { AnchoredDetector } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { isAsciiDigit, isAsciiUpper } from '../../text/chars.js';
import { isBase64Char } from './token-shape.js';

const BEGIN = '-----BEGIN ';
const END = '-----END ';
const DASHES = '-----';
const MAX_LABEL = 48;
/** An RSA-8192 key is about 6.5 KB of PEM; an END further away than this is not ours. */
const MAX_BLOCK = 16_384;

/**
 * PEM private key blocks (`-----BEGIN [RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP ]PRIVATE KEY[ BLOCK]-----`)
 * through their END line, whether lines are split by real newlines or by the two characters
 * `\n` of a JSON string. A block without an END (a truncated attribute) is reported up to the
 * end of its body: failing closed. The position of the next END marker is cached, so many
 * unclosed BEGINs still cost one pass.
 */
function findPrivateKeys(text: string, report: Report): void {
  let nextEnd = -2;
  let at = text.indexOf(BEGIN);
  while (at !== -1) {
    const headerEnd = privateKeyHeaderEnd(text, at);
    if (headerEnd === -1) {
      at = text.indexOf(BEGIN, at + 1);
      continue;
    }
    if (nextEnd !== -1 && nextEnd < headerEnd) nextEnd = text.indexOf(END, headerEnd);
    const end = blockEnd(text, at, headerEnd, nextEnd);
    report('SECRET', at, end, 0.99);
    at = text.indexOf(BEGIN, end);
  }
}

/** `findPrivateKeys` from the scanner's hits of `-----BEGIN`: no search for the BEGIN lines. */
function findPrivateKeysAtHits(text: string, hits: KeywordHits, report: Report): void {
  let nextEnd = -2;
  let resume = 0;
  for (let h = 0; h < hits.count; h++) {
    const at = hits.starts[h]!;
    if (at < resume || !text.startsWith(BEGIN, at)) continue;
    const headerEnd = privateKeyHeaderEnd(text, at);
    if (headerEnd === -1) continue;
    if (nextEnd !== -1 && nextEnd < headerEnd) nextEnd = text.indexOf(END, headerEnd);
    const end = blockEnd(text, at, headerEnd, nextEnd);
    report('SECRET', at, end, 0.99);
    resume = end;
  }
}

/** Through the END line when it is near enough, else the end of the body. */
function blockEnd(text: string, at: number, headerEnd: number, nextEnd: number): number {
  return nextEnd !== -1 && nextEnd - at <= MAX_BLOCK ? endLineEnd(text, nextEnd) : bodyEnd(text, headerEnd);
}

/** Index after the `-----` closing a BEGIN line whose label ends in PRIVATE KEY (BLOCK), or -1. */
function privateKeyHeaderEnd(text: string, at: number): number {
  const labelStart = at + BEGIN.length;
  let labelEnd = labelStart;
  while (labelEnd < text.length && labelEnd - labelStart < MAX_LABEL && isLabelChar(text.charCodeAt(labelEnd))) labelEnd++;
  if (!text.startsWith(DASHES, labelEnd)) return -1;
  return labelEndsWith(text, labelStart, labelEnd, 'PRIVATE KEY') || labelEndsWith(text, labelStart, labelEnd, 'PRIVATE KEY BLOCK')
    ? labelEnd + DASHES.length
    : -1;
}

function labelEndsWith(text: string, labelStart: number, labelEnd: number, suffix: string): boolean {
  return labelEnd - labelStart >= suffix.length && text.startsWith(suffix, labelEnd - suffix.length);
}

function isLabelChar(code: number): boolean {
  return isAsciiUpper(code) || isAsciiDigit(code) || code === 32;
}

function endLineEnd(text: string, endAt: number): number {
  let i = endAt + END.length;
  const limit = Math.min(text.length, i + MAX_LABEL);
  while (i < limit && isLabelChar(text.charCodeAt(i))) i++;
  return text.startsWith(DASHES, i) ? i + DASHES.length : i;
}

/**
 * End of an unclosed body: base64, whitespace, `\n`-style escapes and the `Proc-Type:` /
 * `DEK-Info:` header lines of encrypted keys, up to the next `-----` or anything else.
 */
function bodyEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 45 && text.startsWith(DASHES, i)) break;
    if (!isBase64Char(code) && !isBodyPunctuation(code)) break;
    i++;
  }
  while (i > from && isTrailingNoise(text.charCodeAt(i - 1))) i--;
  return Math.max(i, from);
}

function isBodyPunctuation(code: number): boolean {
  // \n \r \t space \ : , -
  return code === 10 || code === 13 || code === 9 || code === 32 || code === 92 || code === 58 || code === 44 || code === 45;
}

function isTrailingNoise(code: number): boolean {
  return code === 10 || code === 13 || code === 9 || code === 32 || code === 92;
}

export const privateKeyDetector: AnchoredDetector = {
  name: 'secret.private-key',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: ['-----BEGIN'] },
  find: findPrivateKeys,
  findAtHits: findPrivateKeysAtHits,
};
