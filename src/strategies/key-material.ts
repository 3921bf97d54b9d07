import { PolicyError } from '../policy/policy-error.js';

const HEX_32_BYTES = /^[0-9a-fA-F]{64}$/;
const BASE64_32_BYTES = /^[A-Za-z0-9+/_-]{43}=?$/;

/** HMAC key: raw bytes or a string's UTF-8 bytes, at least `minBytes` long. Never echoes the key. */
export function hmacKeyFrom(value: string | Uint8Array, field: string, minBytes = 16): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value);
  if (bytes.length < minBytes) {
    throw new PolicyError(field, `must be at least ${minBytes} bytes of key material (got ${bytes.length})`);
  }
  return bytes;
}

/** AES-256 key: 32 raw bytes, 64 hex characters, or base64/base64url of 32 bytes. Never echoes the key. */
export function aes256KeyFrom(value: string | Uint8Array, field: string): Buffer {
  if (typeof value !== 'string') {
    if (value.length !== 32) throw new PolicyError(field, `must be 32 bytes (got ${value.length})`);
    return Buffer.from(value);
  }
  const trimmed = value.trim();
  if (HEX_32_BYTES.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (BASE64_32_BYTES.test(trimmed)) {
    const bytes = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (bytes.length === 32) return bytes;
  }
  throw new PolicyError(field, 'must be 32 bytes given as 64 hex characters or base64 (e.g. `openssl rand -base64 32`)');
}
