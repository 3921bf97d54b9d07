import { describe, expect, it } from 'vitest';
import { assignedSecretDetector } from '../../../src/engine/detectors/secrets/assignment.js';
import { ALNUM, BASE64URL, HEX, matches, random, scan } from './fake.js';

const detector = assignedSecretDetector;

describe('secret.assignment: password keys', () => {
  it('reports any real value under a password key, in every notation', () => {
    const cases: [string, string][] = [
      ['password=hunter2', 'hunter2'],
      ['login ok user=sam password=hunter2 ip=10.0.0.1', 'hunter2'],
      ['passwd: hunter2', 'hunter2'],
      ['pwd=hunter2&user=sam', 'hunter2'],
      ['{"username":"sam","password":"correct horse battery staple"}', 'correct horse battery staple'],
      ['DB_PASSWORD="s3cr3t-Pa55"', 's3cr3t-Pa55'],
      ['export SMTP_PASS=Tr0ub4dor', 'Tr0ub4dor'],
      ["db:\n  host: db.internal\n  password: hunter2\n  port: 5432", 'hunter2'],
      ['connect(host="db", password="hunter2")', 'hunter2'],
      ['{\\"password\\":\\"hunter2\\"}', 'hunter2'],
      ['newPassword: "Winter2025!"', 'Winter2025!'],
      ['Password: hunter2 user: sam', 'hunter2'],
      ['keystore_passphrase => "open sesame"', 'open sesame'],
      ['user.password = hunter2.', 'hunter2'],
      ['Server=db.internal;Database=orders;User Id=app;Password=hunter2;', 'hunter2'],
      ['[client]\nuser = app\npassword = hunter2\n', 'hunter2'],
      ['[smtp]\npassword=Sunflower&406orbit\n', 'Sunflower&406orbit'],
      ['spring.datasource.password=Falcon;4412,orbit server.port=8443', 'Falcon;4412,orbit'],
      ['https://example.com/login?user=sam&password=hunter2&next=/home', 'hunter2'],
      ["define( 'DB_PASSWORD', 'Harbor%91velvet' );", 'Harbor%91velvet'],
      ['creds = ("password", "hunter2")', 'hunter2'],
      [JSON.stringify({ env: 'USER=app\npwd=hunter2\n' }), 'hunter2'],
    ];
    for (const [text, value] of cases) expect(matches(detector, text), text).toEqual([value]);
    expect(scan(detector, 'password=hunter2')[0]?.confidence).toBe(0.85);
  });

  it('skips masks, templates, placeholders, code and prose', () => {
    for (const text of [
      'password=',
      'password: ********',
      'password=<redacted>',
      'password=[REDACTED]',
      'password: "${DB_PASSWORD}"',
      'password: {{ vault_db_password }}',
      'password=$DB_PASS',
      'password = "%s"',
      'password: your-password-here',
      'password=changeme',
      'password=xxxxxx',
      'password: string;',
      'password?: string',
      'password: Optional[str] = None',
      'password = getpass.getpass()',
      'password=os.environ["DB_PASSWORD"]',
      'password: process.env.DB_PASSWORD',
      'connect(user=user, password=password)',
      'password=db_password',
      'Password: must be at least 8 characters long',
      'Enter your password: ',
      'the password is hunter2',
      'password_policy: strict',
      'password_length=12',
      'passwordless: true',
      'bypass=enabled',
      'compass: north',
      'tests pass: 120, fail: 3',
      'PWD=/home/sam/project',
      'OLDPWD=/tmp',
      'password == expected',
      '"required": ["username", "password", "email"]',
      'password: null',
    ]) {
      expect(matches(detector, text), text).toEqual([]);
    }
  });
});

describe('secret.assignment: token, secret and key names', () => {
  const token = random(BASE64URL, 40);
  const hex = random(HEX, 40);

  it('reports random values under credential names', () => {
    const cases: [string, string][] = [
      [`api_key=${token}`, token],
      [`{"apiKey": "${token}"}`, token],
      [`X-Api-Key: ${token}`, token],
      [`https://api.example.com/v1/data?access_token=${token}&page=2`, token],
      [`CLIENT_SECRET="${token}"`, token],
      [`client_secret: ${token}`, token],
      [`TWILIO_AUTH_TOKEN=${hex}`, hex],
      [`refreshToken = '${token}'`, token],
      [`private_key: ${token}`, token],
      [`"credentials": "${token}"`, token],
      [`token=${token}`, token],
    ];
    for (const [text, value] of cases) expect(matches(detector, text), text).toEqual([value]);
    expect(scan(detector, `token=${token}`)[0]?.confidence).toBe(0.8);
  });

  it('skips values that do not look random and names that only mention tokens', () => {
    for (const text of [
      'api_key=YOUR_API_KEY_HERE',
      'api_key="${API_KEY}"',
      'apiKey: process.env.OPENAI_API_KEY',
      'api_key=sk-xxxxxxxxxxxxxxxx',
      'token: <your-token>',
      'token=***',
      'secret: REDACTED',
      'the token limit was 4096',
      'max_tokens=512',
      'token count: 1,024',
      'gen_ai.usage.input_tokens=1024 gen_ai.usage.output_tokens=88',
      '{"max_tokens": 4096, "token_type": "Bearer"}',
      'token: 4096',
      'secret: true',
      'token=hosted-eu-20260812-09',
      'session_token: abcdefgh',
      'next_token=',
      'tokenizer=cl100k_base',
      'hashed to <SECRET:9eaa135aa04675b5> and <PASSWORD:0a1b2c3d4e5f6a7b>',
      `sealed <ENC:SECRET:${random(BASE64URL, 60)}>`,
      'token: string',
      `{"nextPageToken": "${random(BASE64URL, 40)}"}`,
      `continuation_token=${random(BASE64URL, 40)}`,
      'secretName: db-credentials',
      'secret: my-app-secret',
      '"password": {"type": "string", "description": "The account password"}',
      'passwd: files systemd',
      'alert(ok ? "PASS" : "FAIL")',
      '"pbkdf2-password": "^1.2.1"',
      'lastSignificantToken = "?InterpolationInTemplate";',
      'export declare const password: RegExp;',
      'function pbkdf2Sync(password: BinaryLike, salt: BinaryLike)',
      'password = strict;',
      'pdfParse(buffer, { password: options?.password })',
      '$.password = args => {}',
      "'allPass': 'overEvery', timePerPass: Map<string, number>",
      'toolApprovalSecret: experimental_toolApprovalSecret,',
      'const credentials = preparedRequest?.credentials ?? fallback',
      'jwt.sign({ header: { alg: "RS256" }, privateKey: privateKeyStream, payload })',
      "token: `Basic ${Buffer.from('username:password').toString('base64')}`",
      "headers: { 'X-TOKEN-SECRET': 'SuperSecretToken' }",
      'authorization_url: https://auth.example.com/authorize',
      `token_id=${random(ALNUM, 3)}`,
    ]) {
      expect(matches(detector, text), text).toEqual([]);
    }
  });
});
