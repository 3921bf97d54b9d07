import type { Detector, Report } from '../types.js';
import { isAsciiLower, isAsciiUpper, isHexDigit, isWordChar } from '../text/chars.js';
import { hasWordBefore } from '../text/context-words.js';
import { codeUnitsOf } from '../text/code-units.js';
import { ANY_RUN, DigitRunWalk } from '../text/digit-runs.js';
import { isWordUnit } from '../text/number-boundaries.js';
import { base58CheckVersion, isBase58Char } from '../validators/base58check.js';
import { segwitVersion } from '../validators/bech32.js';
import { isEip55Checksummed } from '../validators/eip55.js';

const BTC_CONFIDENCE = 0.9;
const P2PKH_VERSION = 0;
const P2SH_VERSION = 5;
const MIN_BASE58_LENGTH = 26;
const MAX_BASE58_LENGTH = 35;

const runs = new DigitRunWalk();

/**
 * Bitcoin mainnet addresses: legacy P2PKH (`1…`) and P2SH (`3…`) in Base58Check, 26–35
 * characters, with the version byte matching the first character and a valid double-SHA-256
 * checksum; and segwit `bc1…` addresses with a valid bech32 (v0) or bech32m (v1+, taproot)
 * checksum. Testnet and other coins' prefixes are not reported. A random 26–35 character token
 * passes the checksum with probability 2^-32, so hashes and ids do not qualify.
 */
function findBitcoinAddresses(text: string, report: Report): void {
  const length = text.length;
  let units = codeUnitsOf(text);
  runs.begin(text, ANY_RUN);
  let from = 0;
  while (runs.next(from)) {
    const digit = runs.start;
    from = runs.end;
    // The first digit of an address is its first character (`1…`, `3…`) or its third (`bc1…`).
    const start = digit >= 2 && isSegwitPrefixIn(units, digit - 2) ? digit - 2 : digit;
    if (start !== 0 && isWordUnit(units[start - 1]!)) continue;
    // Only `1…`, `3…` and `bc1…` start an address. The later runs of this word follow a word
    // character and are skipped too, so no need to walk to its end first.
    const first = units[start]!;
    if (first !== 49 && first !== 51 && start === digit) continue;
    while (from < length && isWordUnit(units[from]!)) from++;
    if (isBitcoinAddress(text, start, from)) {
      report('CRYPTO_WALLET', start, from, BTC_CONFIDENCE);
      // `report` may have looked at another text, which replaces the shared code units and walk.
      units = codeUnitsOf(text);
      runs.begin(text, ANY_RUN);
    }
  }
}

/** {@link isSegwitPrefix} over the code units of the text; `start + 2` is a digit's index. */
function isSegwitPrefixIn(units: Uint16Array, start: number): boolean {
  return (units[start]! | 32) === 98 && (units[start + 1]! | 32) === 99 && units[start + 2] === 49;
}

function isBitcoinAddress(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const length = end - start;
  if (first === 49 || first === 51) {
    if (length < MIN_BASE58_LENGTH || length > MAX_BASE58_LENGTH) return false;
    // Cheap alphabet pass first: decoding allocates and hashes.
    for (let i = start + 1; i < end; i++) if (!isBase58Char(text.charCodeAt(i))) return false;
    const version = base58CheckVersion(text, start, end);
    return version === (first === 49 ? P2PKH_VERSION : P2SH_VERSION);
  }
  if (isSegwitPrefix(text, start)) return segwitVersion(text, start, end, 'bc') !== -1;
  return false;
}

/** `bc1` in either case at `start`: the human-readable part of a mainnet segwit address. */
function isSegwitPrefix(text: string, start: number): boolean {
  return (
    (text.charCodeAt(start) | 32) === 98 && (text.charCodeAt(start + 1) | 32) === 99 && text.charCodeAt(start + 2) === 49
  );
}

const ETH_HEX_LENGTH = 40;
const ETH_CHECKSUM_CONFIDENCE = 0.9;
const ETH_LABELLED_CONFIDENCE = 0.75;
/** How far before `0x…` a label may start (`"wallet_address": "0x…"`). */
const ETH_LABEL_WINDOW = 40;
const ETH_LABELS: readonly string[] = [
  'wallet', 'eth', 'ether', 'ethereum', 'address', 'addr', 'recipient', 'metamask',
];

/**
 * Ethereum addresses: `0x` and exactly 40 hex digits. `0x` plus 40 hex is also how SHA-1 digests,
 * storage keys and many other hashes look, so a match is reported only when its mixed case is a
 * valid EIP-55 checksum (which random hex almost never is), or when a label such as `wallet`,
 * `eth` or `address` stands shortly before it (lower confidence). Longer hex runs (64-digit
 * transaction hashes) are skipped.
 */
function findEthereumAddresses(text: string, report: Report): void {
  const length = text.length;
  let at = text.indexOf('0x');
  while (at !== -1) {
    const hexStart = at + 2;
    const end = hexStart + ETH_HEX_LENGTH;
    if (end <= length && (at === 0 || !isWordChar(text.charCodeAt(at - 1))) && isHexRun(text, hexStart, end)) {
      if (end === length || !isWordChar(text.charCodeAt(end))) {
        if (hasMixedCase(text, hexStart, end) && isEip55Checksummed(text, hexStart)) {
          report('CRYPTO_WALLET', at, end, ETH_CHECKSUM_CONFIDENCE);
        } else if (hasWordBefore(text, at, ETH_LABEL_WINDOW, ETH_LABELS)) {
          report('CRYPTO_WALLET', at, end, ETH_LABELLED_CONFIDENCE);
        }
      }
    }
    at = text.indexOf('0x', hexStart);
  }
}

function isHexRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHexDigit(text.charCodeAt(i))) return false;
  return true;
}

function hasMixedCase(text: string, start: number, end: number): boolean {
  let lower = false;
  let upper = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiLower(code)) lower = true;
    else if (isAsciiUpper(code)) upper = true;
  }
  return lower && upper;
}

export const bitcoinWalletDetector: Detector = {
  name: 'crypto_wallet.btc',
  types: ['CRYPTO_WALLET'],
  enabledByDefault: false,
  trigger: { digit: true },
  find: findBitcoinAddresses,
};

export const ethereumWalletDetector: Detector = {
  name: 'crypto_wallet.eth',
  types: ['CRYPTO_WALLET'],
  enabledByDefault: false,
  trigger: { keywords: ['0x'] },
  find: findEthereumAddresses,
};

export const cryptoWalletDetectors: readonly Detector[] = [bitcoinWalletDetector, ethereumWalletDetector];
