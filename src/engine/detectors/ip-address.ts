import type { Detector, Report } from '../types.js';
import { isAsciiAlphanumeric, isAsciiDigit, isAsciiLetter, isHexDigit, isWordChar } from '../text/chars.js';
import { hasWordRightBefore } from '../text/context-words.js';
import { endsEscape } from '../text/escapes.js';
import { codeUnitsOf } from '../text/code-units.js';
import { DigitRunWalk, FREE_RUNS } from '../text/digit-runs.js';
import { endsEscapeIn, isWordUnit } from '../text/number-boundaries.js';
import { ipv4Value, parseIpv4 } from '../validators/ipv4-address.js';
import { ipv6GroupCount } from '../validators/ipv6-address.js';

const CONFIDENCE = 0.9;
const DOT = 46;
const COLON = 58;
const SLASH = 47;
const HYPHEN = 45;
const MAX_PRODUCT_LENGTH = 32;
/** Longest IPv6 text: eight full groups, or six plus an IPv4 tail. */
const MAX_IPV6_LENGTH = 45;

// A dotted quad after one of these words is a version number, not an address.
const VERSION_WORDS: readonly string[] = [
  'version', 'ver', 'v', 'build', 'release', 'revision', 'rev', 'firmware', 'fw',
];
const VERSION_GAP = ' :="\'';

const runs = new DigitRunWalk();

/**
 * Finds IPv4 dotted quads (octets 0–255, no leading zeros) that are not part of a longer dotted
 * number (`1.2.3.4.5`, OIDs, `4.3.2.1.in-addr.arpa`), not glued to a word, and not a version
 * (`version 1.2.3.4`, `v8 11.3.244.8-node.23`, user-agent tokens such as `Chrome/128.0.0.0`).
 * Loopback 127.0.0.0/8, the 0.0.0.0/8 "this host" block and the broadcast 255.255.255.255
 * identify no one and are left alone; private ranges (10/8, 172.16/12, 192.168/16) still locate
 * a network and are reported.
 */
function findIpv4(text: string, report: Report): void {
  const length = text.length;
  let units = codeUnitsOf(text);
  runs.begin(text, FREE_RUNS);
  let from = 0;
  while (runs.next(from)) {
    const start = runs.start;
    from = runs.end;
    // The run is the first octet: three digits at most, then a dot. Most runs fail right here.
    if (from - start > 3 || from >= length || units[from] !== DOT || !isIpv4Start(text, units, start)) continue;
    const end = parseIpv4(text, start);
    if (end !== -1 && isIpv4End(text, end) && isPersonalIpv4(text, start, end) && !isVersion(text, start)) {
      report('IP_ADDRESS', start, end, CONFIDENCE);
      // `report` may have looked at another text, which replaces the shared code units and walk.
      units = codeUnitsOf(text);
      runs.begin(text, FREE_RUNS);
      from = end;
    }
  }
}

function isIpv4Start(text: string, units: Uint16Array, start: number): boolean {
  if (start === 0) return true;
  const before = units[start - 1]!;
  if (isWordUnit(before)) return endsEscapeIn(units, start);
  if (before === DOT && start >= 2 && isAsciiAlphanumeric(units[start - 2]!)) return false;
  return !(before === SLASH && isProductToken(text, start - 1));
}

function isIpv4End(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const after = text.charCodeAt(end);
  if (isWordChar(after)) return false;
  if (end + 1 >= text.length) return true;
  const next = text.charCodeAt(end + 1);
  // `1.2.3.4.5` continues the number; `11.3.244.8-node` and `1.2.3.4-beta` are versions.
  return !((after === DOT && isAsciiAlphanumeric(next)) || (after === HYPHEN && isAsciiLetter(next)));
}

/**
 * The word that ends at `slash` names a product in a user-agent (`Chrome/128.0.0.0`,
 * `Safari/537.36`), not a path segment (`/hosts/10.0.0.1`): it starts after a space, bracket or
 * the start of the text rather than after another slash.
 */
function isProductToken(text: string, slash: number): boolean {
  let start = slash;
  while (start > 0 && slash - start < MAX_PRODUCT_LENGTH && isProductChar(text.charCodeAt(start - 1))) start--;
  if (start === slash || (start > 0 && slash - start >= MAX_PRODUCT_LENGTH)) return false;
  if (!isAsciiLetter(text.charCodeAt(start))) return false;
  return start === 0 || text.charCodeAt(start - 1) !== SLASH;
}

function isProductChar(code: number): boolean {
  return isWordChar(code) || code === HYPHEN || code === DOT;
}

function isPersonalIpv4(text: string, start: number, end: number): boolean {
  const value = ipv4Value(text, start, end);
  const firstOctet = value >>> 24;
  return firstOctet !== 127 && firstOctet !== 0 && value !== 0xffffffff;
}

function isVersion(text: string, start: number): boolean {
  return hasWordRightBefore(text, start, VERSION_WORDS, VERSION_GAP, 4);
}

/**
 * Finds IPv6 addresses in full or `::`-compressed form, optionally with an IPv4 tail
 * (`::ffff:192.0.2.1`), by growing a span of hex digits and colons around each colon and
 * validating the group structure. To keep clear of look-alikes it also requires a decimal digit
 * somewhere (not `dead::beef`), at least two written groups with a 3–4 digit first group when
 * fewer than three are written (`fe80::1`, but not `a::b`, `std::vector` or slices like `[1::2]`),
 * and rejects eight 2-digit groups (EUI-64 and byte dumps). Times (`12:30:45`) and MAC addresses
 * fail the group count. `::` and the loopback `::1` are left alone.
 */
function findIpv6(text: string, report: Report): void {
  const length = text.length;
  let units = codeUnitsOf(text);
  let scanned = 0;
  let colon = text.indexOf(':');
  while (colon !== -1) {
    let start = colon;
    while (start > scanned && IPV6_UNITS[units[start - 1]!] === IPV6_CHAR) start--;
    let end = colon + 1;
    while (end < length && IPV6_UNITS[units[end]!] !== 0) end++;
    scanned = end;
    const spanEnd = end;
    // Sentence punctuation after an address is not part of it: `…::1.` or `2001:db8::1: refused`.
    while (end > start && units[end - 1] === DOT) end--;
    if (end - start > 2 && units[end - 1] === COLON && units[end - 2] !== COLON) end--;
    // Most colons are a label's (`Note: `, `"key":`): too short a span to be an address.
    if (end - start >= 3 && isIpv6Candidate(text, start, end)) {
      report('IP_ADDRESS', start, end, CONFIDENCE);
      // `report` may have looked at another text, which replaces the shared code units.
      units = codeUnitsOf(text);
    }
    colon = text.indexOf(':', spanEnd);
  }
}

/** Per code unit (ASCII only, the rest read as 0): hex digits and `:`, or the `.` of an IPv4 tail. */
const IPV6_CHAR = 1;
const IPV4_TAIL_DOT = 2;
const IPV6_UNITS = new Uint8Array(65_536);
for (const char of '0123456789abcdefABCDEF:') IPV6_UNITS[char.charCodeAt(0)] = IPV6_CHAR;
IPV6_UNITS[DOT] = IPV4_TAIL_DOT;

function isIpv6Candidate(text: string, start: number, end: number): boolean {
  if (end - start < 3 || end - start > MAX_IPV6_LENGTH) return false;
  if (start > 0) {
    const before = text.charCodeAt(start - 1);
    if ((isWordChar(before) && !endsEscape(text, start)) || before === DOT) return false;
  }
  if (end < text.length && isWordChar(text.charCodeAt(end))) return false;
  const groups = ipv6GroupCount(text, start, end);
  if (groups === -1) return false;

  let hasDecimalDigit = false;
  let compressed = false;
  let allPairs = true;
  let firstGroupLength = -1;
  let groupLength = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === COLON) {
      if (firstGroupLength === -1) firstGroupLength = groupLength;
      if (groupLength !== 2) allPairs = false;
      if (i > start && text.charCodeAt(i - 1) === COLON) compressed = true;
      groupLength = 0;
    } else {
      if (isAsciiDigit(code)) hasDecimalDigit = true;
      groupLength++;
    }
  }
  if (groupLength !== 2) allPairs = false;
  if (!hasDecimalDigit) return false;
  if (!compressed) return !allPairs;
  if (groups < 2) return false;
  return groups >= 3 || firstGroupLength >= 3;
}

export const ipv4Detector: Detector = {
  name: 'ip_address.v4',
  types: ['IP_ADDRESS'],
  enabledByDefault: true,
  // Four octets of a digit or more.
  trigger: { digit: true, minDigits: 4 },
  find: findIpv4,
};

export const ipv6Detector: Detector = {
  name: 'ip_address.v6',
  types: ['IP_ADDRESS'],
  enabledByDefault: true,
  trigger: { chars: ':' },
  find: findIpv6,
};

export const ipAddressDetectors: readonly Detector[] = [ipv4Detector, ipv6Detector];
