import type { Report } from '../../types.js';
import type { AnchoredDetector } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { examineHits, examineOccurrences } from './occurrences.js';
import { isAsciiAlphanumeric } from '../../text/chars.js';
import { isOneOfIgnoreCase } from '../../text/word-lists.js';
import { isMaskOrTemplate } from './placeholder.js';

const SCHEME_END = '://';
const MAX_USERINFO = 512;

/** Characters that end the authority part of a URL in text (path, query, fragment, quoting). */
function endsAuthority(code: number): boolean {
  // whitespace / ? # " ' < > \ ` [ ] |
  return (
    code <= 32 || code === 47 || code === 63 || code === 35 || code === 34 || code === 39 || code === 60 ||
    code === 62 || code === 92 || code === 96 || code === 91 || code === 93 || code === 124
  );
}

/**
 * `scheme://user:password@host`: reports `user:password` (the user name is often an email or
 * account id, so it goes too). Needs a non-empty password: `https://user@github.com` and
 * `postgres://localhost:5432/db` are left alone, and so are masked, templated or stand-in
 * passwords (`postgres://app:****@db`, `redis://:${REDIS_PASSWORD}@cache`, `user:password@`).
 */
function findUrlCredentials(text: string, report: Report): void {
  examineOccurrences(text, SCHEME_END, examineCandidate, report);
}

function findUrlCredentialsAtHits(text: string, hits: KeywordHits, report: Report): void {
  examineHits(text, hits, SCHEME_END, examineCandidate, report);
}

function examineCandidate(text: string, at: number, report: Report): number {
  const userinfoStart = at + SCHEME_END.length;
  if (at === 0 || !isAsciiAlphanumeric(text.charCodeAt(at - 1))) return userinfoStart;
  const limit = Math.min(text.length, userinfoStart + MAX_USERINFO);
  let lastAt = -1;
  let colon = -1;
  let i = userinfoStart;
  for (; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (endsAuthority(code)) break;
    // The last `@` wins, as in WHATWG URL parsing: passwords may contain a raw `@`.
    if (code === 64) lastAt = i;
    else if (code === 58 && colon === -1) colon = i;
  }
  if (lastAt !== -1 && hasHostAfter(text, lastAt + 1)) {
    if (colon !== -1 && colon < lastAt && !isPlaceholderPassword(text, colon + 1, lastAt)) {
      report('SECRET', userinfoStart, lastAt, 0.96);
    }
  }
  return i;
}

/** Documentation stand-ins: `postgres://user:password@localhost`, `amqp://app:changeme@mq`. */
const PLACEHOLDER_PASSWORDS = ['password', 'passwd', 'pass', 'pwd', 'secret', 'changeme'];

function isPlaceholderPassword(text: string, start: number, end: number): boolean {
  if (isMaskOrTemplate(text, start, end)) return true;
  return isOneOfIgnoreCase(PLACEHOLDER_PASSWORDS, text, start, end);
}

function hasHostAfter(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  return isAsciiAlphanumeric(code) || code === 91 || code === 95;
}

export const urlCredentialsDetector: AnchoredDetector = {
  name: 'secret.url-credentials',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: [SCHEME_END] },
  find: findUrlCredentials,
  findAtHits: findUrlCredentialsAtHits,
};
