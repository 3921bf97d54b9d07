import type { Detector, Report } from '../types.js';
import { isAsciiLetter, isHexDigit, isWordChar } from '../text/chars.js';
import { codeUnitsOf } from '../text/code-units.js';
import { kernelHolding, nextSetBit } from '../text/kernel/kernel.js';

const CONFIDENCE = 0.85;
const COLON = 58;
const HYPHEN = 45;
const DOT = 46;
/** `aa:bb:cc:dd:ee:ff` and `aabb.ccdd.eeff` are both 17 and 14 characters long. */
const PAIRED_LENGTH = 17;
const DOTTED_LENGTH = 14;
/** Where the first separator sits: `aa:` and `aabb.`. */
const PAIR_SEPARATOR_OFFSET = 2;
const DOT_SEPARATOR_OFFSET = 4;

/**
 * Finds MAC addresses: six hex pairs joined consistently by `:` or `-`, or Cisco's dotted
 * `xxxx.xxxx.xxxx`. The dotted form must contain a hex letter, since three dotted groups of four
 * decimal digits are more often a phone number or a version. Longer colon or hyphen chains
 * (EUI-64, IPv6, byte dumps) are skipped whole; the all-zero and broadcast addresses identify
 * no device and are left alone.
 *
 * Every address has a separator at a fixed offset from its start, repeated one group on, so only
 * such separators are visited: read from the kernel's bitmap of them when it holds the text,
 * otherwise found by one loop over the code units. Prose has almost none. A candidate
 * starts a word and does not continue a chain, so candidates never overlap one another.
 */
function findMacAddresses(text: string, report: Report): void {
  const length = text.length;
  let units = codeUnitsOf(text);
  let separators = kernelHolding(units)?.separatorsOf(text);
  for (let at = nextSeparator(units, separators, 0, length); at < length; at = nextSeparator(units, separators, at + 1, length)) {
    if (!reportAddressAt(text, units, at, report)) continue;
    // `report` may have looked at another text, which replaces the shared code units and bitmaps.
    units = codeUnitsOf(text);
    separators = kernelHolding(units)?.separatorsOf(text);
  }
}

/**
 * Index of the next separator at or after `from` that is repeated one group on (`:` or `-` three
 * units on, `.` five), or `length`: read from the kernel's bitmap when given, else unit by unit.
 */
function nextSeparator(units: Uint16Array, separators: Int32Array | undefined, from: number, length: number): number {
  if (separators !== undefined) return nextSetBit(separators, from, length);
  for (let i = from; i < length; i++) {
    const code = units[i]!;
    if (code === COLON || code === HYPHEN ? i + 3 < length && units[i + 3] === code : code === DOT && i + 5 < length && units[i + 5] === DOT) {
      return i;
    }
  }
  return length;
}

/** Reports the address whose first separator is at `at`, if there is one; tells whether it did. */
function reportAddressAt(text: string, units: Uint16Array, at: number, report: Report): boolean {
  const code = units[at]!;
  const offset = code === DOT ? DOT_SEPARATOR_OFFSET : PAIR_SEPARATOR_OFFSET;
  // An address continues with hex after its first separator.
  if (at < offset || !isHexUnit(units[at + 1]!)) return false;
  const start = at - offset;
  if (!isHexUnit(units[start]!) || !isChainStart(text, start)) return false;
  const end = code === DOT ? matchDotted(text, start) : matchPaired(text, start, code);
  if (end === -1 || !isChainEnd(text, end) || isAllSame(text, start, end)) return false;
  report('MAC_ADDRESS', start, end, CONFIDENCE);
  return true;
}

const HEX_UNITS = new Uint8Array(128);
for (const char of '0123456789abcdefABCDEF') HEX_UNITS[char.charCodeAt(0)] = 1;

function isHexUnit(unit: number): boolean {
  return unit < 128 && HEX_UNITS[unit] === 1;
}

/** End of `hh<s>hh<s>hh<s>hh<s>hh<s>hh` at `start` with `separator` throughout, else -1. */
function matchPaired(text: string, start: number, separator: number): number {
  if (start + PAIRED_LENGTH > text.length) return -1;
  for (let i = 0; i < PAIRED_LENGTH; i++) {
    const code = text.charCodeAt(start + i);
    if (i % 3 === 2 ? code !== separator : !isHexDigit(code)) return -1;
  }
  return start + PAIRED_LENGTH;
}

/** End of `hhhh.hhhh.hhhh` containing at least one hex letter, else -1. */
function matchDotted(text: string, start: number): number {
  if (start + DOTTED_LENGTH > text.length) return -1;
  let hasLetter = false;
  for (let i = 0; i < DOTTED_LENGTH; i++) {
    const code = text.charCodeAt(start + i);
    if (i % 5 === 4) {
      if (code !== DOT) return -1;
    } else {
      if (!isHexDigit(code)) return -1;
      if (isAsciiLetter(code)) hasLetter = true;
    }
  }
  return hasLetter ? start + DOTTED_LENGTH : -1;
}

function isSeparator(code: number): boolean {
  return code === COLON || code === HYPHEN || code === DOT;
}

/**
 * A candidate must not continue a chain of hex groups on its left (`77:` before six more pairs
 * is an EUI-64 or a dump); a label such as `mac:` is fine.
 */
function isChainStart(text: string, start: number): boolean {
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  if (isWordChar(before)) return false;
  return !(isSeparator(before) && isHexGroupBefore(text, start - 1));
}

function isChainEnd(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const after = text.charCodeAt(end);
  if (isWordChar(after)) return false;
  return !(isSeparator(after) && isHexGroupAfter(text, end + 1));
}

/** The word that ends at `end` is 2 or 4 hex digits: one more group of a chain. */
function isHexGroupBefore(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && end - start < 5 && isWordChar(text.charCodeAt(start - 1))) start--;
  return isHexGroup(text, start, end);
}

/** The word that starts at `start` is 2 or 4 hex digits. */
function isHexGroupAfter(text: string, start: number): boolean {
  let end = start;
  while (end < text.length && end - start < 5 && isWordChar(text.charCodeAt(end))) end++;
  return isHexGroup(text, start, end);
}

function isHexGroup(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length !== 2 && length !== 4) return false;
  for (let i = start; i < end; i++) if (!isHexDigit(text.charCodeAt(i))) return false;
  return true;
}

/** 00:00:00:00:00:00 and ff:ff:ff:ff:ff:ff (any case, any form). */
function isAllSame(text: string, start: number, end: number): boolean {
  let zeros = true;
  let ones = true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i) | 32;
    if (!isHexDigit(code)) continue;
    if (code !== 48) zeros = false;
    if (code !== 102) ones = false;
  }
  return zeros || ones;
}

export const macAddressDetector: Detector = {
  name: 'mac_address',
  types: ['MAC_ADDRESS'],
  enabledByDefault: true,
  trigger: { chars: ':-.' },
  find: findMacAddresses,
};

export const macAddressDetectors: readonly Detector[] = [macAddressDetector];
