import type { NumberingPlan } from '../plan.js';

/**
 * France (ARCEP plan): 9 NSN digits after the trunk 0 or +33. 1–5 geographic, 6 and 7 mobile,
 * 8 special rate, 9 VoIP; 0 is not a valid leading digit.
 */
/** `01 23 45 67 89`, and service numbers `0800 123 456` / `0800 12 34 56`. */
const NATIONAL_GROUPINGS = [0x22222, 0x433, 0x4222];

export const frPlan: NumberingPlan = {
  region: 'FR',
  countryCode: '33',
  isValid(digits, from, length) {
    return length === 9 && digits[from]! !== 0;
  },
  fitsNationalGrouping(shape) {
    return NATIONAL_GROUPINGS.includes(shape);
  },
};
