import { isHexDigit } from './chars.js';

const BACKSLASH = 92;
const LOWER_U = 117;
const LOWER_N = 110;
const LOWER_R = 114;
const LOWER_T = 116;

/**
 * True when the characters right before `at` are a string escape that stands for whitespace or
 * another character: `\n`, `\r`, `\t` (also double-escaped, `\\n`, whose letter still follows a
 * backslash) or `\u00e9`-style. JSON quoted inside a log line is scanned as text, and there the
 * letter of `\n4111 …` would otherwise glue itself to the value that follows and hide it.
 * `\"` and `\/` need no help: their last character is no word character.
 */
export function endsEscape(text: string, at: number): boolean {
  if (at < 2) return false;
  const letter = text.charCodeAt(at - 1);
  if ((letter === LOWER_N || letter === LOWER_R || letter === LOWER_T) && text.charCodeAt(at - 2) === BACKSLASH) {
    return true;
  }
  if (at < 6 || text.charCodeAt(at - 6) !== BACKSLASH || text.charCodeAt(at - 5) !== LOWER_U) return false;
  for (let i = at - 4; i < at; i++) if (!isHexDigit(text.charCodeAt(i))) return false;
  return true;
}

/** True when a `\n`, `\r`, `\t` or `\u00e9`-style escape starts at `at`: the mirror of {@link endsEscape}. */
export function startsEscape(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== BACKSLASH) return false;
  const letter = text.charCodeAt(at + 1);
  if (letter === LOWER_N || letter === LOWER_R || letter === LOWER_T) return true;
  if (letter !== LOWER_U || at + 6 > text.length) return false;
  for (let i = at + 2; i < at + 6; i++) if (!isHexDigit(text.charCodeAt(i))) return false;
  return true;
}
