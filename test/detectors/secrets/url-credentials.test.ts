import { describe, expect, it } from 'vitest';
import { urlCredentialsDetector } from '../../../src/engine/detectors/secrets/url-credentials.js';
import { ALNUM, matches, random, scan } from './fake.js';

describe('secret.url-credentials', () => {
  const password = random(ALNUM, 14);

  it('reports user:password in connection strings and URLs', () => {
    const cases: [string, string][] = [
      [`connecting to postgres://app_user:${password}@db.internal:5432/orders`, `app_user:${password}`],
      [JSON.stringify({ DATABASE_URL: `mysql://root:${password}@127.0.0.1/app` }), `root:${password}`],
      [`redis://:${password}@cache.internal:6379/0`, `:${password}`],
      [`git clone https://deploy:${password}@git.example.com/team/repo.git`, `deploy:${password}`],
      [`amqp://guest:hunter2@rabbit`, 'guest:hunter2'],
      [`postgres://svc:Passw0rd@db`, 'svc:Passw0rd'],
      [`mongodb+srv://svc:p@ss@cluster0.example.net/?retryWrites=true`, 'svc:p@ss'],
      [`url=https://user:${password}@example.com?x=1`, `user:${password}`],
      [`ftp://anna:p%40ss@files.example.org/`, 'anna:p%40ss'],
    ];
    for (const [text, credential] of cases) expect(matches(urlCredentialsDetector, text), text).toEqual([credential]);
    expect(scan(urlCredentialsDetector, cases[0]![0])[0]?.confidence).toBe(0.96);
  });

  it('leaves URLs without a password alone', () => {
    for (const text of [
      'https://example.com',
      'postgres://localhost:5432/db',
      'https://user@github.com/org/repo.git',
      'ssh://git@github.com/org/repo.git',
      'http://localhost:8080/callback?email=a@b.example',
      'see https://example.com/path/@scope/pkg',
      'postgres://app:****@db.internal/app',
      'redis://:${REDIS_PASSWORD}@cache:6379',
      'postgres://user:@host/db',
      'mysql://root:<password>@localhost/app',
      'DATABASE_URL=postgres://user:password@localhost:5432/app',
      'amqp://app:changeme@mq.internal',
      'user:secret@host without a scheme',
    ]) {
      expect(matches(urlCredentialsDetector, text), text).toEqual([]);
    }
  });
});
