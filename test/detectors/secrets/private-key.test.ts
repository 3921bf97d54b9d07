import { describe, expect, it } from 'vitest';
import { privateKeyDetector } from '../../../src/engine/detectors/secrets/private-key.js';
import { BASE64, matches, pem, random } from './fake.js';

describe('secret.private-key', () => {
  it('finds each private key label through its END line', () => {
    for (const label of [
      'PRIVATE KEY',
      'RSA PRIVATE KEY',
      'EC PRIVATE KEY',
      'DSA PRIVATE KEY',
      'OPENSSH PRIVATE KEY',
      'ENCRYPTED PRIVATE KEY',
      'PGP PRIVATE KEY BLOCK',
    ]) {
      const block = pem(label);
      expect(matches(privateKeyDetector, `key file:\n${block}\ntrailing text`), label).toEqual([block]);
    }
  });

  it('finds keys inside JSON strings where newlines are the two characters \\n', () => {
    const block = pem('PRIVATE KEY', 6);
    const json = JSON.stringify({ type: 'service_account', private_key: block + '\n', client_email: 'bot@example.iam' });
    const escaped = block.replaceAll('\n', '\\n');
    expect(matches(privateKeyDetector, json)).toEqual([escaped]);
  });

  it('fails closed on an unclosed block: the whole body goes', () => {
    const body = [random(BASE64, 64), random(BASE64, 64), random(BASE64, 20) + '=='].join('\n');
    const text = `-----BEGIN RSA PRIVATE KEY-----\n${body}`;
    expect(matches(privateKeyDetector, `config: ${text}`)).toEqual([text]);
    const truncated = `{"key":"-----BEGIN PRIVATE KEY-----\\n${random(BASE64, 64)}\\n${random(BASE64, 30)}...`;
    const found = matches(privateKeyDetector, truncated);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(truncated.slice(9, 60));
  });

  it('does not take an END marker that is far away', () => {
    const text = `-----BEGIN PRIVATE KEY-----\n${random(BASE64, 40)}\n[truncated] ${'prose '.repeat(4000)} -----END PRIVATE KEY-----`;
    const found = matches(privateKeyDetector, text);
    expect(found).toHaveLength(1);
    expect(found[0]!.length).toBeLessThan(100);
  });

  it('ignores public keys and certificates', () => {
    for (const label of ['PUBLIC KEY', 'CERTIFICATE', 'RSA PUBLIC KEY', 'CERTIFICATE REQUEST']) {
      expect(matches(privateKeyDetector, pem(label)), label).toEqual([]);
    }
  });
});
