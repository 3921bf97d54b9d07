import { isHexDigit } from '../text/chars.js';
import { parseIpv4 } from './ipv4-address.js';

const COLON = 58;

/**
 * Checks that `text` between `start` and `end` is an IPv6 address in RFC 4291 text form: eight
 * groups of 1–4 hex digits, or fewer with exactly one `::`, optionally ending in a dotted-quad
 * IPv4 tail that stands for the last two groups. Returns how many groups are written out (the
 * IPv4 tail counting as two; `::` alone gives 0), or -1 when the text is not an address.
 */
export function ipv6GroupCount(text: string, start: number, end: number): number {
  let position = start;
  let groups = 0;
  let compressed = false;
  if (text.charCodeAt(position) === COLON) {
    if (text.charCodeAt(position + 1) !== COLON) return -1;
    compressed = true;
    position += 2;
  }
  while (position < end) {
    let groupEnd = position;
    while (groupEnd < end && groupEnd - position < 5 && isHexDigit(text.charCodeAt(groupEnd))) groupEnd++;
    if (groupEnd < end && text.charCodeAt(groupEnd) === 46) {
      if (parseIpv4(text, position) !== end) return -1;
      groups += 2;
      break;
    }
    const length = groupEnd - position;
    if (length === 0 || length > 4) return -1;
    if (++groups > 8) return -1;
    position = groupEnd;
    if (position === end) break;
    if (text.charCodeAt(position) !== COLON) return -1;
    position++;
    if (position < end && text.charCodeAt(position) === COLON) {
      if (compressed) return -1;
      compressed = true;
      position++;
    } else if (position === end) {
      return -1;
    }
  }
  if (compressed ? groups > 7 : groups !== 8) return -1;
  return groups;
}
