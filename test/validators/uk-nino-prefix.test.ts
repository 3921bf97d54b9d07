import { describe, expect, it } from 'vitest';
import { isValidNinoPrefix } from '../../src/engine/validators/uk-nino-prefix.js';

const prefix = (letters: string): boolean => isValidNinoPrefix(letters.charCodeAt(0), letters.charCodeAt(1));

describe('isValidNinoPrefix', () => {
  it('accepts allocated prefixes', () => {
    for (const letters of ['AB', 'CE', 'JG', 'ZA', 'NA', 'TA', 'OA', 'AZ']) expect(prefix(letters)).toBe(true);
  });

  it('rejects excluded first letters', () => {
    for (const first of 'DFIQUV') expect(prefix(first + 'A')).toBe(false);
  });

  it('rejects excluded second letters, including O', () => {
    for (const second of 'DFIOQUV') expect(prefix('A' + second)).toBe(false);
  });

  it('rejects never-issued pairs and HMRC example QQ', () => {
    for (const letters of ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ', 'QQ']) expect(prefix(letters)).toBe(false);
  });

  it('rejects lower case and non-letters', () => {
    expect(prefix('ab')).toBe(false);
    expect(prefix('A1')).toBe(false);
    expect(isValidNinoPrefix(65, Number.NaN)).toBe(false);
  });
});
