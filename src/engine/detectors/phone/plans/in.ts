import type { NumberingPlan } from '../plan.js';

/**
 * India (TRAI plan): every NSN has 10 digits. Mobile numbers start 6–9; fixed lines are an STD
 * code of 2–4 digits starting 1–8 followed by the subscriber number, so any leading digit but 0.
 */
export const inPlan: NumberingPlan = {
  region: 'IN',
  countryCode: '91',
  isValid(digits, from, length) {
    return length === 10 && digits[from]! !== 0;
  },
};

/** Indian mobile numbers are dialled without trunk prefix and start 6–9. */
export function isIndianMobile(digits: Uint8Array, from: number, length: number): boolean {
  return length === 10 && digits[from]! >= 6;
}
