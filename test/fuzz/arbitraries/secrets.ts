// Generators of credentials in their providers' published formats. Bodies are random but
// "random-looking" by construction (all three character classes, no placeholder words, no
// typed counting runs, no dominant character): a body like `aaaa…` or `1234…` is a placeholder
// by design and detectors are right to keep it, so shrinking must never reach one.
import fc from 'fast-check';
import type { Planted } from './numbers.js';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const BASE64URL = ALNUM + '-_';
const BASE32_UPPER = UPPER + '234567';

const PLACEHOLDER_WORDS = ['xxx', 'your', 'placeholder', 'redacted', 'dummy', 'example', 'sample', 'insert', 'fake', 'changeme', 'test'];

/** What a person would type or what a placeholder looks like; random keys practically never are. */
function looksTyped(body: string, needClasses: string): boolean {
  if (needClasses.includes('U') && !/[A-Z]/.test(body)) return true;
  if (needClasses.includes('L') && !/[a-z]/.test(body)) return true;
  if (needClasses.includes('D') && !/[0-9]/.test(body)) return true;
  const lower = body.toLowerCase();
  if (PLACEHOLDER_WORDS.some((word) => lower.includes(word))) return true;
  const counts = new Map<string, number>();
  let run = 0;
  for (let i = 0; i < body.length; i++) {
    counts.set(body[i]!, (counts.get(body[i]!) ?? 0) + 1);
    if (i > 0 && Math.abs(body.charCodeAt(i) - body.charCodeAt(i - 1)) === 1) {
      if (++run >= 3) return true;
    } else {
      run = 0;
    }
  }
  const top = Math.max(...counts.values());
  return body.length >= 8 && top / body.length > 0.2;
}

/** Mulberry32 from a seed: uniform characters, as a key generator produces them. */
function uniformBody(alphabet: string, length: number, seed: number): string {
  let state = seed >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    out += alphabet[Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * alphabet.length)]!;
  }
  return out;
}

/**
 * A random body of `length` characters from `alphabet`, containing the classes in `classes`
 * (U, L, D). Drawn uniformly from a seed: fast-check's own string generators prefer the first
 * characters of the alphabet, which makes `ABC…` runs far likelier than in a real key, and
 * shrinking a seed still yields random-looking bodies.
 */
export function randomBody(alphabet: string, length: number, classes = 'ULD'): fc.Arbitrary<string> {
  return fc
    .noBias(fc.integer({ min: 0, max: 0xffffffff }))
    .map((seed) => uniformBody(alphabet, length, seed))
    .filter((body) => !looksTyped(body, classes));
}

export const openAiProjectKey: fc.Arbitrary<Planted> = fc
  .tuple(randomBody(BASE64URL, 74), randomBody(BASE64URL, 74))
  .map(([a, b]) => ({ kind: 'secret/openai/sk-proj', value: `sk-proj-${a}T3BlbkFJ${b}` }));

export const openAiLegacyKey: fc.Arbitrary<Planted> = fc
  .tuple(randomBody(ALNUM, 20), randomBody(ALNUM, 20))
  .map(([a, b]) => ({ kind: 'secret/openai/legacy', value: `sk-${a}T3BlbkFJ${b}` }));

export const gitHubToken: fc.Arbitrary<Planted> = fc
  .tuple(fc.constantFrom('ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'), randomBody(ALNUM, 36))
  .map(([prefix, body]) => ({ kind: `secret/github/${prefix}`, value: prefix + body }));

export const awsAccessKeyId: fc.Arbitrary<Planted> = fc
  .tuple(fc.constantFrom('AKIA', 'ASIA'), randomBody(BASE32_UPPER, 16, 'UD'))
  .map(([prefix, body]) => ({ kind: `secret/aws/${prefix}`, value: prefix + body }));

export const slackBotToken: fc.Arbitrary<Planted> = fc
  .tuple(randomBody(DIGITS, 12, 'D'), randomBody(DIGITS, 13, 'D'), randomBody(ALNUM, 24))
  .map(([team, bot, secret]) => ({ kind: 'secret/slack/xoxb', value: `xoxb-${team}-${bot}-${secret}` }));

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Signed (HS/RS/ES) tokens with a small random payload; the signature is random base64url. */
export const jwt: fc.Arbitrary<Planted> = fc
  .record({
    alg: fc.constantFrom('HS256', 'RS256', 'ES256', 'HS512'),
    typ: fc.boolean(),
    sub: fc.stringMatching(/^[a-z0-9]{4,12}$/),
    iat: fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }),
    scope: fc.constantFrom('read', 'read write', 'admin'),
    signature: randomBody(BASE64URL, 43),
  })
  .map(({ alg, typ, sub, iat, scope, signature }) => {
    const header = typ ? { alg, typ: 'JWT' } : { alg };
    return { kind: `secret/jwt/${alg}`, value: `${base64url(header)}.${base64url({ sub, iat, scope })}.${signature}` };
  });

export const secret: fc.Arbitrary<Planted> = fc.oneof(
  openAiProjectKey,
  openAiLegacyKey,
  gitHubToken,
  awsAccessKeyId,
  slackBotToken,
  jwt,
);
