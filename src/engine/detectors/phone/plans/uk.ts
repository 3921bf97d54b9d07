import type { NumberingPlan } from '../plan.js';

/**
 * United Kingdom (Ofcom plan). NSN leading digits: 1 geographic (9 or 10 digits, 11x–19x),
 * 2 geographic (10 digits; only 20, 23, 24, 28, 29 are in use), 3 non-geographic (10 digits;
 * 30, 33, 34, 37), 7 mobile, pager and personal (10 digits), 8 freephone 800/808 (9 or 10
 * digits) and special rate 84/87 (10 digits). 4, 5, 6 and the premium 9 range are not accepted.
 */
export const ukPlan: NumberingPlan = {
  region: 'GB',
  countryCode: '44',
  isValid(digits, from, length) {
    const first = digits[from]!;
    const second = digits[from + 1]!;
    switch (first) {
      case 1:
        return (length === 9 || length === 10) && second !== 0;
      case 2:
        return length === 10 && (second === 0 || second === 3 || second === 4 || second === 8 || second === 9);
      case 3:
        return length === 10 && (second === 0 || second === 3 || second === 4 || second === 7);
      case 7:
        return length === 10;
      case 8:
        if (second === 0) {
          const third = digits[from + 2]!;
          return (third === 0 || third === 8) && (length === 9 || length === 10);
        }
        return length === 10 && (second === 4 || second === 7);
      default:
        return false;
    }
  },
};
