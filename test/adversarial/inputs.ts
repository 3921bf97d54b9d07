// Near-miss inputs: each is almost a match everywhere, so a careless detector restarts a long
// walk at every position. Sizes are chosen by the tests; `make(n)` returns exactly n UTF-16
// units. The benchmark (bench/) times similar inputs; these tests only check the OUTPUT.

let state = 0x5eed1234;

/** Mulberry32: reproducible without fast-check, fast enough for megabytes. */
function nextRandom(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let x = state;
  x = Math.imul(x ^ (x >>> 15), x | 1);
  x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
}

export function randomFrom(alphabet: string, length: number): string {
  const parts: string[] = new Array(length);
  for (let i = 0; i < length; i++) parts[i] = alphabet[Math.floor(nextRandom() * alphabet.length)]!;
  return parts.join('');
}

export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export interface NearMiss {
  readonly name: string;
  readonly make: (length: number) => string;
  /** True when the input holds nothing that should be redacted (then it must come back unchanged). */
  readonly clean: boolean;
}

export const NEAR_MISSES: readonly NearMiss[] = [
  { name: 'a@a@a@… (email near-miss)', make: (n) => repeatTo('a@', n), clean: true },
  { name: 'x.y@z.x.y@z… (dotted local parts, no TLD)', make: (n) => repeatTo('x.y@z.', n), clean: true },
  { name: 'an endless run of random digits', make: (n) => randomFrom('0123456789', n), clean: true },
  { name: 'digit groups with mixed separators', make: (n) => repeatTo('4111 1111-1111.111 12-34 ', n), clean: true },
  { name: 'dotted quads 1.1.1.1…', make: (n) => repeatTo('1.', n), clean: true },
  { name: 'sk- followed by one run of key characters', make: (n) => 'sk-' + randomFrom(BASE64URL, n - 3), clean: true },
  { name: 'sk-sk-sk-…', make: (n) => repeatTo('sk-', n), clean: true },
  { name: 'eyJ followed by one run of base64url', make: (n) => 'eyJ' + randomFrom(BASE64URL, n - 3), clean: true },
  { name: 'api_token= followed by one identifier run', make: (n) => 'api_token=' + randomFrom('abcdefghijklmnopqrstuvwxyz_0123456789', n - 10), clean: true },
  { name: 'password=password=…', make: (n) => repeatTo('password=', n), clean: true },
  { name: 'Authorization: Bearer Authorization: Bearer …', make: (n) => repeatTo('Authorization: Bearer ', n), clean: true },
  { name: '+1 (212) 555-+1 (212) 555-…', make: (n) => repeatTo('+1 (212) 555-', n), clean: true },
  { name: 'fe80::1:fe80::1:… (IPv6 near-miss)', make: (n) => repeatTo('fe80::1:', n), clean: true },
  { name: '00:1a:2b:00:1a:2b:… (MAC near-miss)', make: (n) => repeatTo('00:1a:2b:', n), clean: true },
  { name: 'DE89 3704 DE89 3704 … (IBAN heads)', make: (n) => repeatTo('DE89 3704 ', n), clean: true },
  { name: 'Dear Mr Dear Mr … (name cues, no name)', make: (n) => repeatTo('Dear Mr ', n), clean: true },
  { name: 'born 01/02/born 01/02/… (date-of-birth cues)', make: (n) => repeatTo('born 01/02/', n), clean: true },
  { name: '[{"a":[{"a":… (unbalanced JSON)', make: (n) => repeatTo('[{"a":', n), clean: true },
  { name: 'lone surrogates between ASCII near-misses', make: (n) => repeatTo('\uD800a\uDC00@\uDBFF1\uDFFF.', n), clean: true },
  { name: 'whitespace only', make: (n) => ' '.repeat(n), clean: true },
  // These hold something a detector should take (a PEM header, credentials in URLs): only
  // "no failure, nothing unscanned" is checked.
  { name: 'an unclosed PEM private key header, then base64', make: (n) => '-----BEGIN RSA PRIVATE KEY-----\n' + randomFrom(BASE64, n - 32), clean: false },
  { name: 'PEM BEGIN lines, repeated', make: (n) => repeatTo('-----BEGIN PRIVATE KEY-----\n', n), clean: false },
  { name: 'eyJhbGciOiJIUzI1NiJ9.eyJ. repeated (JWT shapes)', make: (n) => repeatTo('eyJhbGciOiJIUzI1NiJ9.eyJ.', n), clean: false },
  { name: 'http://a:b@http://a:b@… (URL credentials)', make: (n) => repeatTo('http://a:b@', n), clean: false },
  { name: '221 Baker Street 221 Baker Street … (addresses)', make: (n) => repeatTo('221 Baker Street ', n), clean: false },
];
