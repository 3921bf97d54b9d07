// The AWS detector from the scanner's keyword hits must find what its whole-text `find` finds:
// key ids at their hits, and secret keys searched for only from the first name of one.
import { describe, expect, it } from 'vitest';
import { awsCredentialDetector } from '../../../src/engine/detectors/secrets/aws.js';
import { Scanner } from '../../../src/engine/scanner.js';
import { fake } from './fake.js';

const scanner = new Scanner([awsCredentialDetector]);

function viaScanner(text: string): string[] {
  return scanner.scan(text).map((finding) => text.slice(finding.start, finding.end));
}

/** What `find` reports, in the scanner's order (by start). */
function viaFind(text: string): string[] {
  const found: [number, number][] = [];
  awsCredentialDetector.find(text, (_type, start, end) => found.push([start, end]));
  return found.sort((a, b) => a[0] - b[0]).map(([start, end]) => text.slice(start, end));
}

describe('AWS credentials anchored on keyword hits', () => {
  const keyId = fake.awsKeyId();
  const otherKeyId = fake.awsKeyId('ASIA');
  const secret = 'wJalrXUtnFEMIK7MDENGbPxRfiCYzq3k9Lm2Qv8T';

  it('finds key ids and secret keys in any order, as the whole-text search does', () => {
    const texts = [
      `key ${keyId} only`,
      `aws_secret_access_key = ${secret}`,
      `AWS_SECRET_ACCESS_KEY="${secret}" and id ${keyId}`,
      `id ${keyId}, then secret-access-key: ${secret}`,
      `ids ${keyId} ${otherKeyId}; awsSecret=${secret}; SecretAccessKey ${secret}`,
      `aws_secret_access_key is documented; no value here. Later ${keyId}`,
      `${keyId}\n${'filler words '.repeat(30)}secret_access_key: ${secret}`,
    ];
    for (const text of texts) {
      expect(viaScanner(text), text).toEqual(viaFind(text));
      expect(viaScanner(text).length, text).toBeGreaterThan(0);
    }
  });

  it('reports a secret key after each name, from the first name on', () => {
    const text = `id ${keyId} aws_secret_access_key=${secret} x secret-access-key ${secret.split('').reverse().join('')}`;
    expect(viaScanner(text)).toEqual([keyId, secret, secret.split('').reverse().join('')]);
  });

  it('takes no 40-character run for a secret key without a name before it', () => {
    expect(viaScanner(`id ${keyId} value ${secret}`)).toEqual([keyId]);
  });
});
