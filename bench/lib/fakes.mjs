import { base62Crc32, ibanCheckDigits, luhnCheckDigit } from './checksums.mjs';
import { ALNUM, BASE64, BASE64URL, HEX, UPPER } from './prng.mjs';

/**
 * Synthetic values for the labelled texts. A generator returns the value, or `{ value, core }`
 * when only part of it is sensitive (recall then asks that the core vanish). Nothing here is a real person or a live credential:
 * names and streets are drawn from small invented lists, numbers are random with valid check
 * digits, and credential prefixes are joined from fragments at runtime so that the source
 * holds no string a secret scanner would flag.
 */

const FIRST = ['Maria', 'David', 'Aiko', 'Olumide', 'Emily', 'Rahul', 'Sofia', 'Lukas', 'Chloe', 'Mateo', 'Ingrid', 'Kwame', 'Priya', 'Tomasz', 'Hannah', 'Diego'];
const LAST = ['Kowalski', 'Okafor', 'Tanaka', 'Lindqvist', 'Moreau', 'Castillo', 'Brennan', 'Haddad', 'Novak', 'Fischer', 'Adeyemi', 'Varga', 'Sorensen', 'Whitfield', 'Iyer', 'Petrova'];
const DOMAINS = ['northwind-mail.com', 'contoso.io', 'fabrikam.co.uk', 'mailbox.org', 'acme-health.net', 'tailspin.dev', 'proton.me', 'example-bank.de'];
const STREETS = ['Maple Avenue', 'Baker Street', 'Oak Lane', 'Harbor Road', 'Elm Street', 'Sunset Boulevard', 'Mill Road', 'Cedar Drive', 'Church Lane', 'Park Avenue'];
const CITIES = [
  ['Springfield', 'IL'],
  ['Portland', 'OR'],
  ['Austin', 'TX'],
  ['Columbus', 'OH'],
  ['Madison', 'WI'],
  ['Raleigh', 'NC'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const join = (...parts) => parts.join('');

export function personName(rng) {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

export function email(rng) {
  const first = rng.pick(FIRST).toLowerCase();
  const last = rng.pick(LAST).toLowerCase();
  const local = rng.pick([`${first}.${last}`, `${first[0]}${last}`, `${first}_${last}${rng.int(1, 99)}`, `${first}+billing`]);
  return `${local}@${rng.pick(DOMAINS)}`;
}

export function phone(rng) {
  switch (rng.int(0, 5)) {
    case 0:
      return `+1 ${rng.pick(['415', '212', '617', '312', '206'])} ${rng.int(201, 989)} ${rng.digits(4)}`;
    case 1:
      return `(${rng.pick(['646', '503', '720', '404'])}) ${rng.int(201, 989)}-${rng.digits(4)}`;
    case 2:
      return `+44 20 7946 0${rng.digits(3)}`;
    case 3:
      return `07700 900${rng.digits(3)}`;
    case 4:
      return `+49 30 ${rng.int(2, 9)}${rng.digits(7)}`;
    default:
      return `+33 6 ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`;
  }
}

const CARD_SPECS = [
  { prefixes: ['4'], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ['51', '53', '55', '2221'], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ['34', '37'], length: 15, groups: [4, 6, 5] },
  { prefixes: ['6011'], length: 16, groups: [4, 4, 4, 4] },
];

export function creditCard(rng) {
  const spec = rng.pick(CARD_SPECS);
  let payload = rng.pick(spec.prefixes);
  while (payload.length < spec.length - 1) payload += rng.digits(1);
  const digits = payload + luhnCheckDigit(payload);
  const separator = rng.pick([' ', '-', '']);
  return groupDigits(digits, spec.groups, separator);
}

export function usSsn(rng) {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const group = String(rng.int(1, 99)).padStart(2, '0');
  const serial = String(rng.int(1, 9999)).padStart(4, '0');
  return [String(area).padStart(3, '0'), group, serial].join(rng.chance(0.8) ? '-' : ' ');
}

const IBAN_SHAPES = { GB: 'AAAA99999999999999', DE: '999999999999999999', NL: 'AAAA9999999999', CH: '99999999999999999', IE: 'AAAA99999999999999', PL: '999999999999999999999999' };

export function iban(rng) {
  const country = rng.pick(Object.keys(IBAN_SHAPES));
  let bban = '';
  for (const shape of IBAN_SHAPES[country]) bban += shape === '9' ? rng.digits(1) : rng.chars(UPPER, 1);
  const compact = country + ibanCheckDigits(country, bban) + bban;
  return rng.chance(0.6) ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact;
}

export function ipAddress(rng) {
  if (rng.chance(0.75)) return `${rng.pick([23, 51, 81, 93, 142, 185, 212])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  const group = () => rng.chars(HEX, rng.int(1, 4)).replace(/^0+(?=.)/, '');
  return `2a02:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`;
}

export function ukNino(rng) {
  const first = rng.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  const second = rng.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  const prefix = first + second;
  const safe = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(prefix) ? 'AB' : prefix;
  const digits = rng.digits(6);
  const spaced = rng.chance(0.5);
  const body = spaced ? `${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} ` : digits;
  return `${safe}${spaced ? ' ' : ''}${body}${rng.chars('ABCD', 1)}`;
}

/** City, state and ZIP alone rarely identify anyone: the house number and street must go. */
export function streetAddress(rng) {
  const [city, state] = rng.pick(CITIES);
  const street = `${rng.int(12, 9800)} ${rng.pick(STREETS)}`;
  return { value: `${street}, ${city}, ${state} ${rng.int(10000, 99950)}`, core: street };
}

export function dateOfBirth(rng) {
  const year = rng.int(1948, 2004);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const pad = (n) => String(n).padStart(2, '0');
  switch (rng.int(0, 2)) {
    case 0:
      return `${year}-${pad(month)}-${pad(day)}`;
    case 1:
      return `${pad(day)}/${pad(month)}/${year}`;
    default:
      return `${MONTHS[month - 1]} ${day}, ${year}`;
  }
}

export function secret(rng) {
  switch (rng.int(0, 9)) {
    case 0:
      return join('sk', '-proj-', rng.chars(BASE64URL, 74), 'T3Blbk', 'FJ', rng.chars(BASE64URL, 74));
    case 1:
      return join('sk', '-ant-', 'api03-', rng.chars(BASE64URL, 93), 'AA');
    case 2:
      return join('AK', 'IA', rng.chars(UPPER + '234567', 16));
    case 3: {
      const entropy = rng.chars(ALNUM, 30);
      return join('gh', 'p_', entropy, base62Crc32(entropy));
    }
    case 4:
      return join('sk', '_live_', rng.chars(ALNUM, 24));
    case 5:
      return join('xo', 'xb-', rng.digits(12), '-', rng.digits(13), '-', rng.chars(ALNUM, 24));
    case 6:
      return join('AI', 'za', rng.chars(BASE64URL, 35));
    case 7:
      return jwt(rng);
    case 8:
      return join('gl', 'pat-', rng.chars(BASE64URL, 20));
    default:
      return pemPrivateKey(rng);
  }
}

function jwt(rng) {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ sub: `user_${rng.digits(6)}`, iat: 1723212345 + rng.int(0, 9_999_999) }));
  return `${header}.${payload}.${rng.chars(BASE64URL, 43)}`;
}

function pemPrivateKey(rng) {
  const armour = join('PRIV', 'ATE KEY');
  const rows = ['MII' + rng.chars(BASE64, 61)];
  for (let i = 0; i < 4; i++) rows.push(rng.chars(BASE64, 64));
  rows.push(rng.chars(BASE64, 40) + '==');
  const body = rows.join('\n');
  // The armour lines are not secret; the base64 body is.
  return { value: `-----BEGIN ${armour}-----\n${body}\n-----END ${armour}-----`, core: body };
}

/** Values that look sensitive to a careless detector but must survive untouched. */
export const HARD_NEGATIVES = {
  'trace id': (rng) => hexNotAllDigits(rng, 32),
  'span id': (rng) => hexNotAllDigits(rng, 16),
  uuid: (rng) => {
    const h = hexNotAllDigits(rng, 32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${rng.pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`;
  },
  'git sha': (rng) => hexNotAllDigits(rng, 40),
  'sha-256': (rng) => hexNotAllDigits(rng, 64),
  'iso timestamp': (rng) => `2025-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}T${pad2(rng.int(0, 23))}:${pad2(rng.int(0, 59))}:${pad2(rng.int(0, 59))}.${rng.digits(3)}Z`,
  'unix epoch': (rng) => (rng.chance(0.5) ? String(rng.int(1_700_000_000, 1_790_000_000)) : String(rng.int(1_700_000_000, 1_790_000_000)) + rng.digits(3)),
  semver: (rng) => `v${rng.int(0, 12)}.${rng.int(0, 40)}.${rng.int(0, 99)}`,
  'model name': (rng) => rng.pick(['gpt-4o-2024-08-06', 'claude-3-5-sonnet-20241022', 'gpt-4o-mini-2024-07-18', 'claude-3-7-sonnet-20250219', 'gemini-1.5-pro-002']),
  'token count': (rng) => `input_tokens=${rng.int(12, 128000)}`,
  price: (rng) => `$${rng.int(0, 9)}.${rng.digits(4)}`,
  'http status': (rng) => `HTTP ${rng.pick([200, 201, 204, 400, 401, 403, 404, 429, 500, 502, 503])}`,
  'non-Luhn 16 digits': (rng) => {
    const payload = rng.pick(['4', '5', '6']) + rng.digits(14);
    return payload + String((Number(luhnCheckDigit(payload)) + rng.int(1, 9)) % 10);
  },
  'order number': (rng) => `ORD-2024-${rng.int(100000, 999999)}`,
  'localhost port': (rng) => `localhost:${rng.pick([3000, 4318, 5173, 8080, 9090])}`,
  'url without credentials': (rng) => `https://api.${rng.pick(['northwind', 'contoso', 'fabrikam'])}.dev/v1/chat/completions?stream=true`,
  'placeholder key': (rng) => rng.pick(['YOUR_API_KEY_HERE', join('sk', '-xxxxxxxxxxxxxxxxxxxxxxxx'), '<your-token>', join('sk', '-proj-YOUR_KEY_HERE')]),
  'deployment id': (rng) => `hosted-eu-2026${pad2(rng.int(1, 12))}${pad2(rng.int(1, 28))}-${pad2(rng.int(1, 20))}`,
};

function hexNotAllDigits(rng, length) {
  const out = rng.chars(HEX, length);
  return /^[0-9]+$/.test(out) ? 'a' + out.slice(1) : out;
}

function pad2(n) {
  return String(n).padStart(2, '0');
}

function groupDigits(digits, groups, separator) {
  if (separator === '') return digits;
  const parts = [];
  let at = 0;
  for (const size of groups) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(separator);
}

function base64url(text) {
  return Buffer.from(text, 'utf8').toString('base64url');
}

