import { describe, expect, it } from 'vitest';
import { jwtDetector } from '../../../src/engine/detectors/secrets/jwt.js';
import { BASE64URL, jwt, matches, random, scan } from './fake.js';

describe('secret.jwt', () => {
  it('finds signed tokens in prose, JSON, logs, curl and cookies', () => {
    const token = jwt();
    for (const text of [
      `The session token is ${token}.`,
      JSON.stringify({ tool: 'fetch', args: { token } }),
      `level=info msg="refreshed" id_token=${token} user=42`,
      `curl -H "Authorization: Bearer ${token}" https://api.example.com`,
      `Set-Cookie: session=${token}; Path=/; HttpOnly`,
      JSON.stringify({ content: `token:\n${token}\n` }),
    ]) {
      expect(matches(jwtDetector, text), text).toEqual([token]);
    }
  });

  it('accepts other algorithms, headers without typ, and unsigned tokens', () => {
    const rs = jwt({ alg: 'RS256', kid: 'key-2025-01' });
    expect(matches(jwtDetector, rs)).toEqual([rs]);
    const unsigned = jwt({ alg: 'none' }).replace(/\.[^.]*$/, '.');
    expect(matches(jwtDetector, `t=${unsigned} end`)).toEqual([unsigned]);
    expect(scan(jwtDetector, rs)[0]?.confidence).toBe(0.97);
  });

  it('rejects eyJ strings whose header is not a JOSE header', () => {
    const notHeader = Buffer.from(JSON.stringify({ user: 'x' })).toString('base64url');
    for (const text of [
      `${notHeader}.${random(BASE64URL, 20)}.${random(BASE64URL, 20)}`,
      `eyJ${random(BASE64URL, 30)}.${random(BASE64URL, 30)}.${random(BASE64URL, 30)}`,
      'eyJhbGciOiJIUzI1NiJ9',
      `${jwt().split('.').slice(0, 2).join('.')}`,
      'keyJ' + jwt(),
    ]) {
      expect(matches(jwtDetector, text), text).toEqual([]);
    }
  });

  it('finds consecutive tokens separately', () => {
    const a = jwt();
    const b = jwt({ alg: 'ES256', typ: 'JWT' });
    expect(matches(jwtDetector, `${a} ${b}`)).toEqual([a, b]);
  });
});
