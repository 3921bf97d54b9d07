import { createHash } from 'node:crypto';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** Payload size of a Bitcoin address: 1 version byte, 20-byte hash, 4-byte checksum. */
const ADDRESS_BYTES = 25;

// Char code -> base58 digit, 255 for characters outside the alphabet (0, O, I, l and the rest).
const DIGIT_BY_CODE = buildDigitTable();

function buildDigitTable(): Uint8Array {
  const table = new Uint8Array(128).fill(255);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
}

/** True when the char code belongs to the base58 alphabet. */
export function isBase58Char(code: number): boolean {
  return code < 128 && DIGIT_BY_CODE[code] !== 255;
}

/**
 * Decodes the base58 text between `start` and `end` as a 25-byte Base58Check payload and checks
 * its checksum (first four bytes of SHA-256 applied twice to the other 21). Returns the version
 * byte (0 for P2PKH `1…`, 5 for P2SH `3…` on mainnet), or -1 when the text is not a valid
 * payload. Allocates only for text that decodes to exactly 25 bytes.
 */
export function base58CheckVersion(text: string, start: number, end: number): number {
  const bytes = new Uint8Array(ADDRESS_BYTES);
  let leadingOnes = 0;
  let counting = true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? DIGIT_BY_CODE[code]! : 255;
    if (digit === 255) return -1;
    if (counting && digit === 0) leadingOnes++;
    else counting = false;
    let carry = digit;
    for (let j = ADDRESS_BYTES - 1; j >= 0; j--) {
      carry += bytes[j]! * 58;
      bytes[j] = carry & 0xff;
      carry >>>= 8;
    }
    if (carry !== 0) return -1;
  }
  // Base58 writes each leading zero byte as one '1'; any other count means a different length.
  let leadingZeros = 0;
  while (leadingZeros < ADDRESS_BYTES && bytes[leadingZeros] === 0) leadingZeros++;
  if (leadingZeros !== leadingOnes) return -1;
  const payload = bytes.subarray(0, ADDRESS_BYTES - 4);
  const digest = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest();
  for (let k = 0; k < 4; k++) if (digest[k] !== bytes[ADDRESS_BYTES - 4 + k]) return -1;
  return bytes[0]!;
}
