import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Finding } from '../engine/types.js';
import type { Replacer } from './types.js';
import { aes256KeyFrom } from './key-material.js';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const TOKEN_PATTERN = /<ENC:([A-Z0-9_]{1,40}):([A-Za-z0-9_-]{38,})>/g;

/**
 * Reversible tokens for a security team holding the key: `<ENC:EMAIL:base64url(iv|ciphertext|tag)>`.
 * AES-256-GCM with a random IV per value, so equal values give different tokens and any
 * tampering fails decryption. The type is bound as associated data.
 */
export function createEncryptReplacer(key: Buffer): Replacer {
  return (match: string, finding: Finding) => {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(finding.type, 'utf8'));
    const body = Buffer.concat([cipher.update(match, 'utf8'), cipher.final()]);
    const token = Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
    return `<ENC:${finding.type}:${token}>`;
  };
}

/**
 * Replaces every `<ENC:…>` token in `text` with the value it hides. Throws if a token was
 * made with another key or altered. For the holders of the key, not for the telemetry path.
 */
export function decryptTokens(text: string, key: string | Uint8Array): string {
  const keyBytes = aes256KeyFrom(key, 'key');
  return text.replace(TOKEN_PATTERN, (_token, type: string, payload: string) => {
    const raw = Buffer.from(payload, 'base64url');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('otel-pii-redact: malformed encrypted token');
    const decipher = createDecipheriv('aes-256-gcm', keyBytes, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(type, 'utf8'));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
  });
}
