import { isAsciiLetter } from './chars.js';

/**
 * True when `keyword` (lower-case ASCII) occurs at `at`, compared ASCII-case-insensitively,
 * with no letter directly before or after it: `ssn` matches in `SSN#` and `user_ssn`, not in
 * `lessness`.
 */
export function isWordAt(text: string, at: number, keyword: string): boolean {
  const end = at + keyword.length;
  if (at < 0 || end > text.length) return false;
  for (let k = 0; k < keyword.length; k++) {
    let code = text.charCodeAt(at + k);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== keyword.charCodeAt(k)) return false;
  }
  if (at > 0 && isAsciiLetter(text.charCodeAt(at - 1))) return false;
  if (end < text.length && isAsciiLetter(text.charCodeAt(end))) return false;
  return true;
}

/**
 * True when one of `keywords` (lower-case ASCII) occurs as a word that ends within the `window`
 * characters before `index`. Used for numbers that are only sensitive when labelled
 * (`SSN: 123456789`). Cost is bounded by `window` plus the longest keyword, times the keywords.
 */
export function hasWordBefore(text: string, index: number, window: number, keywords: readonly string[]): boolean {
  let longest = 0;
  for (const keyword of keywords) longest = Math.max(longest, keyword.length);
  const floor = Math.max(0, index - window - longest);
  for (let at = index - 1; at >= floor; at--) {
    let code = text.charCodeAt(at);
    if (code >= 65 && code <= 90) code += 32;
    for (const keyword of keywords) {
      const end = at + keyword.length;
      if (keyword.charCodeAt(0) !== code || end > index || end < index - window) continue;
      if (isWordAt(text, at, keyword)) return true;
    }
  }
  return false;
}

/**
 * True when one of `keywords` (lower-case ASCII) occurs as a word that starts within the
 * `window` characters after `index` (`Is 123456789 a valid SSN?`).
 */
export function hasWordAfter(text: string, index: number, window: number, keywords: readonly string[]): boolean {
  const ceiling = Math.min(text.length, index + window);
  for (let at = index; at < ceiling; at++) {
    let code = text.charCodeAt(at);
    if (code >= 65 && code <= 90) code += 32;
    for (const keyword of keywords) {
      if (keyword.charCodeAt(0) === code && isWordAt(text, at, keyword)) return true;
    }
  }
  return false;
}

/**
 * True when one of `keywords` ends right before `index`, allowing up to `maxGap` characters of
 * `gapChars` in between (`version: "1.2.3.4"`, `build=1.2.3.4`).
 */
export function hasWordRightBefore(
  text: string,
  index: number,
  keywords: readonly string[],
  gapChars: string,
  maxGap: number,
): boolean {
  let end = index;
  const floor = Math.max(0, index - maxGap);
  while (end > floor && includesCode(gapChars, text.charCodeAt(end - 1))) end--;
  for (const keyword of keywords) {
    if (isWordAt(text, end - keyword.length, keyword)) return true;
  }
  return false;
}

function includesCode(chars: string, code: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true;
  return false;
}
