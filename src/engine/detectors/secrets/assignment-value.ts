import { isAsciiDigit } from '../../text/chars.js';
import { isIdentifierChar, isIdentifierPath } from './code-reference.js';
import { isKeyChar, keyBoundaryRight } from './assignment-key.js';

/**
 * The value side of `key=value`, `key: value`, `"key": "value"` and `KEY="value"`: separator,
 * quoting (also JSON-escaped `\\"`), where an unquoted value ends, and when it is code.
 */

const MAX_VALUE = 512;
const MAX_SPACES = 4;

/**
 * The value found by the last `parseAssignedValue` that returned true; reused so that scanning
 * allocates nothing. After a false return, `end` still says where scanning may resume.
 */
export const assignedValue = { start: 0, end: 0, quoted: false };

/**
 * Parses `[quote] spaces (= | : | := | =>) spaces [quote] value [quote]` after a key. Unquoted
 * values end at whitespace or punctuation; after `:` they must also end the line or the pair
 * (YAML, headers), so prose such as `Password: must be 8 characters` is not a value.
 */
export function parseAssignedValue(text: string, keyEnd: number): boolean {
  assignedValue.end = keyEnd;
  let i = separatorAfterKey(text, keyEnd);
  if (i === -1) return false;
  const keyQuoted = isQuote(text.charCodeAt(keyEnd));
  const separator = text.charCodeAt(i);
  if (separator === 44) return keyQuoted && parseArgumentPair(text, skipSpaces(text, i + 1));
  if (separator === 61) {
    if (text.charCodeAt(i + 1) === 61) return false;
    i += text.charCodeAt(i + 1) === 62 ? 2 : 1;
  } else if (separator === 58) {
    if (text.charCodeAt(i + 1) === 58) return false;
    i += text.charCodeAt(i + 1) === 61 ? 2 : 1;
  } else {
    return false;
  }
  i = skipSpaces(text, i);
  const opener = text.charCodeAt(i);
  if (opener === 34 || opener === 39 || opener === 96) return parseQuoted(text, i + 1, opener, false);
  if (opener === 92 && isQuote(text.charCodeAt(i + 1))) return parseQuoted(text, i + 2, text.charCodeAt(i + 1), true);
  return parseUnquoted(text, i, separator === 58);
}

/**
 * Where the `=`, `:` or `,` after a key is (past a closing quote and a few spaces), or -1: the
 * cheap first step of `parseAssignedValue`, which cannot succeed without one.
 */
export function separatorAfterKey(text: string, keyEnd: number): number {
  let i = keyEnd;
  const afterKey = text.charCodeAt(i);
  if (isQuote(afterKey)) i++;
  else if (afterKey === 92 && isQuote(text.charCodeAt(i + 1))) i += 2;
  i = skipSpaces(text, i);
  const separator = text.charCodeAt(i);
  return separator === 44 || separator === 61 || separator === 58 ? i : -1;
}

/**
 * `define('DB_PASSWORD', 'value')`, `("password", "value")`: a quoted key and a quoted value
 * as the two arguments of a call or tuple. The closing `)` keeps lists of field names
 * (`["username", "password", "email"]`) out.
 */
function parseArgumentPair(text: string, opener: number): boolean {
  const quote = text.charCodeAt(opener);
  if (!isQuote(quote) || !parseQuoted(text, opener + 1, quote, false)) return false;
  const after = skipSpaces(text, assignedValue.end + 1);
  return text.charCodeAt(after) === 41;
}

function isQuote(code: number): boolean {
  return code === 34 || code === 39;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i - from < MAX_SPACES && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

function parseQuoted(text: string, start: number, quote: number, escaped: boolean): boolean {
  const limit = Math.min(text.length, start + MAX_VALUE);
  for (let i = start; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return false;
    if (code === 92) {
      if (escaped && text.charCodeAt(i + 1) === quote) return setValue(start, i, true);
      i++;
      continue;
    }
    if (code === quote && !escaped) return setValue(start, i, true);
  }
  return false;
}

function endsUnquoted(code: number): boolean {
  // whitespace " ' ` < > ( ) [ ] { } \ |
  return (
    code <= 32 || code === 34 || code === 39 || code === 96 || code === 60 || code === 62 || code === 40 ||
    code === 41 || code === 91 || code === 93 || code === 123 || code === 125 || code === 92 || code === 124
  );
}

/** `&`, `;` and `,` separate pairs (`a=1&b=2`, `Password=x;Server=y`) but may sit inside a password. */
function isPairSeparator(code: number): boolean {
  return code === 38 || code === 59 || code === 44;
}

/** Whether the `&`, `;` or `,` at `at` is followed by whitespace, the end, or another `key=`. */
function separatesPairs(text: string, at: number): boolean {
  const next = at + 1;
  if (next >= text.length || text.charCodeAt(next) <= 32) return true;
  const keyEnd = keyBoundaryRight(text, next);
  if (keyEnd === -1 || keyEnd === next) return keyEnd === next;
  const separator = text.charCodeAt(keyEnd);
  return separator === 61 || separator === 58;
}

function parseUnquoted(text: string, start: number, afterColon: boolean): boolean {
  let end = start;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (isPairSeparator(code) ? separatesPairs(text, end) : endsUnquoted(code)) break;
  }
  if (end - start > MAX_VALUE) {
    // Too long for a credential; resume after it so the run is not walked again per key inside it.
    assignedValue.end = end;
    return false;
  }
  // A sentence may end right after the value.
  while (end > start && text.charCodeAt(end - 1) === 46) end--;
  if (end === start) return false;
  if (isCodeValue(text, start, end, afterColon)) return false;
  if (afterColon && !endsPair(text, end)) return false;
  return setValue(start, end, false);
}

/**
 * Unquoted values that are code: calls (`getpass()`, `z.string()`), paths (`process.env.X`,
 * `options?.password`), and bare identifiers used as arguments, object members, type
 * annotations or assignments (`password: BinaryLike,`, `password = strict;`, `(password=pw)`).
 * A bare identifier at the end of a line stays a value: `password: hunter2` in YAML or INI.
 */
function isCodeValue(text: string, start: number, end: number, afterColon: boolean): boolean {
  if (isIdentifierPath(text, start, end)) return true;
  let i = end;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const next = text.charCodeAt(i);
  // ( [
  if (next === 40 || next === 91) return true;
  if (!isIdentifier(text, start, end)) return false;
  // , ) ; } = |  after `key: ident`;  , ) = and a spaced `key = ident;` after `=`
  if (afterColon) return next === 44 || next === 41 || next === 59 || next === 125 || next === 61 || next === 124;
  if (next === 44 || next === 41 || next === 61) return true;
  return next === 59 && isSpacedAssignment(text, start);
}

function isIdentifier(text: string, start: number, end: number): boolean {
  if (isAsciiDigit(text.charCodeAt(start))) return false;
  for (let i = start; i < end; i++) if (!isIdentifierChar(text.charCodeAt(i))) return false;
  return true;
}

/** `password = strict;` (a statement) rather than `Password=hunter2;` (a connection string). */
function isSpacedAssignment(text: string, valueStart: number): boolean {
  let i = valueStart - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return text.charCodeAt(i) === 61 && i > 0 && text.charCodeAt(i - 1) === 32;
}

function setValue(start: number, end: number, quoted: boolean): boolean {
  assignedValue.start = start;
  assignedValue.end = end;
  assignedValue.quoted = quoted;
  return end > start;
}

/** After `key: value`, only the end of the line, a delimiter or another `key:` may follow. */
function endsPair(text: string, valueEnd: number): boolean {
  let i = valueEnd;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  if (i >= text.length) return true;
  const code = text.charCodeAt(i);
  if (!isKeyChar(code)) return code !== 61 && code !== 58 && code !== 63 && code !== 33 && !isAsciiDigit(code);
  const nextKeyEnd = keyBoundaryRight(text, i);
  if (nextKeyEnd === -1) return false;
  const separator = text.charCodeAt(nextKeyEnd);
  return separator === 58 || separator === 61;
}

