/**
 * Check digits for generated values, so that validating detectors (Luhn, mod-97, token CRCs)
 * accept every labelled value: a miss is then a real miss, not bad test data.
 */

export function luhnCheckDigit(payload) {
  let sum = 0;
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

function mod97(decimal) {
  let rest = 0;
  for (let i = 0; i < decimal.length; i++) rest = (rest * 10 + (decimal.charCodeAt(i) - 48)) % 97;
  return rest;
}

function lettersToDigits(text) {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= 65 && code <= 90 ? String(code - 55) : ch;
  }
  return out;
}

export function ibanCheckDigits(country, bban) {
  return String(98 - mod97(lettersToDigits(bban + country + '00'))).padStart(2, '0');
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

function crc32(ascii) {
  let crc = 0xffffffff;
  for (let i = 0; i < ascii.length; i++) crc = CRC_TABLE[(crc ^ ascii.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The six-character suffix GitHub and npm tokens carry: base62 of the CRC32 of the body. */
export function base62Crc32(entropy) {
  let value = crc32(entropy);
  let out = '';
  while (value > 0) {
    out = BASE62[value % 62] + out;
    value = Math.floor(value / 62);
  }
  return out.padStart(6, '0');
}
