import { createHash } from 'node:crypto';
import {
  base58Encode,
  base62Crc32,
  bech32Address,
  ibanCheckDigits,
  luhnCheckDigit,
  ribKey,
  spanishControlDigits,
  verhoeffCheckDigit,
} from './checksums.js';
import { aadhaar, card, iban, keep, nino, type Piece, secret, sin, ssn, wallet } from './dsl.js';
import { ALNUM, BASE64, BASE64URL, DIGITS, HEX, LOWER, Prng, UPPER } from './prng.js';

export type CardIssuer = 'visa' | 'mastercard' | 'amex' | 'discover' | 'jcb' | 'diners' | 'unionpay' | 'maestro';
export type Separator = ' ' | '-' | '';
export type IbanCountry = 'GB' | 'DE' | 'FR' | 'ES' | 'NL' | 'CH' | 'BE' | 'PL' | 'PT' | 'AT' | 'IE' | 'NO' | 'SE' | 'BR';

const ISSUERS: Record<CardIssuer, { prefixes: readonly string[]; length: number; groups: readonly number[] }> = {
  visa: { prefixes: ['4'], length: 16, groups: [4, 4, 4, 4] },
  mastercard: { prefixes: ['51', '52', '53', '54', '55', '2221', '2720'], length: 16, groups: [4, 4, 4, 4] },
  amex: { prefixes: ['34', '37'], length: 15, groups: [4, 6, 5] },
  discover: { prefixes: ['6011', '65'], length: 16, groups: [4, 4, 4, 4] },
  jcb: { prefixes: ['3528', '3566', '3589'], length: 16, groups: [4, 4, 4, 4] },
  diners: { prefixes: ['36', '38'], length: 14, groups: [4, 6, 4] },
  unionpay: { prefixes: ['62'], length: 16, groups: [4, 4, 4, 4] },
  maestro: { prefixes: ['6759', '5018'], length: 16, groups: [4, 4, 4, 4] },
};

/** Basic bank account number shapes: `9` digit, `A` upper-case letter, `X` letter or digit. */
const BBAN: Record<Exclude<IbanCountry, 'FR' | 'ES'>, string> = {
  GB: 'AAAA99999999999999',
  DE: '999999999999999999',
  NL: 'AAAA9999999999',
  CH: '99999999999999999',
  BE: '999999999999',
  PL: '999999999999999999999999',
  PT: '999999999999999999999',
  AT: '9999999999999999',
  IE: 'AAAA99999999999999',
  NO: '99999999999',
  SE: '99999999999999999999',
  BR: '99999999999999999999999AX',
};

/**
 * Deterministic fake values for one corpus item. Secrets are assembled here, at build time,
 * so the repository holds no string shaped like a live credential; cards, IBANs and token
 * checksums are computed so that validating detectors accept them.
 */
export class Fakes {
  constructor(readonly rng: Prng) {}

  // ----- payment and identity numbers -------------------------------------------------

  cardNumber(issuer: CardIssuer, separator: Separator = ''): string {
    const spec = ISSUERS[issuer];
    let payload = this.rng.pick(spec.prefixes);
    while (payload.length < spec.length - 1) payload += this.rng.digits(1);
    const digits = payload + luhnCheckDigit(payload);
    return groupDigits(digits, spec.groups, separator);
  }

  card(issuer: CardIssuer, separator: Separator = ''): Piece {
    return card(this.cardNumber(issuer, separator));
  }

  ibanNumber(country: IbanCountry, spaced = true): string {
    const bban = this.bban(country);
    const compact = country + ibanCheckDigits(country, bban) + bban;
    return spaced ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact;
  }

  iban(country: IbanCountry, spaced = true): Piece {
    return iban(this.ibanNumber(country, spaced));
  }

  private bban(country: IbanCountry): string {
    if (country === 'FR') {
      const bank = this.rng.digits(5);
      const branch = this.rng.digits(5);
      const account = this.rng.digits(11);
      return bank + branch + account + ribKey(bank, branch, account);
    }
    if (country === 'ES') {
      const bank = this.rng.digits(4);
      const branch = this.rng.digits(4);
      const account = this.rng.digits(10);
      return bank + branch + spanishControlDigits(bank, branch, account) + account;
    }
    if (country === 'BE') {
      const first = String(this.rng.int(1, 9)) + this.rng.digits(9);
      const check = Number(BigInt(first) % 97n) || 97;
      return first + String(check).padStart(2, '0');
    }
    let out = '';
    for (const shape of BBAN[country]) {
      out += shape === '9' ? this.rng.digits(1) : shape === 'A' ? this.rng.chars(UPPER, 1) : this.rng.chars(UPPER + DIGITS, 1);
    }
    return out;
  }

  ssnNumber(separator: Separator = '-'): string {
    let area = this.rng.int(1, 899);
    if (area === 666) area = 667;
    const group = this.rng.int(1, 99);
    const serial = this.rng.int(1, 9999);
    const parts = [String(area).padStart(3, '0'), String(group).padStart(2, '0'), String(serial).padStart(4, '0')];
    return parts.join(separator);
  }

  ssn(separator: Separator = '-'): Piece {
    return ssn(this.ssnNumber(separator));
  }

  // ----- identifiers of opt-in detectors ----------------------------------------------

  aadhaar(separator: Separator = ' '): Piece {
    const payload = String(this.rng.int(2, 9)) + this.rng.digits(10);
    return aadhaar(groupDigits(payload + verhoeffCheckDigit(payload), [4, 4, 4], separator));
  }

  canadianSin(separator: Separator = ' '): Piece {
    const payload = String(this.rng.pick([1, 2, 3, 4, 5, 6, 7, 9])) + this.rng.digits(7);
    return sin(groupDigits(payload + luhnCheckDigit(payload), [3, 3, 3], separator));
  }

  ukNino(spaced = true): Piece {
    const first = this.rng.pick([...'ABCEHJKLMNOPRSTWXYZ']);
    let second = this.rng.pick([...'ABCEHJKLMNPRSTWXYZ']);
    if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(first + second)) second = 'A';
    const digits = this.rng.digits(6);
    const suffix = this.rng.pick(['A', 'B', 'C', 'D']);
    const value = spaced
      ? `${first}${second} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} ${suffix}`
      : `${first}${second}${digits}${suffix}`;
    return nino(value);
  }

  bitcoinAddress(kind: 'p2pkh' | 'p2sh' | 'bech32'): Piece {
    const program = Uint8Array.from({ length: 20 }, () => this.rng.int(0, 255));
    if (kind === 'bech32') return wallet(bech32Address('bc', program));
    const payload = Uint8Array.from([kind === 'p2pkh' ? 0x00 : 0x05, ...program]);
    const once = createHash('sha256').update(payload).digest();
    const checksum = createHash('sha256').update(once).digest().subarray(0, 4);
    return wallet(base58Encode(Uint8Array.from([...payload, ...checksum])));
  }

  /** Lower-case form: valid without the EIP-55 mixed-case checksum, which needs Keccak. */
  ethereumAddress(): Piece {
    return wallet('0x' + this.rng.chars(HEX, 40));
  }

  // ----- provider credentials ----------------------------------------------------------

  openaiKey(kind: 'project' | 'legacy' | 'svcacct' = 'project'): Piece {
    const r = this.rng;
    if (kind === 'legacy') return secret('sk-' + r.chars(ALNUM, 20) + 'T3BlbkFJ' + r.chars(ALNUM, 20));
    const prefix = kind === 'project' ? 'sk-proj-' : 'sk-svcacct-';
    return secret(prefix + r.chars(BASE64URL, 74) + 'T3BlbkFJ' + r.chars(BASE64URL, 74));
  }

  anthropicKey(kind: 'api' | 'admin' = 'api'): Piece {
    const prefix = kind === 'api' ? 'sk-ant-api03-' : 'sk-ant-admin01-';
    return secret(prefix + this.rng.chars(BASE64URL, 93) + 'AA');
  }

  awsAccessKeyId(prefix: 'AKIA' | 'ASIA' = 'AKIA'): Piece {
    return secret(prefix + this.rng.chars(UPPER + '234567', 16));
  }

  awsSecretAccessKey(): Piece {
    return secret(this.rng.chars(ALNUM + '+/', 40));
  }

  githubToken(prefix: 'ghp' | 'gho' | 'ghu' | 'ghs' | 'ghr' = 'ghp'): Piece {
    const entropy = this.rng.chars(ALNUM, 30);
    return secret(`${prefix}_${entropy}${base62Crc32(entropy)}`);
  }

  githubFineGrainedToken(): Piece {
    return secret('github_pat_' + this.rng.chars(ALNUM, 22) + '_' + this.rng.chars(ALNUM, 59));
  }

  gitlabToken(): Piece {
    return secret('glpat-' + this.rng.chars(BASE64URL, 20));
  }

  slackToken(kind: 'xoxb' | 'xoxp' = 'xoxb'): Piece {
    const r = this.rng;
    if (kind === 'xoxb') return secret(`${kind}-${r.digits(12)}-${r.digits(13)}-${r.chars(ALNUM, 24)}`);
    return secret(`${kind}-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.chars(HEX, 32)}`);
  }

  /** Only the path after `/services/` is secret; the host stays readable. */
  slackWebhookPath(): Piece {
    const r = this.rng;
    return secret(`T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.chars(ALNUM, 24)}`);
  }

  stripeKey(kind: 'sk_live' | 'rk_live' | 'sk_test' | 'whsec' = 'sk_live'): Piece {
    const length = kind === 'whsec' ? 32 : 24 + this.rng.int(0, 1) * 75;
    return secret(`${kind}_${this.rng.chars(ALNUM, length)}`);
  }

  googleApiKey(): Piece {
    return secret('AIza' + this.rng.chars(BASE64URL, 35));
  }

  googleOauthClientSecret(): Piece {
    return secret('GOCSPX-' + this.rng.chars(BASE64URL, 28));
  }

  googleAccessToken(): Piece {
    return secret('ya29.' + this.rng.chars(BASE64URL, 120));
  }

  npmToken(): Piece {
    const entropy = this.rng.chars(ALNUM, 30);
    return secret(`npm_${entropy}${base62Crc32(entropy)}`);
  }

  huggingFaceToken(): Piece {
    return secret('hf_' + this.rng.chars(UPPER + LOWER, 34));
  }

  sendgridKey(): Piece {
    return secret('SG.' + this.rng.chars(BASE64URL, 22) + '.' + this.rng.chars(BASE64URL, 43));
  }

  twilioApiKey(): Piece {
    return secret('SK' + this.rng.chars(HEX, 32));
  }

  /** A hex secret (auth tokens, HMAC keys): only its context says it is one. */
  hexSecret(length = 32): Piece {
    return secret(this.hex(length));
  }

  /** `Authorization: Basic` credentials: base64 of `user:password`. */
  basicCredentials(user: string): Piece {
    const password = this.rng.chars(ALNUM, 14);
    return secret(Buffer.from(`${user}:${password}`).toString('base64'));
  }

  awsSessionToken(): Piece {
    return secret('IQoJb3JpZ2luX2Vj' + this.rng.chars(BASE64, 200));
  }

  jwt(claims: Record<string, string | number> = {}): Piece {
    const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = base64url(
      JSON.stringify({ sub: `user_${this.rng.digits(6)}`, iat: 1723212345 + this.rng.int(0, 9_999_999), ...claims }),
    );
    return secret(`${header}.${payload}.${this.rng.chars(BASE64URL, 43)}`);
  }

  /** The base64 body of a PEM private key (the armour lines are not secret). */
  pemBody(lines = 6, newline = '\n'): Piece {
    const rows: string[] = ['MII' + this.rng.chars(BASE64, 61)];
    for (let i = 1; i < lines - 1; i++) rows.push(this.rng.chars(BASE64, 64));
    rows.push(this.rng.chars(BASE64, this.rng.int(20, 60)) + '==');
    return secret(rows.join(newline));
  }

  /** An opaque bearer or session token with no provider prefix. */
  opaqueToken(length = 40): Piece {
    return secret(this.rng.chars(ALNUM, length));
  }

  /** A human-chosen-looking password. */
  password(): Piece {
    const words = ['Sunflower', 'Winter', 'Harbor', 'Copper', 'Maple', 'Falcon', 'Velvet', 'Orbit', 'Cobalt', 'Meadow'];
    const symbols = ['!', '#', '$', '%', '&', '*', '@', '?'];
    const r = this.rng;
    return secret(r.pick(words) + r.pick(symbols) + r.digits(r.int(2, 4)) + r.pick(words).toLowerCase());
  }

  // ----- hard negatives ----------------------------------------------------------------

  traceId(): Piece {
    return keep(this.hex(32));
  }

  spanId(): Piece {
    return keep(this.hex(16));
  }

  uuid(): Piece {
    const h = this.hex(32);
    const variant = '89ab'[this.rng.int(0, 3)]!;
    return keep(`${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`);
  }

  gitSha(length = 40): Piece {
    return keep(this.hex(length));
  }

  sha256(): Piece {
    return keep(this.hex(64));
  }

  /** Provider-generated ids that look random but identify a call, not a person. */
  providerId(kind: 'openai-call' | 'openai-completion' | 'anthropic-tool' | 'anthropic-message' | 'stripe-event'): Piece {
    const r = this.rng;
    switch (kind) {
      case 'openai-call':
        return keep('call_' + r.chars(ALNUM, 24));
      case 'openai-completion':
        return keep('chatcmpl-' + r.chars(ALNUM, 29));
      case 'anthropic-tool':
        return keep('toolu_01' + r.chars(ALNUM, 22));
      case 'anthropic-message':
        return keep('msg_01' + r.chars(ALNUM, 22));
      case 'stripe-event':
        return keep('evt_' + r.chars(ALNUM, 24));
    }
  }

  /** A 16-digit number that fails Luhn, e.g. an internal reference that only looks like a card. */
  nonLuhn16(separator: Separator = ''): Piece {
    const payload = this.rng.pick(['4', '5', '6', '3']) + this.rng.digits(14);
    const bad = String((Number(luhnCheckDigit(payload)) + this.rng.int(1, 9)) % 10);
    return keep(groupDigits(payload + bad, [4, 4, 4, 4], separator));
  }

  hex(length: number): string {
    let out = this.rng.chars(HEX, length);
    // Ids that happen to be all digits look like something else; real ones rarely are.
    if (/^[0-9]+$/.test(out)) out = 'a' + out.slice(1);
    return out;
  }

  digits(length: number): string {
    return this.rng.digits(length);
  }
}

function groupDigits(digits: string, groups: readonly number[], separator: Separator): string {
  if (separator === '') return digits;
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(separator);
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}
