import { describe, expect, it } from 'vitest';
import { Scanner } from '../../src/engine/scanner.js';
import { createIdPatternDetector, userIdDetectors } from '../../src/engine/detectors/user-id.js';

const scanner = new Scanner(userIdDetectors);

function ids(text: string): string[] {
  return scanner.scan(text).map((finding) => text.slice(finding.start, finding.end));
}

describe('user id detector', () => {
  const positives: [string, string][] = [
    ['{"user_id": "user_12345", "session_id": "abc123"}', 'user_12345'],
    ['request by user-98765 failed', 'user-98765'],
    ['user123 logged in', 'user123'],
    ['owner=usr_8fK2pQ91', 'usr_8fK2pQ91'],
    ['USER_4411 opened a ticket', 'USER_4411'],
  ];

  it.each(positives)('finds the id in %j', (text, expected) => {
    expect(ids(text)).toEqual([expected]);
  });

  it('reports with confidence 0.85', () => {
    expect(scanner.scan('user_12345')).toEqual([
      { type: 'USER_ID', start: 0, end: 10, detector: 'user-id', confidence: 0.85 },
    ]);
  });

  const negatives = [
    'user_id',
    'users_123',
    'enduser_12345',
    'user_12',
    'user_2024_01_01',
    'usr_abc',
    'the user said hi',
    'session_id abc123',
    '550e8400-e29b-41d4-a716-446655440000',
  ];

  it.each(negatives)('leaves %j alone', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('handles long input', () => {
    expect(ids('user_'.repeat(50_000))).toEqual([]);
    expect(ids(`user_${'1'.repeat(100_000)}`)).toEqual([]);
  });
});

describe('createIdPatternDetector', () => {
  it('turns a configured pattern into a detector', () => {
    const detector = createIdPatternDetector('customer-id', /\bC-[0-9]{7}\b/);
    const found: [string, number, number, number][] = [];
    detector.find('customer_id: C-1234567 and C-7654321', (type, start, end, confidence) => {
      found.push([type, start, end, confidence]);
    });
    expect(found).toEqual([
      ['USER_ID', 13, 22, 0.85],
      ['USER_ID', 27, 36, 0.85],
    ]);
    expect(detector).toMatchObject({ name: 'customer-id', types: ['USER_ID'], enabledByDefault: true });
  });

  it('accepts a custom type and leaves the caller’s regex untouched', () => {
    const pattern = /acct-[0-9]{4}/g;
    pattern.lastIndex = 3;
    const detector = createIdPatternDetector('account', pattern, 'ACCOUNT_ID');
    const scanned = new Scanner([detector]).scan('acct-1234 acct-5678');
    expect(scanned.map((f) => f.type)).toEqual(['ACCOUNT_ID', 'ACCOUNT_ID']);
    expect(pattern.lastIndex).toBe(3);
  });

  it('survives patterns that match the empty string', () => {
    const detector = createIdPatternDetector('empty', /x*/);
    const found: number[] = [];
    detector.find('abxxc', (_type, start) => found.push(start));
    expect(found).toEqual([2]);
    const unicode = createIdPatternDetector('empty-u', /(?:)/u);
    expect(() => unicode.find('😀😀', () => undefined)).not.toThrow();
  });

  it('rejects invalid arguments with a TypeError', () => {
    expect(() => createIdPatternDetector('', /a/)).toThrow(TypeError);
    expect(() => createIdPatternDetector('x', 'a' as unknown as RegExp)).toThrow(TypeError);
  });
});
