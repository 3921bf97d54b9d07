import { describe, expect, it } from 'vitest';
import { cookieDetector } from '../../../src/engine/detectors/secrets/cookie.js';
import { curlCredentialsDetector } from '../../../src/engine/detectors/secrets/curl-credentials.js';
import { ALNUM, fake, matches, random, scan } from './fake.js';

describe('secret.curl-credentials', () => {
  const password = random(ALNUM, 16);

  it('reports user:password of -u, --user and --proxy-user', () => {
    const id = fake.awsKeyId();
    const secret = fake.awsSecret();
    const cases: [string, string][] = [
      [`curl -u admin:${password} https://jenkins.example.internal/job/deploy`, `admin:${password}`],
      [`curl -s --user "${id}:${secret}" https://abc.execute-api.us-east-1.amazonaws.com/prod`, `${id}:${secret}`],
      [`curl --user=ops:${password} https://x.example`, `ops:${password}`],
      [`curl -X POST \\\n  -u 'ci:${password}' \\\n  https://x.example`, `ci:${password}`],
      [`curl -uadmin:${password} https://x.example`, `admin:${password}`],
      [`curl --proxy-user squid:${password} -x proxy:3128 https://x.example`, `squid:${password}`],
    ];
    for (const [text, value] of cases) expect(matches(curlCredentialsDetector, text), text).toEqual([value]);
    expect(scan(curlCredentialsDetector, cases[0]![0])[0]?.confidence).toBe(0.9);
  });

  it('ignores user-only, templated values and other commands', () => {
    for (const text of [
      'curl -u admin https://x.example',
      'curl -u "$API_USER:$API_TOKEN" https://x.example',
      'curl -u admin:${PASSWORD} https://x.example',
      'curl -u : --negotiate https://x.example',
      'docker run -u 1000:1000 image',
      'git push -u origin main',
      'curl https://x.example\ndocker run -u 1000:1000 image',
      'curly -u admin:hunter2',
      'curl -u <user>:<password> https://x.example',
      'curl -u <SECRET:6874fffd77a15575> https://x.example',
    ]) {
      expect(matches(curlCredentialsDetector, text), text).toEqual([]);
    }
  });
});

describe('secret.cookie', () => {
  const session = random(ALNUM, 32);

  it('reports each cookie value in headers, JSON and curl', () => {
    const cases: [string, string[]][] = [
      [`Cookie: session=s%3A${session}`, [`s%3A${session}`]],
      [`-H "Cookie: sid=${session}; theme=dark; csrftoken=${session.slice(0, 20)}"`, [session, session.slice(0, 20)]],
      [`Set-Cookie: __Host-sess=${session}; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly`, [session]],
      [JSON.stringify({ headers: { cookie: `auth=${session}` } }), [session]],
      [`curl --cookie "sid=${session}" https://x.example`, [session]],
    ];
    for (const [text, values] of cases) expect(matches(cookieDetector, text), text).toEqual(values);
    expect(scan(cookieDetector, cases[0]![0])[0]?.confidence).toBe(0.85);
  });

  it('ignores prose, plain preferences and placeholders', () => {
    for (const text of [
      'The cookie banner is shown once.',
      'Cookie: theme=dark; lang=en-US',
      'Cookie: session=<session-id>',
      'Cookie: session=${SESSION}',
      'cookie policy: strict',
    ]) {
      expect(matches(cookieDetector, text), text).toEqual([]);
    }
  });
});
