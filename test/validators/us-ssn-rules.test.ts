import { describe, expect, it } from 'vitest';
import { isIssuableSsn } from '../../src/engine/validators/us-ssn-rules.js';

describe('isIssuableSsn', () => {
  it('accepts numbers in the issued ranges', () => {
    expect(isIssuableSsn(212, 67, 4534)).toBe(true);
    expect(isIssuableSsn(1, 1, 1)).toBe(true);
    expect(isIssuableSsn(899, 99, 9999)).toBe(true);
    expect(isIssuableSsn(665, 12, 3456)).toBe(true);
  });

  it('rejects never-issued areas, groups and serials', () => {
    expect(isIssuableSsn(0, 12, 3456)).toBe(false);
    expect(isIssuableSsn(666, 12, 3456)).toBe(false);
    expect(isIssuableSsn(900, 12, 3456)).toBe(false);
    expect(isIssuableSsn(999, 12, 3456)).toBe(false);
    expect(isIssuableSsn(212, 0, 3456)).toBe(false);
    expect(isIssuableSsn(212, 67, 0)).toBe(false);
  });

  it('rejects the publicly voided sample numbers', () => {
    expect(isIssuableSsn(78, 5, 1120)).toBe(false);
    expect(isIssuableSsn(219, 9, 9999)).toBe(false);
    expect(isIssuableSsn(78, 5, 1121)).toBe(true);
  });
});
