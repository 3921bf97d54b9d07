// Synthetic personal data and secrets planted into every integration row. Nothing here
// belongs to anyone: the names and the address are invented, phone numbers sit in ranges
// reserved for fiction (NANP 555-01xx, Ofcom 020 7946 0xxx), cards and IBANs are the
// documented test values, the IP is from TEST-NET-2 and the AWS key is AWS's own example.
// Token-shaped secrets are assembled at run time from a seeded generator, so the repository
// holds no string that looks like a live credential and every run plants the same values.

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Mulberry32 seeded by a label: the same label gives the same characters on every run. */
function seededChars(label: string, length: number, alphabet = BASE62): string {
  let state = 2166136261;
  for (let i = 0; i < label.length; i++) state = Math.imul(state ^ label.charCodeAt(i), 16777619) >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    out += alphabet[Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * alphabet.length)];
  }
  return out;
}

const base64url = (text: string): string => Buffer.from(text).toString('base64url');

export const PLANTED = {
  personName: 'Marisol Okafor',
  email: 'marisol.okafor@example.com',
  otherEmail: 'billing.desk+ref7731@example.net',
  usPhone: '+1 415 555 0173',
  ukPhone: '+44 20 7946 0321',
  card: '4111 1111 1111 1111',
  compactCard: '4242424242424242',
  iban: 'DE89 3704 0044 0532 0130 00',
  ssn: '536-22-8164',
  ipAddress: '198.51.100.23',
  streetAddress: '42 Larkspur Lane, Springfield, IL 62704',
  awsAccessKey: 'AKIAIOSFODNN7EXAMPLE',
  openAiKey: `sk-proj-${seededChars('integration-openai-a', 20)}T3BlbkFJ${seededChars('integration-openai-b', 20)}`,
  gitHubToken: `ghp_${seededChars('integration-github', 36)}`,
  jwt: [
    base64url('{"alg":"HS256","typ":"JWT"}'),
    base64url('{"sub":"cust-00421","scope":"billing","iat":1735689600}'),
    seededChars('integration-jwt', 43, `${BASE62}-_`),
  ].join('.'),
  password: 'Velvet-Harbor-93!',
} as const;

export type PlantedName = keyof typeof PLANTED;

/** Every planted value with its name, for leak checks. */
export const PLANTED_ENTRIES: readonly (readonly [PlantedName, string])[] = Object.entries(PLANTED) as [PlantedName, string][];

/**
 * Words and identifiers around the planted values that carry no personal data: after
 * redaction they must still be readable, or the telemetry has lost its use.
 */
export const SAFE_WORDS = {
  order: 'ORD-2024-118842',
  promptPhrase: 'charged twice',
  systemPhrase: 'billing support assistant',
  documentTitle: 'Refund policy',
  documentId: 'kb-1187',
  answerPhrase: 'duplicate charge',
  toolName: 'lookup_customer',
} as const;
