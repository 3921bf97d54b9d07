import { createHmac } from 'node:crypto';
import { ownCopy } from '../engine/clean-text-memo.js';
import type { Finding } from '../engine/types.js';
import type { Replacer } from './types.js';

/** Tokens remembered per replacer, and the longest value remembered. */
const REMEMBERED_TOKENS = 2_048;
const MAX_REMEMBERED_LENGTH = 128;

/**
 * Keyed pseudonyms: `<EMAIL:9f2c1a0b7d3e4f56>`. HMAC-SHA-256 over type and value, so equal
 * inputs give equal tokens wherever the same key is configured, and a dictionary of likely
 * values cannot be hashed to reverse them without the key.
 *
 * Telemetry repeats the same ids in every record (`enduser.id`, a session or customer id), and an
 * HMAC costs microseconds, mostly in setting it up: the tokens of short values are remembered,
 * per type, in a bounded map that starts over when full. It lives as long as the replacer and,
 * like the telemetry passing through, holds the values in memory; it never writes them anywhere.
 */
export function createHashReplacer(key: Buffer, hexLength: number): Replacer {
  const tokensByType = new Map<string, Map<string, string>>();
  let remembered = 0;
  return (match: string, finding: Finding) => {
    if (match.length > MAX_REMEMBERED_LENGTH) return pseudonym(key, hexLength, finding.type, match);
    let tokens = tokensByType.get(finding.type);
    const known = tokens?.get(match);
    if (known !== undefined) return known;
    const token = pseudonym(key, hexLength, finding.type, match);
    if (remembered >= REMEMBERED_TOKENS) {
      tokensByType.clear();
      remembered = 0;
      tokens = undefined;
    }
    if (tokens === undefined) {
      tokens = new Map();
      tokensByType.set(finding.type, tokens);
    }
    tokens.set(ownCopy(match), token);
    remembered++;
    return token;
  };
}

export function pseudonym(key: Buffer, hexLength: number, type: string, value: string): string {
  const digest = createHmac('sha256', key).update(type).update('\u0000').update(value).digest('hex');
  return `<${type}:${digest.slice(0, hexLength)}>`;
}
