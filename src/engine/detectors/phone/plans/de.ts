import type { NumberingPlan } from '../plan.js';

/** The only two-digit area codes: Berlin, Hamburg, Frankfurt am Main, Munich. */
const TWO_DIGIT_AREAS = new Set([30, 40, 69, 89]);

/**
 * Germany (BNetzA plan). Mobile: 15x, 160/162/163, 17x with 10 or 11 NSN digits. Fixed line and
 * service numbers: an area code of 2 to 5 digits starting 2–9, then the subscriber number, 7 to
 * 11 NSN digits in all. When the writer separated the area code, its length must fit: the
 * two-digit codes are exactly 30, 40, 69, 89, and no longer code starts with one of them.
 */
export const dePlan: NumberingPlan = {
  region: 'DE',
  countryCode: '49',
  isValid(digits, from, length, areaLength) {
    const first = digits[from]!;
    const second = digits[from + 1]!;
    if (first === 0) return false;
    if (first === 1) {
      const third = digits[from + 2]!;
      const mobile = second === 5 || second === 7 || (second === 6 && (third === 0 || third === 2 || third === 3));
      return mobile && (length === 10 || length === 11) && (areaLength === 0 || areaLength === 3 || areaLength === 4);
    }
    if (length < 7 || length > 11) return false;
    if (areaLength === 0) return true;
    if (areaLength < 2 || areaLength > 5 || length - areaLength < 3) return false;
    const isTwoDigitArea = TWO_DIGIT_AREAS.has(first * 10 + second);
    return areaLength === 2 ? isTwoDigitArea : !isTwoDigitArea;
  },
};
