import type { NumberingPlan } from '../plan.js';
import { brPlan } from './br.js';
import { dePlan } from './de.js';
import { esPlan } from './es.js';
import { frPlan } from './fr.js';
import { inPlan } from './in.js';
import { jpPlan } from './jp.js';
import { nanpPlan } from './nanp.js';
import { ukPlan } from './uk.js';

export { brPlan, dePlan, esPlan, frPlan, inPlan, jpPlan, nanpPlan, ukPlan };
export { isIndianMobile } from './in.js';

/** Plans validated in detail; any other country code is only checked for being assigned. */
export const KNOWN_PLANS: readonly NumberingPlan[] = [nanpPlan, ukPlan, dePlan, frPlan, inPlan, brPlan, jpPlan, esPlan];

/** Countries whose national format starts with the trunk prefix 0 (`020 …`, `030 …`, `03-…`). */
export const TRUNK_ZERO_PLANS: readonly NumberingPlan[] = [ukPlan, dePlan, frPlan, inPlan, jpPlan, brPlan];

/** The known plan whose country code starts `digits` at `from`, if any. */
export function knownPlanAt(digits: Uint8Array, from: number, available: number): NumberingPlan | undefined {
  for (let p = 0; p < KNOWN_PLANS.length; p++) {
    const plan = KNOWN_PLANS[p]!;
    const code = plan.countryCode;
    if (code.length > available) continue;
    let matches = true;
    for (let i = 0; i < code.length; i++) {
      if (digits[from + i] !== code.charCodeAt(i) - 48) {
        matches = false;
        break;
      }
    }
    if (matches) return plan;
  }
  return undefined;
}
