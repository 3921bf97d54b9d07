// Synthetic personal data and secrets for the demo and the examples. Nothing here belongs to
// anyone: names and addresses are invented, numbers are documented test values (card
// 4111…, IBAN GB82 WEST…, AWS's own example key) or pass their checksum by construction.
// Token-shaped secrets are assembled at run time from a seeded generator, so the repository
// holds no string that looks like a live credential and every run plants the same values.

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Mulberry32 seeded by a label: the same label gives the same characters on every run. */
function seededChars(label, length, alphabet = BASE62) {
  let state = 2166136261;
  for (let i = 0; i < label.length; i++) state = Math.imul(state ^ label.charCodeAt(i), 16777619) >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    out += alphabet[(((x ^ (x >>> 14)) >>> 0) / 4294967296) * alphabet.length | 0];
  }
  return out;
}

const base64url = (text) => Buffer.from(text).toString('base64url');

/** The end user of the demo app and everything the app ends up recording about them. */
export const planted = {
  email: 'dana.whitfield@example.com',
  phone: '+1 415 555 0132',
  card: '4111 1111 1111 1111',
  iban: 'GB82 WEST 1234 5698 7654 32',
  ssn: '512-48-3301',
  ipAddress: '203.0.113.42',
  ukPhone: '+44 20 7946 0958',
  openAiKey: `sk-proj-${seededChars('openai-a', 20)}T3BlbkFJ${seededChars('openai-b', 20)}`,
  awsAccessKey: 'AKIAIOSFODNN7EXAMPLE',
  gitHubToken: `ghp_${seededChars('github', 36)}`,
  jwt: [
    base64url('{"alg":"HS256","typ":"JWT"}'),
    base64url('{"sub":"cust-00421","scope":"billing","iat":1735689600}'),
    seededChars('jwt-signature', 43, `${BASE62}-_`),
  ].join('.'),
  dbPassword: 'Tr0ub4dor-and-3',
  customerId: 'cust-00421',
  mailAddress: 'dana.whitfield+billing@example.com',
};

/** Human labels for the report, in the order the values are listed above. */
export const plantedLabels = {
  email: 'email address',
  phone: 'US phone number',
  card: 'card number',
  iban: 'IBAN',
  ssn: 'US SSN',
  ipAddress: 'client IP address',
  ukPhone: 'UK phone number',
  openAiKey: 'OpenAI API key',
  awsAccessKey: 'AWS access key id',
  gitHubToken: 'GitHub token',
  jwt: 'session JWT',
  dbPassword: 'database password',
  customerId: 'customer id',
  mailAddress: 'second email address',
};

/** `[label, value]` pairs, for leak checks. */
export function plantedEntries() {
  return Object.entries(planted).map(([key, value]) => [plantedLabels[key] ?? key, value]);
}
