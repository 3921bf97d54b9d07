/**
 * Check digits the generator needs so that cards, IBANs and tokens are valid by their own
 * rules: a detector that validates them must accept every labelled value, and the corpus
 * integrity test re-checks each one with the same functions.
 */

export function luhnCheckDigit(payload: string): string {
  let sum = 0;
  // Doubling starts with the digit left of the (future) check digit.
  for (let i = payload.length - 1, double = true; i >= 0; i--, double = !double) {
    let digit = payload.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

export function isLuhnValid(digits: string): boolean {
  if (!/^[0-9]{2,}$/.test(digits)) return false;
  return luhnCheckDigit(digits.slice(0, -1)) === digits.slice(-1);
}

/** Remainder of a long decimal string (IBAN digits may exceed Number precision) modulo `m`. */
export function mod(decimal: string, m: number): number {
  let rest = 0;
  for (let i = 0; i < decimal.length; i++) rest = (rest * 10 + (decimal.charCodeAt(i) - 48)) % m;
  return rest;
}

function lettersToDigits(text: string): string {
  let out = '';
  for (const ch of text.toUpperCase()) {
    const code = ch.charCodeAt(0);
    out += code >= 65 && code <= 90 ? String(code - 55) : ch;
  }
  return out;
}

export function ibanCheckDigits(country: string, bban: string): string {
  const remainder = mod(lettersToDigits(bban + country + '00'), 97);
  return String(98 - remainder).padStart(2, '0');
}

export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/[ -]/g, '').toUpperCase();
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  return mod(lettersToDigits(compact.slice(4) + compact.slice(0, 4)), 97) === 1;
}

/** French RIB key over bank, branch and account (letters mapped the RIB way). */
export function ribKey(bank: string, branch: string, account: string): string {
  const value = 89 * Number(bank) + 15 * Number(branch) + 3 * mod(account, 97);
  return String(97 - (value % 97)).padStart(2, '0');
}

/** The two Spanish CCC control digits: one over bank+branch, one over the account number. */
export function spanishControlDigits(bank: string, branch: string, account: string): string {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const digit = (ten: string): string => {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += (ten.charCodeAt(i) - 48) * weights[i]!;
    const d = 11 - (sum % 11);
    return String(d === 11 ? 0 : d === 10 ? 1 : d);
  };
  return digit('00' + bank + branch) + digit(account);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(ascii: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < ascii.length; i++) crc = CRC_TABLE[(crc ^ ascii.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The six-character checksum GitHub and npm append to their tokens: base62(crc32(entropy)). */
export function base62Crc32(entropy: string): string {
  let value = crc32(entropy);
  let out = '';
  while (value > 0) {
    out = BASE62[value % 62]! + out;
    value = Math.floor(value / 62);
  }
  return out.padStart(6, '0');
}

/** GitHub classic (`ghp_` etc.) and npm tokens: prefix, 30 characters, 6 checksum characters. */
export function hasValidTokenChecksum(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  if (body.length !== 36) return false;
  return base62Crc32(body.slice(0, 30)) === body.slice(30);
}

/** US SSN numbering rules: no area 000, 666 or 9xx; no group 00; no serial 0000. */
export function isPlausibleSsn(ssn: string): boolean {
  const digits = ssn.replace(/[ -]/g, '');
  if (!/^[0-9]{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  return area !== 0 && area !== 666 && area < 900 && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

// ----- opt-in identifiers ----------------------------------------------------------------

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function verhoeff(digits: string, offset: number): number {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    c = VERHOEFF_D[c]![VERHOEFF_P[(i + offset) % 8]![digit]!]!;
  }
  return c;
}

/** Check digit that makes `payload + digit` Verhoeff-valid (Aadhaar's last digit). */
export function verhoeffCheckDigit(payload: string): string {
  return String(VERHOEFF_INV[verhoeff(payload, 1)]);
}

export function isVerhoeffValid(digits: string): boolean {
  return /^[0-9]+$/.test(digits) && verhoeff(digits, 0) === 0;
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function base58Encode(bytes: Uint8Array): string {
  let value = 0n;
  for (const byte of bytes) value = value * 256n + BigInt(byte);
  let out = '';
  while (value > 0n) {
    out = BASE58[Number(value % 58n)]! + out;
    value /= 58n;
  }
  for (const byte of bytes) {
    if (byte !== 0) break;
    out = '1' + out;
  }
  return out;
}

export function base58Decode(text: string): Uint8Array | undefined {
  let value = 0n;
  for (const ch of text) {
    const digit = BASE58.indexOf(ch);
    if (digit === -1) return undefined;
    value = value * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  while (value > 0n) {
    bytes.unshift(Number(value % 256n));
    value /= 256n;
  }
  for (const ch of text) {
    if (ch !== '1') break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function bech32Polymod(values: readonly number[]): number {
  const generators = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const value of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= generators[i]!;
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (const ch of hrp) out.push(ch.charCodeAt(0) >> 5);
  out.push(0);
  for (const ch of hrp) out.push(ch.charCodeAt(0) & 31);
  return out;
}

/** BIP-173 segwit v0 address for a 20-byte program. */
export function bech32Address(hrp: string, program: Uint8Array): string {
  const data = [0];
  let accumulator = 0;
  let bits = 0;
  for (const byte of program) {
    accumulator = (accumulator << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((accumulator >> bits) & 31);
    }
  }
  if (bits > 0) data.push((accumulator << (5 - bits)) & 31);
  const polymod = bech32Polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => (polymod >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data, ...checksum].map((d) => BECH32[d]).join('');
}

export function isValidBech32(address: string): boolean {
  const separator = address.lastIndexOf('1');
  if (separator < 1) return false;
  const hrp = address.slice(0, separator);
  const data = [...address.slice(separator + 1)].map((ch) => BECH32.indexOf(ch));
  if (data.some((d) => d === -1)) return false;
  return bech32Polymod([...hrpExpand(hrp), ...data]) === 1;
}
