// Secrets of the package itself: the HMAC key behind pseudonyms and the AES key behind the
// reversible `encrypt` strategy. They must never reach exported telemetry, diagnostics or
// error messages, and a weak or missing key must be a clear startup error wherever the
// strategy needs one (SECURITY.md, "Keys of the package itself").
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { JsonLogsSerializer, JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createRedactor,
  decryptTokens,
  loadPolicyFile,
  PiiRedactingLogRecordProcessor,
  PiiRedactingSpanProcessor,
  PolicyError,
  type RedactionPolicy,
} from '../../src/index.js';
import { fuzzOptions } from '../fuzz/support.js';
import { captureDiag, type CapturedDiag } from './support.js';

const HASH_KEY = 'hk-7f3a9c2e5b8d4106a1e2f3c4d5b6a798';
const ENCRYPTION_KEY_HEX = '4f1c8a2d9e7b3c6f0a5d8e2b7c4f1a9d3e6b0c8f2a5d7e1b4c9f6a3d0e8b2c5f';
const ENCRYPTION_KEY_BYTES = Buffer.from(ENCRYPTION_KEY_HEX, 'hex');
const POLICY: RedactionPolicy = {
  strategies: { EMAIL: 'encrypt', default: 'hash' },
  hashKey: HASH_KEY,
  encryptionKey: ENCRYPTION_KEY_HEX,
};
const EMAIL = 'mara.quill@example.org';
const CARD = '4111 1111 1111 1111';

/** Every way a key could be written down: as given, hex, base64, base64url, and a long enough fragment. */
function keyForms(key: string | Uint8Array): string[] {
  const bytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : Buffer.from(key);
  const forms = [bytes.toString('hex'), bytes.toString('base64').replace(/=+$/, ''), bytes.toString('base64url')];
  if (typeof key === 'string') forms.push(key);
  // A fragment long enough to matter (V8's JSON errors quote about 10 characters of context).
  if (typeof key === 'string' && key.length >= 16) forms.push(key.slice(0, 8), key.slice(-8));
  return forms.filter((form) => form.length >= 6);
}

function expectNoKey(text: string, where: string): void {
  for (const key of [HASH_KEY, ENCRYPTION_KEY_HEX, ENCRYPTION_KEY_BYTES]) {
    for (const form of keyForms(key)) expect(text.includes(form), `${where} contains key material ${form}`).toBe(false);
  }
}

/** The error's text in every shape a logger might print it. */
function errorText(error: unknown): string {
  if (!(error instanceof Error)) return inspect(error);
  return [String(error), error.message, error.stack ?? '', inspect(error), JSON.stringify(error)].join('\n');
}

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return expect.fail('expected a startup error');
}

const ENV_KEYS = ['OTEL_PII_REDACT_HASH_KEY', 'OTEL_PII_REDACT_ENCRYPTION_KEY', 'OTEL_PII_REDACT_POLICY_FILE'] as const;
let savedEnv: Record<string, string | undefined>;
let diag: CapturedDiag;
beforeEach(() => {
  savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  for (const k of ENV_KEYS) delete process.env[k];
  diag = captureDiag();
});
afterEach(() => {
  diag.dispose();
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});

describe('weak or missing keys are startup errors', () => {
  it.each([
    ['a short string', 'short-key-12345'],
    ['short bytes', new Uint8Array(15).fill(7)],
    ['an empty string', ''],
  ])('hashKey as %s: PolicyError naming the field and the size, not the key', (_name, key) => {
    const error = thrownBy(() => createRedactor({ hashKey: key }));
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).field).toBe('hashKey');
    expect((error as Error).message).toContain('16 bytes');
    if (typeof key === 'string' && key.length > 0) expect(errorText(error)).not.toContain(key);
    // The processors validate at construction too: nothing fails later, on the hot path.
    expect(() => new PiiRedactingSpanProcessor(new SimpleSpanProcessor(new InMemorySpanExporter()), { policy: { hashKey: key } })).toThrow(PolicyError);
  });

  it('a short OTEL_PII_REDACT_HASH_KEY names the variable, not the value', () => {
    process.env.OTEL_PII_REDACT_HASH_KEY = 'env-short-key';
    const error = thrownBy(() => createRedactor({ strategies: { default: 'hash' } }));
    expect((error as PolicyError).field).toBe('OTEL_PII_REDACT_HASH_KEY');
    expect(errorText(error)).not.toContain('env-short-key');
  });

  it('the encrypt strategy without any key is a startup error', () => {
    const error = thrownBy(() => createRedactor({ strategies: { EMAIL: 'encrypt' } }));
    expect((error as PolicyError).field).toBe('encryptionKey');
    expect(() => new PiiRedactingLogRecordProcessor(undefined, { policy: { strategies: { EMAIL: 'encrypt' } } })).toThrow(PolicyError);
  });

  it.each([
    ['63 hex characters', ENCRYPTION_KEY_HEX.slice(0, 63)],
    ['65 hex characters', `${ENCRYPTION_KEY_HEX}a`],
    ['base64 of 31 bytes', ENCRYPTION_KEY_BYTES.subarray(0, 31).toString('base64')],
    ['a 32-character passphrase', 'correct-horse-battery-staple-xyz'],
    ['31 raw bytes', ENCRYPTION_KEY_BYTES.subarray(0, 31)],
    ['33 raw bytes', Buffer.concat([ENCRYPTION_KEY_BYTES, Buffer.from([1])])],
  ])('encryptionKey as %s: PolicyError without the key', (_name, key) => {
    const error = thrownBy(() => createRedactor({ strategies: { EMAIL: 'encrypt' }, encryptionKey: key }));
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).field).toBe('encryptionKey');
    for (const form of keyForms(key)) expect(errorText(error)).not.toContain(form);
  });

  it('a malformed OTEL_PII_REDACT_ENCRYPTION_KEY names the variable, not the value', () => {
    process.env.OTEL_PII_REDACT_ENCRYPTION_KEY = 'not-a-key-but-still-secret-material';
    const error = thrownBy(() => createRedactor({ strategies: { EMAIL: 'encrypt' } }));
    expect((error as PolicyError).field).toBe('OTEL_PII_REDACT_ENCRYPTION_KEY');
    expect(errorText(error)).not.toContain('not-a-key-but-still-secret-material');
  });

  it('hash without a configured key is allowed (documented): a random per-process key and one info diagnostic', () => {
    const a = createRedactor({ strategies: { default: 'hash' } });
    const b = createRedactor({ strategies: { default: 'hash' } });
    const pseudonym = a.redactString(EMAIL);
    expect(pseudonym).toMatch(/^<EMAIL:[0-9a-f]{16}>$/);
    expect(b.redactString(EMAIL)).toBe(pseudonym);
    expect(diag.messages.filter((m) => m.includes('no hashKey configured')).length).toBeLessThanOrEqual(1);
  });

  it('property: errors for random invalid keys never contain the key', () => {
    const printable = fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_+/=!$%'), minLength: 6, maxLength: 80 });
    fc.assert(
      fc.property(printable, (key) => {
        if (Buffer.byteLength(key) < 16) {
          expect(errorText(thrownBy(() => createRedactor({ hashKey: key })))).not.toContain(key);
        }
        let error: unknown;
        try {
          createRedactor({ strategies: { EMAIL: 'encrypt' }, encryptionKey: key });
        } catch (caught) {
          error = caught;
        }
        if (error !== undefined) expect(errorText(error)).not.toContain(key);
      }),
      fuzzOptions(300),
    );
  });
});

describe('policy files holding keys', () => {
  const dir = mkdtempSync(join(tmpdir(), 'otel-pii-keys-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['an unquoted key', `{"hashKey": ${HASH_KEY}}`],
    ['a missing comma after the key', `{"hashKey": "${HASH_KEY}" "mode": "redact"}`],
    ['a trailing comma', `{"encryptionKey": "${ENCRYPTION_KEY_HEX}",}`],
    ['a key that is too short', `{"hashKey": "${HASH_KEY.slice(0, 12)}"}`],
  ])('a policy file with %s: the PolicyError quotes no key material', (_name, contents) => {
    const file = join(dir, `policy-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, contents);
    // Syntax errors fail when the file is read; a short key when the policy is resolved.
    let fromFile: unknown;
    try {
      loadPolicyFile(file);
    } catch (error) {
      fromFile = error;
    }
    if (fromFile !== undefined) {
      expect(fromFile).toBeInstanceOf(PolicyError);
      expectNoKey(errorText(fromFile), 'the PolicyError');
    }
    process.env.OTEL_PII_REDACT_POLICY_FILE = file;
    const fromEnv = thrownBy(() => createRedactor());
    expect(fromEnv).toBeInstanceOf(PolicyError);
    expectNoKey(errorText(fromEnv), 'createRedactor() from the environment');
    expect(errorText(fromEnv)).not.toContain(HASH_KEY.slice(0, 12));
  });
});

describe('keys never reach telemetry, diagnostics or inspection', () => {
  it('spans and logs exported with hash and encrypt strategies carry no key material on the wire', async () => {
    const spanExporter = new InMemorySpanExporter();
    const logExporter = new InMemoryLogRecordExporter();
    const redactor = createRedactor(POLICY);
    const tracerProvider = new BasicTracerProvider({ spanProcessors: [new PiiRedactingSpanProcessor(new SimpleSpanProcessor(spanExporter), { redactor, spanNames: true })] });
    const loggerProvider = new LoggerProvider({ processors: [new PiiRedactingLogRecordProcessor(new SimpleLogRecordProcessor({ exporter: logExporter }), { redactor })] });
    const tracer = tracerProvider.getTracer('keys');
    const logger = loggerProvider.getLogger('keys');
    for (let i = 0; i < 50; i++) {
      tracer.startSpan(`GET /users/${EMAIL}`, { attributes: { 'enduser.id': `user-${i}`, note: `card ${CARD}, mail ${EMAIL}`, 'gen_ai.input.messages': JSON.stringify([{ role: 'user', content: EMAIL }]) } }).end();
      logger.emit({ body: { text: `mail ${EMAIL} card ${CARD}`, session_id: `s-${i}` }, attributes: { password: 'hunter2-hunter2' } });
    }
    const spans = spanExporter.getFinishedSpans();
    const logs = logExporter.getFinishedLogRecords();
    expect(spans).toHaveLength(50);
    const wire = [
      Buffer.from(JsonTraceSerializer.serializeRequest(spans)!).toString('utf8'),
      Buffer.from(JsonLogsSerializer.serializeRequest(logs)!).toString('utf8'),
    ].join('\n');
    expect(wire).toContain('<ENC:EMAIL:');
    expect(wire).toMatch(/<CREDIT_CARD:[0-9a-f]{16}>/);
    expect(wire).not.toContain(EMAIL);
    expectNoKey(wire, 'the OTLP payload');
    // The encrypted tokens open with the key, and only with it.
    const token = /<ENC:EMAIL:[A-Za-z0-9_-]+>/.exec(wire)![0];
    expect(decryptTokens(token, ENCRYPTION_KEY_HEX)).toBe(EMAIL);
    expectNoKey(diag.text(), 'diagnostics');
    expectNoKey(JSON.stringify(redactor.stats()), 'stats()');
    await Promise.all([tracerProvider.shutdown(), loggerProvider.shutdown()]);
  });

  it('inspecting or serialising the redactor and processors shows no key', () => {
    const redactor = createRedactor(POLICY);
    const processor = new PiiRedactingSpanProcessor(new SimpleSpanProcessor(new InMemorySpanExporter()), { policy: POLICY });
    for (const [name, value] of [['redactor', redactor], ['processor', processor]] as const) {
      expectNoKey(inspect(value, { depth: 12, showHidden: true }), `inspect(${name})`);
      let json = '';
      try {
        json = JSON.stringify(value) ?? '';
      } catch {
        // Circular structures cannot be serialised; nothing leaks that way either.
      }
      expectNoKey(json, `JSON.stringify(${name})`);
    }
  });

  it('decrypting with the wrong key fails without quoting either key or the plaintext', () => {
    const token = createRedactor(POLICY).redactString(EMAIL);
    const wrongKey = ENCRYPTION_KEY_HEX.replace(/^4f/, '5f');
    const error = thrownBy(() => decryptTokens(token, wrongKey));
    const text = errorText(error);
    expect(text).not.toContain(EMAIL);
    expectNoKey(text, 'the decrypt error');
    for (const form of keyForms(wrongKey)) expect(text).not.toContain(form);
  });

  // The application itself may put the key into telemetry: a config dump, `process.env` in a
  // debug log, an agent's tool printing its environment. The package knows its own keys and
  // the names of its own variables, so neither may leave.
  it('the package keys logged by the application itself are redacted', () => {
    const redactor = createRedactor(POLICY);
    const body = {
      env: { OTEL_PII_REDACT_HASH_KEY: HASH_KEY, OTEL_PII_REDACT_ENCRYPTION_KEY: ENCRYPTION_KEY_HEX, NODE_ENV: 'production' },
      line: `OTEL_PII_REDACT_ENCRYPTION_KEY=${ENCRYPTION_KEY_HEX} node app.js`,
      config: JSON.stringify({ hashKey: HASH_KEY, encryptionKey: ENCRYPTION_KEY_HEX }),
    };
    expectNoKey(JSON.stringify(redactor.redactValue(body)), 'the redacted config dump');
  });
});
