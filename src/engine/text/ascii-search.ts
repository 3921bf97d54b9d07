import { isAsciiUpper } from './chars.js';

/** ASCII case folding and bounded searches inside a slice, for scanners that must not allocate. */

/** Lower-cases ASCII letters; every other code unit is returned as is. */
export function toLowerAscii(code: number): number {
  return isAsciiUpper(code) ? code + 32 : code;
}

/** Case-insensitive search for an ASCII lower-case `needle` fully inside `[from, to)`. */
export function containsIgnoreCase(text: string, needle: string, from: number, to: number): boolean {
  const last = Math.min(to, text.length) - needle.length;
  const first = needle.charCodeAt(0);
  for (let i = Math.max(0, from); i <= last; i++) {
    if (toLowerAscii(text.charCodeAt(i)) !== first) continue;
    let k = 1;
    while (k < needle.length && toLowerAscii(text.charCodeAt(i + k)) === needle.charCodeAt(k)) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/**
 * Whether `literal` is spelled at `at` of `text`, case-sensitively: `startsWith` with a position,
 * as a loop the compiler inlines (the built-in is a call, and hot paths ask for short literals).
 */
export function startsWithAt(text: string, at: number, literal: string): boolean {
  for (let k = 0; k < literal.length; k++) if (text.charCodeAt(at + k) !== literal.charCodeAt(k)) return false;
  return true;
}

/** Case-insensitive `startsWith` for an ASCII lower-case `needle`. */
export function startsWithIgnoreCase(text: string, needle: string, at: number): boolean {
  if (at < 0 || at + needle.length > text.length) return false;
  for (let k = 0; k < needle.length; k++) {
    if (toLowerAscii(text.charCodeAt(at + k)) !== needle.charCodeAt(k)) return false;
  }
  return true;
}

/** Case-sensitive search for `needle` fully inside `[from, to)`; bounded, unlike `indexOf`. */
export function containsWithin(text: string, needle: string, from: number, to: number): boolean {
  const last = Math.min(to, text.length) - needle.length;
  for (let i = Math.max(0, from); i <= last; i++) if (text.startsWith(needle, i)) return true;
  return false;
}
