import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRedactor, loadPolicyFile, PolicyError, policyFromEnv } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'pii-policy-'));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('policy from file and environment', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('loads a JSON policy with custom patterns as regex sources', () => {
    const path = write('ok.json', JSON.stringify({
      strategies: { TICKET: 'mask' },
      customPatterns: [{ name: 'acme.ticket', type: 'TICKET', pattern: 'TCK-[0-9]{6}', keywords: ['TCK-'] }],
    }));
    const redactor = createRedactor(loadPolicyFile(path));
    expect(redactor.redactString('see TCK-123456')).toBe('see ***-******');
  });

  it('names the file when it is not JSON, and the field when a value is wrong', () => {
    const bad = write('bad.json', '{ "mode": ');
    expect(() => loadPolicyFile(bad)).toThrowError(PolicyError);
    expect(() => loadPolicyFile(bad)).toThrowError(bad);
    const wrong = write('wrong.json', JSON.stringify({ strategies: { EMAIL: 'scramble' } }));
    expect(() => loadPolicyFile(wrong)).toThrowError('`strategies.EMAIL`');
    expect(() => loadPolicyFile(join(dir, 'missing.json'))).toThrowError('cannot be read');
  });

  it('reads mode, file and disabled detectors from the environment', () => {
    expect(policyFromEnv()).toBeUndefined();
    process.env.OTEL_PII_REDACT_POLICY_FILE = write('env.json', JSON.stringify({ strategies: { EMAIL: 'mask' } }));
    process.env.OTEL_PII_REDACT_MODE = 'report';
    process.env.OTEL_PII_REDACT_DISABLED_DETECTORS = 'EMAIL, email';
    expect(policyFromEnv()).toEqual({ strategies: { EMAIL: 'mask' }, mode: 'report', detectors: { EMAIL: false, email: false } });
    const redactor = createRedactor();
    expect(redactor.reportOnly).toBe(true);
  });

  it('rejects a bad mode in the environment naming the variable', () => {
    process.env.OTEL_PII_REDACT_MODE = 'loud';
    expect(() => policyFromEnv()).toThrowError('OTEL_PII_REDACT_MODE');
  });
});
