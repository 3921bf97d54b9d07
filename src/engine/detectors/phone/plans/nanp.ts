import type { NumberingPlan } from '../plan.js';

/** Area code used by convention for fictional numbers; test data writes `555-123-4567` freely. */
const FICTIONAL_AREA = [5, 5, 5];

/**
 * North American Numbering Plan (US, Canada, Caribbean): NXX-NXX-XXXX, where N is 2–9.
 * Area codes N11 are service codes and N9X, 37X, 96X are reserved, so none is ever dialled as
 * an area; central office codes N11 are not assigned either. The 555 area is kept as a phone
 * whatever follows, because fictional numbers in prompts and test logs are written that way.
 */
export const nanpPlan: NumberingPlan = {
  region: 'US/CA',
  countryCode: '1',
  isValid(digits, from, length) {
    if (length !== 10) return false;
    const a0 = digits[from]!;
    const a1 = digits[from + 1]!;
    const a2 = digits[from + 2]!;
    if (a0 < 2) return false;
    if (a1 === 1 && a2 === 1) return false;
    if (a1 === 9) return false;
    if ((a0 === 3 && a1 === 7) || (a0 === 9 && a1 === 6)) return false;
    if (a0 === FICTIONAL_AREA[0] && a1 === FICTIONAL_AREA[1] && a2 === FICTIONAL_AREA[2]) return true;
    const e0 = digits[from + 3]!;
    if (e0 < 2) return false;
    return !(digits[from + 4] === 1 && digits[from + 5] === 1);
  },
};
