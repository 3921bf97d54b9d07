/**
 * Synthetic credentials, generated at run time so that no realistic-looking key sits in the
 * repository for secret scanners to flag. Seeded, so every run sees the same values.
 */
import { Scanner } from '../../../src/engine/scanner.js';
import type { Detector, Finding } from '../../../src/engine/types.js';

export const DIGITS = '0123456789';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const ALNUM = UPPER + LOWER + DIGITS;
export const BASE64URL = ALNUM + '-_';
export const BASE64 = ALNUM + '+/';
export const HEX = '0123456789abcdef';

let state = 0x2f6b1d3a;

/** Mulberry32. */
function next(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let x = state;
  x = Math.imul(x ^ (x >>> 15), x | 1);
  x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
}

/** Random characters from `alphabet`, guaranteed to include an upper, a lower and a digit when the alphabet has them. */
export function random(alphabet: string, length: number): string {
  for (;;) {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)]!;
    const wantsMix = /[A-Z]/.test(alphabet) && /[a-z]/.test(alphabet) && /[0-9]/.test(alphabet) && length >= 12;
    if (!wantsMix || (/[A-Z]/.test(out) && /[a-z]/.test(out) && /[0-9]/.test(out))) return out;
  }
}

export const fake = {
  openAiProject: () => 'sk-proj-' + random(BASE64URL, 74) + 'T3BlbkFJ' + random(BASE64URL, 74),
  openAiServiceAccount: () => 'sk-svcacct-' + random(BASE64URL, 60),
  openAiAdmin: () => 'sk-admin-' + random(BASE64URL, 60),
  openAiLegacy: () => 'sk-' + random(ALNUM, 20) + 'T3BlbkFJ' + random(ALNUM, 20),
  anthropic: () => 'sk-ant-api03-' + random(BASE64URL, 93) + 'AA',
  anthropicAdmin: () => 'sk-ant-admin01-' + random(BASE64URL, 93) + 'AA',
  awsKeyId: (prefix = 'AKIA') => prefix + random(UPPER + '234567', 16),
  awsSecret: () => random(BASE64, 40),
  github: (prefix = 'ghp_') => prefix + random(ALNUM, 36),
  githubFineGrained: () => 'github_pat_' + random(ALNUM, 22) + '_' + random(ALNUM + '_', 59),
  gitlab: () => 'glpat-' + random(BASE64URL, 20),
  slackBot: () => `xoxb-${random(DIGITS, 12)}-${random(DIGITS, 13)}-${random(ALNUM, 24)}`,
  slackApp: () => `xapp-1-A${random(UPPER + DIGITS, 10)}-${random(DIGITS, 13)}-${random(HEX, 64)}`,
  slackWebhook: () => `https://hooks.slack.com/services/T${random(UPPER + DIGITS, 8)}/B${random(UPPER + DIGITS, 10)}/${random(ALNUM, 24)}`,
  stripe: (prefix = 'sk_live_') => prefix + random(ALNUM, 24),
  stripeWebhook: () => 'whsec_' + random(BASE64, 32),
  google: () => 'AIza' + random(BASE64URL, 35),
  npm: () => 'npm_' + random(ALNUM, 36),
  huggingFace: () => 'hf_' + random(UPPER + LOWER, 34),
  sendGrid: () => `SG.${random(BASE64URL, 22)}.${random(BASE64URL, 43)}`,
  twilioKeySid: () => 'SK' + random(HEX, 32),
  opaqueToken: (length = 32) => random(ALNUM, length),
};

/** A JWT with the given header (default HS256) and a random signature. */
export function jwt(header: object = { alg: 'HS256', typ: 'JWT' }, payload: object = { sub: 'user-0042', iat: 1700000000 }): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode(header)}.${encode(payload)}.${random(BASE64URL, 43)}`;
}

/** A PEM block with a random body of `lines` 64-character lines. */
export function pem(label = 'PRIVATE KEY', lines = 8, newline = '\n'): string {
  const body: string[] = [];
  for (let i = 0; i < lines; i++) body.push(random(BASE64, 64));
  return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join(newline);
}

/** Findings of `detectors` on `text`, run through a real Scanner so that triggers are exercised. */
export function scan(detectors: Detector | readonly Detector[], text: string): readonly Finding[] {
  return new Scanner(Array.isArray(detectors) ? detectors : [detectors as Detector]).scan(text);
}

/** The matched substrings. */
export function matches(detectors: Detector | readonly Detector[], text: string): string[] {
  return scan(detectors, text).map((finding) => text.slice(finding.start, finding.end));
}
