import type { Detector, Report } from '../../types.js';
import { isAsciiLetter } from '../../text/chars.js';
import { isMaskOrTemplate } from './placeholder.js';
import { isTokenStart } from './token-shape.js';
import { wordStartingAt } from '../../text/word-lists.js';

const COMMAND = 'curl';
/** `--user`, `--proxy-user`, `-u`, `-U`, each followed by a space, `=` or (short forms) the value itself. */
const LONG_OPTIONS = ['--user', '--proxy-user'];
const SHORT_OPTIONS = ['-u', '-U'];
const MAX_COMMAND = 8192;
const MAX_VALUE = 512;

/**
 * `curl -u user:password …` and `--user "AKIA…:secret"`: Basic-auth credentials given on the
 * command line. Only inside a curl command (`docker run -u 1000:1000` is a uid:gid), only with
 * a non-empty, non-template password (`-u "$USER:$TOKEN"` stays).
 */
function findCurlCredentials(text: string, report: Report): void {
  let at = text.indexOf(COMMAND);
  while (at !== -1) {
    const end = commandEnd(text, at + COMMAND.length);
    if (isTokenStart(text, at, isAsciiLetter) && !isAsciiLetter(text.charCodeAt(at + COMMAND.length))) {
      findOptions(text, at + COMMAND.length, end, report);
    }
    at = text.indexOf(COMMAND, Math.max(end, at + 1));
  }
}

/** End of the command: the first newline not escaped by a trailing backslash, or a bound. */
function commandEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_COMMAND);
  for (let i = from; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 && text.charCodeAt(i - 1) !== 92 && !(text.charCodeAt(i - 1) === 13 && text.charCodeAt(i - 2) === 92)) return i;
  }
  return limit;
}

function findOptions(text: string, from: number, end: number, report: Report): void {
  for (let i = from; i < end; i++) {
    if (text.charCodeAt(i) !== 45 || !isSpace(text.charCodeAt(i - 1))) continue;
    const valueStart = optionValueStart(text, i);
    if (valueStart === -1) continue;
    i = reportValue(text, valueStart, end, report);
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10;
}

/** Start of the value of a credential option at `at`, or -1 when `at` starts another option. */
function optionValueStart(text: string, at: number): number {
  const long = wordStartingAt(LONG_OPTIONS, text, at);
  if (long !== undefined) {
    const after = at + long.length;
    const code = text.charCodeAt(after);
    if (code === 61) return after + 1;
    return isSpace(code) ? skipSpaces(text, after) : -1;
  }
  const short = wordStartingAt(SHORT_OPTIONS, text, at);
  if (short !== undefined) {
    const after = at + short.length;
    return isSpace(text.charCodeAt(after)) ? skipSpaces(text, after) : after;
  }
  return -1;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** Reports `user:password` starting at `start` (quoted or not); returns where scanning resumes. */
function reportValue(text: string, start: number, commandEnd: number, report: Report): number {
  const quote = text.charCodeAt(start);
  const quoted = quote === 34 || quote === 39;
  const valueStart = quoted ? start + 1 : start;
  const limit = Math.min(commandEnd, valueStart + MAX_VALUE);
  let end = valueStart;
  while (end < limit && (quoted ? text.charCodeAt(end) !== quote : text.charCodeAt(end) > 32)) end++;
  let colon = valueStart;
  while (colon < end && text.charCodeAt(colon) !== 58) colon++;
  // `<user>:<password>`, `$USER:$TOKEN` and the strategies' own `<SECRET:…>` tokens are not credentials.
  if (colon < end - 1 && !isMaskOrTemplate(text, valueStart, end) && !isMaskOrTemplate(text, colon + 1, end)) {
    report('SECRET', valueStart, end, 0.9);
  }
  return end;
}

export const curlCredentialsDetector: Detector = {
  name: 'secret.curl-credentials',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: [COMMAND] },
  find: findCurlCredentials,
};
