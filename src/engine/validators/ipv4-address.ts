import { isAsciiDigit } from '../text/chars.js';

/**
 * Parses a dotted-quad IPv4 address starting exactly at `start`: four decimal octets 0–255
 * joined by dots, no leading zeros except a lone `0` (so `010.1.1.1`, which some parsers read
 * as octal, is not an address). Returns the index just past the fourth octet, or -1. Does not
 * look at what follows: `1.2.3.4.5` parses as `1.2.3.4` and the caller judges the boundary.
 */
export function parseIpv4(text: string, start: number): number {
  let position = start;
  for (let octet = 0; octet < 4; octet++) {
    if (octet > 0) {
      if (text.charCodeAt(position) !== 46) return -1;
      position++;
    }
    const octetEnd = parseOctet(text, position);
    if (octetEnd === -1) return -1;
    position = octetEnd;
  }
  return position;
}

/**
 * The dotted quad between `start` and `end` (as accepted by {@link parseIpv4}) as an unsigned
 * 32-bit number: `127.0.0.1` is 0x7f000001.
 */
export function ipv4Value(text: string, start: number, end: number): number {
  let value = 0;
  let octet = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiDigit(code)) {
      octet = octet * 10 + (code - 48);
    } else {
      value = value * 256 + octet;
      octet = 0;
    }
  }
  return (value * 256 + octet) >>> 0;
}

function parseOctet(text: string, start: number): number {
  let value = 0;
  let position = start;
  while (position < text.length && position - start < 4) {
    const code = text.charCodeAt(position);
    if (!isAsciiDigit(code)) break;
    value = value * 10 + (code - 48);
    position++;
  }
  const length = position - start;
  if (length === 0 || length > 3 || value > 255) return -1;
  if (length > 1 && text.charCodeAt(start) === 48) return -1;
  return position;
}
