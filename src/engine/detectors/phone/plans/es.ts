import type { NumberingPlan } from '../plan.js';

/**
 * Spain (CNMC plan): 9 NSN digits and no trunk prefix; 6 and 7 mobile, 8 and 9 fixed lines.
 * Written nationally these are bare 9-digit groups, so they count only next to a phone word.
 */
export const esPlan: NumberingPlan = {
  region: 'ES',
  countryCode: '34',
  isValid(digits, from, length) {
    return length === 9 && digits[from]! >= 6;
  },
};
