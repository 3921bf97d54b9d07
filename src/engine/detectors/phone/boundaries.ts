import { isAsciiAlphanumeric, isAsciiDigit, isWordChar } from '../../text/chars.js';
import { endsEscape, startsEscape } from '../../text/escapes.js';
import { isAfterDottedLabel } from './context.js';
import { isSpaceSeparator } from './separators.js';

const PLUS = 43;
const HYPHEN = 45;
const DOT = 46;
const SLASH = 47;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const SEMICOLON = 59;
const HASH = 35;
const AT = 64;
const PERCENT = 37;
const DOLLAR = 36;
const POUND = 0xa3;
const YEN = 0xa5;
const EURO = 0x20ac;

/**
 * True when a phone may start at `start`: not glued to a word or a longer number, not the
 * fraction of a decimal or the tail of a dotted version, path or hyphenated identifier
 * (`v1.2`, `/users/…`, `ORD-2024-…`), not an amount (`$`, `€`), not after a time or port
 * (`10:…`). `tel:+1…`, `phone:555…` and `Tel.030…` still start, as does text after an
 * escaped newline in raw JSON (`\n555-…`). `units` are the code units of `text`, `start` inside it.
 */
export function hasLeftBoundary(text: string, units: Uint16Array, start: number): boolean {
  if (start === 0) return true;
  const before = units[start - 1]!;
  if (isWordChar(before)) return endsEscape(text, start);
  switch (before) {
    case PLUS:
    case HYPHEN:
    case HASH:
    case AT:
    case DOLLAR:
    case POUND:
    case YEN:
    case EURO:
      return false;
    case DOT:
      return start < 2 || !isAsciiAlphanumeric(units[start - 2]!) || isAfterDottedLabel(text, start - 1);
    case SLASH:
    case BACKSLASH:
      return start < 2 || !isAsciiAlphanumeric(units[start - 2]!);
    case COLON:
      return start < 2 || !isAsciiDigit(units[start - 2]!);
    default:
      return true;
  }
}

/**
 * Mirror of {@link hasLeftBoundary} at the exclusive `end`: nothing glued on, no decimal
 * (`…4567.89`, `…4567,5`), file extension, path, hyphenated suffix, time, port or e-mail domain.
 * An escape (`…4567\n` in JSON quoted inside a log line) ends a number like the whitespace it stands for.
 */
export function hasRightBoundary(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const after = text.charCodeAt(end);
  if (isWordChar(after)) return false;
  const next = end + 1 < text.length ? text.charCodeAt(end + 1) : -1;
  switch (after) {
    case AT:
    case PERCENT:
      return false;
    case DOT:
    case HYPHEN:
    case SLASH:
      return !isAsciiAlphanumeric(next);
    case BACKSLASH:
      return !isAsciiAlphanumeric(next) || startsEscape(text, end);
    case COLON:
    case PLUS:
      return !isAsciiDigit(next);
    case COMMA:
      // A decimal comma (`…4567,5`, `…4567,50`); a comma list of phones goes on with three or more digits.
      return !(isAsciiDigit(next) && !(isAsciiDigit(text.charCodeAt(end + 2)) && isAsciiDigit(text.charCodeAt(end + 3))));
    default:
      return true;
  }
}

const EXTENSION_MARKERS = ['extension', 'ext', 'x', '#'];
const LOWER_E = 101;
const LOWER_X = 120;
const TEL_URI_EXTENSION = ';ext=';
const MAX_EXTENSION_DIGITS = 6;

/**
 * End of an extension written after the number (`ext. 123`, `x123`, `#12`, `;ext=12` in a tel
 * URI), so the redaction covers it; `end` itself when there is none or it is not followed by a
 * boundary.
 */
export function extensionEnd(text: string, end: number): number {
  const length = text.length;
  let position = end;
  let markerEnd = -1;
  if (text.charCodeAt(position) === SEMICOLON) {
    markerEnd = matchFolded(text, position, TEL_URI_EXTENSION);
  } else {
    if (text.charCodeAt(position) === COMMA) position++;
    position = skipSpaces(text, position);
    // Every marker opens with `e`, `x` or `#` (case folded by setting 0x20): most numbers stop at that look.
    const opening = text.charCodeAt(position) | 0x20;
    if (opening !== LOWER_E && opening !== LOWER_X && opening !== HASH) return end;
    for (let i = 0; i < EXTENSION_MARKERS.length; i++) {
      markerEnd = matchFolded(text, position, EXTENSION_MARKERS[i]!);
      if (markerEnd !== -1) break;
    }
    if (markerEnd !== -1) {
      const code = text.charCodeAt(markerEnd);
      if (code === DOT || code === COLON) markerEnd++;
      markerEnd = skipSpaces(text, markerEnd);
    }
  }
  if (markerEnd === -1) return end;
  let digitsEnd = markerEnd;
  while (digitsEnd < length && digitsEnd - markerEnd <= MAX_EXTENSION_DIGITS && isAsciiDigit(text.charCodeAt(digitsEnd))) {
    digitsEnd++;
  }
  const digits = digitsEnd - markerEnd;
  if (digits === 0 || digits > MAX_EXTENSION_DIGITS) return end;
  if (digitsEnd < length && isWordChar(text.charCodeAt(digitsEnd))) return end;
  return digitsEnd;
}

function skipSpaces(text: string, position: number): number {
  let end = position;
  while (end < text.length && end - position < 2 && isSpaceSeparator(text.charCodeAt(end))) end++;
  return end;
}

/** Index after `literal` (lower-case ASCII) at `position`, compared case-insensitively; -1 if absent. */
function matchFolded(text: string, position: number, literal: string): number {
  if (position + literal.length > text.length) return -1;
  for (let i = 0; i < literal.length; i++) {
    let code = text.charCodeAt(position + i);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== literal.charCodeAt(i)) return -1;
  }
  return position + literal.length;
}
