import { twoDigits, type NumberingPlan } from '../plan.js';

/** The 67 area codes (DDD) Anatel assigns; 10, 20, 23, 25, 26, 29, 30, 36, 39, 40, 50, 52 … are not. */
const AREA_CODES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38, 41, 42, 43, 44, 45, 46, 47, 48,
  49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69, 71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89,
  91, 92, 93, 94, 95, 96, 97, 98, 99,
]);

/**
 * Brazil (Anatel plan): a two-digit DDD from the assigned list, then a 9-digit mobile number
 * starting 9 or an 8-digit fixed line starting 2–5.
 */
/** With the trunk 0 before the DDD: `(011) 91234-5678`, `011 3456 7890`. */
const NATIONAL_GROUPINGS = [0x354, 0x344, 0x39, 0x38];

export const brPlan: NumberingPlan = {
  region: 'BR',
  countryCode: '55',
  isValid(digits, from, length, areaLength) {
    if (areaLength !== 0 && areaLength !== 2) return false;
    if (!AREA_CODES.has(twoDigits(digits, from))) return false;
    const subscriberFirst = digits[from + 2]!;
    if (length === 11) return subscriberFirst === 9;
    return length === 10 && subscriberFirst >= 2 && subscriberFirst <= 5;
  },
  fitsNationalGrouping(shape) {
    return NATIONAL_GROUPINGS.includes(shape);
  },
};
