import { describe, expect, it } from 'vitest';
import { authorizationHeaderDetector } from '../../../src/engine/detectors/secrets/authorization.js';
import { bearerTokenDetector } from '../../../src/engine/detectors/secrets/bearer.js';
import { fake, jwt, matches, scan } from './fake.js';

describe('secret.authorization', () => {
  const token = fake.opaqueToken(40);
  const basic = Buffer.from('svc-reporting:Tr0ub4dor&3').toString('base64');

  it('reports the credential after the scheme in header dumps, JSON, curl and logs', () => {
    const cases: [string, string][] = [
      [`GET /v1/items HTTP/1.1\r\nHost: api.example.com\r\nAuthorization: Bearer ${token}\r\nAccept: */*`, token],
      [`Proxy-Authorization: Basic ${basic}`, basic],
      [JSON.stringify({ headers: { authorization: `Bearer ${token}`, accept: 'application/json' } }), token],
      [`curl -H 'Authorization: Basic ${basic}' https://api.example.com`, basic],
      [`curl -H "authorization: token ${token}" https://api.example.com`, token],
      [`headers={'Authorization': 'Bearer ${token}'}`, token],
      [`http.request.header.authorization=["Bearer ${token}"]`, token],
      [`{\\"Authorization\\":\\"Bearer ${token}\\"}`, token],
      [`Authorization: ${token}`, token],
      [JSON.stringify({ raw: `GET / HTTP/1.1\nAuthorization: Bearer ${token}\n` }), token],
    ];
    for (const [text, credential] of cases) expect(matches(authorizationHeaderDetector, text), text).toEqual([credential]);
  });

  it('keeps a JWT whole and reports parameters of Digest credentials up to the end of the line', () => {
    const token = jwt();
    expect(matches(authorizationHeaderDetector, `Authorization: Bearer ${token}\nHost: x`)).toEqual([token]);
    const digest = 'username="ops", realm="api", nonce="dcd98b7102dd2f0e", response="6629fae49393a05397450978507c4ef1"';
    expect(matches(authorizationHeaderDetector, `Authorization: Digest ${digest}\nAccept: */*`)).toEqual([digest]);
  });

  it('has confidence 0.9', () => {
    expect(scan(authorizationHeaderDetector, `Authorization: Bearer ${token}`)[0]?.confidence).toBe(0.9);
  });

  it('ignores prose, empty schemes, templates and placeholders', () => {
    for (const text of [
      'The Authorization header is missing.',
      'authorization failed for user 42',
      'Authorization: Bearer',
      'Authorization: Bearer ${TOKEN}',
      "curl -H 'Authorization: Bearer $API_TOKEN' https://api.example.com",
      'Authorization: Bearer <your-token>',
      'Authorization: Bearer YOUR_API_KEY_HERE',
      'Authorization: Bearer ***',
      'Authorization: Bearer [REDACTED]',
      'Authorization: Bearer xxxxxxxxxxxxxxxxxxxx',
      'Authorization: Negotiate',
      'Authorization: required',
      'preauthorization: 12345678abc',
      'opts.headers.Authorization = requestHeaders.Authorization;',
      "headers = { Authorization: credentials.token_type + ' ' + credentials.access_token }",
      'Authorization: Bearer accessToken',
    ]) {
      expect(matches(authorizationHeaderDetector, text), text).toEqual([]);
    }
  });
});

describe('secret.bearer', () => {
  it('finds Bearer tokens outside an Authorization header', () => {
    const token = fake.opaqueToken(32);
    const id = jwt();
    expect(matches(bearerTokenDetector, `401 Unauthorized: token rejected (Bearer ${token})`)).toEqual([token]);
    expect(matches(bearerTokenDetector, `use "bearer ${id}" for the next call`)).toEqual([id]);
    expect(scan(bearerTokenDetector, `Bearer ${token}`)[0]?.confidence).toBe(0.85);
  });

  it('ignores prose and non-random words', () => {
    for (const text of [
      'the bearer token is required',
      'Bearer authentication is described in RFC 6750',
      '"token_type": "Bearer", "expires_in": 3600',
      'Bearer YOUR_ACCESS_TOKEN_HERE',
      'Bearer 1234567890123456',
      'Bearer hosted-eu-20260812-09',
    ]) {
      expect(matches(bearerTokenDetector, text), text).toEqual([]);
    }
  });
});
