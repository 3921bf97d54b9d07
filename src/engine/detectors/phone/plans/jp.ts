import { threeDigits, twoDigits, type NumberingPlan } from '../plan.js';

/**
 * Japan (MIC plan). 070/080/090 mobile and 050 IP phones have 10 NSN digits, 0120 freephone 9,
 * 0800 freephone 10. Fixed lines have 9 NSN digits, an area code of 1–4 digits included; the
 * prefixes 20, 60 and the mobile and IP ranges are never fixed lines.
 */
/**
 * Area code, exchange and line: `03-1234-5678`, `045-123-4567`, `0467-12-3456`,
 * `01267-2-3456`; `090-1234-5678`; `0120-123-456`, `0800-123-4567`.
 */
const NATIONAL_GROUPINGS = [0x244, 0x334, 0x424, 0x514, 0x344, 0x433, 0x434];

export const jpPlan: NumberingPlan = {
  region: 'JP',
  countryCode: '81',
  isValid(digits, from, length) {
    const first = digits[from]!;
    if (first === 0) return false;
    if (threeDigits(digits, from) === 800) return length === 10;
    const prefix = twoDigits(digits, from);
    if (prefix === 70 || prefix === 80 || prefix === 90) return length === 10 && digits[from + 2]! !== 0;
    if (prefix === 50) return length === 10;
    if (prefix === 20 || prefix === 60) return false;
    return length === 9;
  },
  fitsNationalGrouping(shape) {
    return NATIONAL_GROUPINGS.includes(shape);
  },
};
