import { describe, expect, it } from 'vitest';
import { secretDetectors } from '../../../src/engine/detectors/secrets/index.js';
import { Scanner } from '../../../src/engine/scanner.js';
import { BASE64, random } from './fake.js';

const MB = 1 << 20;

/** Scans must finish without throwing; each detector is also run alone so a failure names it. */
function scanAll(text: string): void {
  for (const detector of secretDetectors) {
    let failed: unknown;
    new Scanner([detector], { onDetectorError: (_name, error) => (failed = error) }).scan(text);
    expect(failed, detector.name).toBeUndefined();
  }
  new Scanner(secretDetectors).scan(text);
}

describe('secret detectors on adversarial input', () => {
  it('handle a megabyte of sk- followed by junk', () => {
    scanAll('sk-' + random('abcdefXYZ0189-_', MB));
    scanAll('sk-'.repeat(MB / 3));
    scanAll(('sk-proj-' + random('ab12', 30) + ' ').repeat(MB / 40));
  });

  it('handle an unclosed private key and many BEGIN lines', () => {
    scanAll('-----BEGIN PRIVATE KEY-----\n' + random(BASE64, MB));
    scanAll('-----BEGIN PRIVATE KEY-----\n'.repeat(MB / 28));
    scanAll(('-----BEGIN RSA PRIVATE KEY-----' + 'x'.repeat(100)).repeat(5000) + '-----END RSA PRIVATE KEY-----');
  });

  it('handle eyJ repeated and dotted', () => {
    scanAll('eyJ'.repeat(100_000));
    scanAll('eyJ.'.repeat(100_000));
    scanAll('eyJhbGciOiJIUzI1NiJ9.eyJ.'.repeat(20_000));
  });

  it('handle repeated keys, separators and schemes', () => {
    scanAll('password='.repeat(100_000));
    scanAll('password: "'.repeat(50_000));
    scanAll('token=token='.repeat(50_000));
    scanAll('Authorization: Bearer '.repeat(30_000));
    scanAll('bearer bearer '.repeat(50_000));
    scanAll('://'.repeat(200_000));
    scanAll(('http://' + 'a:'.repeat(200) + '@').repeat(2000));
    scanAll('hooks.slack.com/services/'.repeat(30_000));
    scanAll('SG.'.repeat(200_000));
    scanAll('AKIA'.repeat(200_000));
    scanAll('aws_secret_access_key='.repeat(30_000));
    scanAll('twilio SK'.repeat(100_000));
    scanAll('ghp_'.repeat(200_000) + 'github_pat_'.repeat(50_000));
    scanAll('curl -u a:b '.repeat(80_000));
    scanAll('curl '.repeat(200_000));
    scanAll('Cookie: a='.repeat(100_000));
    scanAll('Cookie: ' + 'a=b;'.repeat(200_000));
    scanAll('password=a&'.repeat(100_000));
    scanAll("define('password', ".repeat(50_000));
  });

  it('still finds a secret at the end of a long haystack', () => {
    const key = 'ghp_' + random('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 36);
    const text = 'sk- eyJ -----BEGIN password= '.repeat(20_000) + key;
    const found = new Scanner(secretDetectors).scan(text);
    expect(found.some((f) => text.slice(f.start, f.end) === key)).toBe(true);
  });
});
