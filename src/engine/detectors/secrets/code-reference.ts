import { isAsciiAlphanumeric, isAsciiDigit, isAsciiLower, isAsciiUpper } from '../../text/chars.js';
import { codeUnitsOf } from '../../text/code-units.js';

/**
 * Values that are code rather than data: prompts and tool calls carry source code, where
 * `token: accessToken` or `password: options?.password` names a secret without holding it.
 */

/**
 * `privateKeyStream`, `SuperSecretToken`, `?InterpolationInTemplate`: words of letters, each
 * capital followed by a lower-case letter, split only by punctuation. Code
 * identifiers look like this; random strings practically never do.
 */
export function isCamelCaseWords(text: string, start: number, end: number): boolean {
  const units = codeUnitsOf(text);
  let letters = 0;
  for (let i = start; i < end; i++) {
    const code = units[i]!;
    if (isAsciiLower(code)) {
      letters++;
      continue;
    }
    if (isAsciiUpper(code)) {
      if (i + 1 >= end || !isAsciiLower(units[i + 1]!)) return false;
      letters++;
      continue;
    }
    if (isAsciiDigit(code) || code > 127) return false;
  }
  return letters > 0;
}

/**
 * `process.env.API_KEY`, `options?.password`, `self.token`: dotted identifiers, which in
 * text that carries code are references to a secret, not the secret.
 */
export function isIdentifierPath(text: string, start: number, end: number): boolean {
  const units = codeUnitsOf(text);
  let dots = 0;
  let segmentStart = start;
  for (let i = start; i <= end; i++) {
    const code = i < end ? units[i]! : 46;
    if (code === 46) {
      const segmentEnd = i > segmentStart && (units[i - 1] === 63 || units[i - 1] === 33) ? i - 1 : i;
      if (segmentEnd === segmentStart || isAsciiDigit(units[segmentStart]!)) return false;
      if (i < end) dots++;
      segmentStart = i + 1;
    } else if (!isIdentifierChar(code) && !((code === 63 || code === 33) && i + 1 < text.length && units[i + 1] === 46)) {
      return false;
    }
  }
  return dots > 0;
}

/** Letters, digits, `_` and `$`. */
export function isIdentifierChar(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 95 || code === 36;
}

/** A code reference rather than a value: a dotted identifier path or camel-cased words. */
export function looksLikeCodeReference(text: string, start: number, end: number): boolean {
  return isIdentifierPath(text, start, end) || isCamelCaseWords(text, start, end);
}
