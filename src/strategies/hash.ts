import { createHmac } from 'node:crypto';
import type { Finding } from '../engine/types.js';
import type { Replacer } from './types.js';

/**
 * Keyed pseudonyms: `<EMAIL:9f2c1a0b7d3e4f56>`. HMAC-SHA-256 over type and value, so equal
 * inputs give equal tokens wherever the same key is configured, and a dictionary of likely
 * values cannot be hashed to reverse them without the key.
 */
export function createHashReplacer(key: Buffer, hexLength: number): Replacer {
  return (match: string, finding: Finding) => pseudonym(key, hexLength, finding.type, match);
}

export function pseudonym(key: Buffer, hexLength: number, type: string, value: string): string {
  const digest = createHmac('sha256', key).update(type).update('\u0000').update(value).digest('hex');
  return `<${type}:${digest.slice(0, hexLength)}>`;
}
