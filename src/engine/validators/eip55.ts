import { keccak256 } from './keccak256.js';

const ADDRESS_HEX_LENGTH = 40;

/**
 * EIP-55 check of the 40 hex digits at `start` (just after `0x`): each letter must be upper
 * case exactly when the matching nibble of keccak256(lower-case hex text) is 8 or more. Only
 * meaningful for mixed-case text, since all-lower and all-upper addresses carry no checksum.
 */
export function isEip55Checksummed(text: string, start: number): boolean {
  if (start + ADDRESS_HEX_LENGTH > text.length) return false;
  const lowerHex = new Uint8Array(ADDRESS_HEX_LENGTH);
  for (let i = 0; i < ADDRESS_HEX_LENGTH; i++) {
    const code = text.charCodeAt(start + i);
    lowerHex[i] = code >= 65 && code <= 70 ? code + 32 : code;
  }
  const hash = keccak256(lowerHex);
  for (let i = 0; i < ADDRESS_HEX_LENGTH; i++) {
    const code = text.charCodeAt(start + i);
    if (code < 65) continue; // digits carry no case
    const nibble = (i & 1) === 0 ? hash[i >>> 1]! >>> 4 : hash[i >>> 1]! & 0x0f;
    const isUpper = code <= 70;
    if (isUpper !== nibble >= 8) return false;
  }
  return true;
}
