const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_CONSTANT = 1;
const BECH32M_CONSTANT = 0x2bc830a3;
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3] as const;
/** Shortest and longest segwit address strings (BIP 173 with a two-letter prefix). */
const MIN_LENGTH = 14;
const MAX_LENGTH = 74;
const CHECKSUM_LENGTH = 6;

// Lower-case char code -> 5-bit value, 255 outside the bech32 alphabet (1, b, i, o and the rest).
const VALUE_BY_CODE = buildValueTable();

function buildValueTable(): Uint8Array {
  const table = new Uint8Array(128).fill(255);
  for (let i = 0; i < CHARSET.length; i++) table[CHARSET.charCodeAt(i)] = i;
  return table;
}

function polymodStep(checksum: number, value: number): number {
  const top = checksum >>> 25;
  let next = ((checksum & 0x1ffffff) << 5) ^ value;
  for (let i = 0; i < 5; i++) if ((top >>> i) & 1) next ^= GENERATOR[i]!;
  return next;
}

/**
 * Validates a segwit address (BIP 173 bech32 for witness version 0, BIP 350 bech32m for versions
 * 1–16, e.g. taproot `bc1p…`) written between `start` and `end`, whose human-readable prefix must
 * be `hrp` (lower-case, e.g. `bc` for Bitcoin mainnet). Checks case (all lower or all upper), the
 * alphabet, the checksum with the constant the version requires, and the witness program length
 * (2–40 bytes; 20 or 32 for version 0). Returns the witness version, or -1.
 */
export function segwitVersion(text: string, start: number, end: number, hrp: string): number {
  const length = end - start;
  if (length < MIN_LENGTH || length > MAX_LENGTH) return -1;
  let lower = false;
  let upper = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) lower = true;
    else if (code >= 65 && code <= 90) upper = true;
  }
  if (lower && upper) return -1;

  const separator = start + hrp.length;
  if (text.charCodeAt(separator) !== 49) return -1;
  let checksum = 1;
  for (let i = 0; i < hrp.length; i++) {
    if ((text.charCodeAt(start + i) | 32) !== hrp.charCodeAt(i)) return -1;
    checksum = polymodStep(checksum, hrp.charCodeAt(i) >>> 5);
  }
  checksum = polymodStep(checksum, 0);
  for (let i = 0; i < hrp.length; i++) checksum = polymodStep(checksum, hrp.charCodeAt(i) & 31);

  const dataStart = separator + 1;
  const programEnd = end - CHECKSUM_LENGTH;
  if (programEnd <= dataStart) return -1;
  let version = -1;
  let accumulator = 0;
  let bits = 0;
  let programBytes = 0;
  for (let i = dataStart; i < end; i++) {
    const code = text.charCodeAt(i) | 32;
    const value = code < 128 ? VALUE_BY_CODE[code]! : 255;
    if (value === 255) return -1;
    checksum = polymodStep(checksum, value);
    if (i === dataStart) {
      version = value;
    } else if (i < programEnd) {
      accumulator = ((accumulator << 5) | value) & 0xfff;
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        programBytes++;
      }
    }
  }
  // Regrouping 5-bit values into bytes may leave at most 4 padding bits, all zero.
  if (bits > 4 || (accumulator & ((1 << bits) - 1)) !== 0) return -1;
  if (version > 16 || programBytes < 2 || programBytes > 40) return -1;
  if (version === 0 && programBytes !== 20 && programBytes !== 32) return -1;
  return checksum === (version === 0 ? BECH32_CONSTANT : BECH32M_CONSTANT) ? version : -1;
}
