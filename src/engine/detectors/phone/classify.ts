import type { PhoneCandidate } from './candidate.js';
import { countryCodeLength } from './country-codes.js';
import { brPlan, esPlan, isIndianMobile, knownPlanAt, nanpPlan, TRUNK_ZERO_PLANS } from './plans/index.js';
import { DOT, HYPHEN, SLASH, SPACE } from './separators.js';

/** What a candidate is, best first; the detector turns it into a confidence. */
export const REJECT = 0;
/** `+` and a country code whose plan validates the rest. */
export const INTERNATIONAL = 1;
/** National format with a trunk prefix or phone punctuation (`(555) 123-4567`, `020 7946 0958`). */
export const FORMATTED = 2;
/** `+` and an assigned country code without a detailed plan, in groups. */
export const GENERIC_GROUPED = 3;
/** `+` and an assigned country code without a detailed plan, as one block. */
export const GENERIC_CONTIGUOUS = 4;
/** Valid, but grouped by spaces alone (`555 123 4567`), as lists of numbers are: needs a phone word. */
export const NEEDS_CONTEXT_GROUPED = 5;
/** Valid, but a bare digit run (`5551234567`), as epochs and ids are: needs a phone word. */
export const NEEDS_CONTEXT_BARE = 6;

export type Verdict = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** No accepted number has fewer digits (country code included): a shorter run holds no phone. */
export const MIN_DIGITS = 7;
const MIN_GENERIC_DIGITS = 8;
const MAX_E164_DIGITS = 15;
const MAX_GROUPS = 7;

/** Judges groups 0..`last` of `candidate` as a whole number. */
export function classify(candidate: PhoneCandidate, last: number): Verdict {
  if (candidate.digitEnd[last]! < MIN_DIGITS) return REJECT;
  if (last + 1 > MAX_GROUPS) return REJECT;
  if (last >= 2 && isSpacedOffTail(candidate, last)) return REJECT;
  if (candidate.plus) return classifyInternational(candidate, last, 0, true);
  if (last > 0 && isLookAlike(candidate, last)) return REJECT;
  const digits = candidate.digits;
  if (digits[0] === 0) {
    if (digits[1] === 0) return classifyInternational(candidate, last, 2, false);
    return classifyTrunkZero(candidate, last);
  }
  return classifyWithoutPrefix(candidate, last);
}

/**
 * `+CC …` (or `00CC …`, which only counts for the detailed plans). A `(0)` or a trunk zero
 * written after the country code (`+44 (0)20 …`, `+49 030 …`) is skipped, as dialling does.
 */
function classifyInternational(candidate: PhoneCandidate, last: number, codeFrom: number, plus: boolean): Verdict {
  if (!hasInternationalGrouping(candidate, last)) return REJECT;
  const digits = candidate.digits;
  const total = candidate.digitEnd[last]!;
  const available = total - codeFrom;
  const plan = knownPlanAt(digits, codeFrom, available);
  if (plan !== undefined) {
    let nsnFrom = codeFrom + plan.countryCode.length;
    if (plan !== nanpPlan && digits[nsnFrom] === 0) nsnFrom++;
    if (!plan.isValid(digits, nsnFrom, total - nsnFrom, candidate.areaLength(nsnFrom, last))) return REJECT;
    if (plus) return INTERNATIONAL;
    return last > 0 ? FORMATTED : NEEDS_CONTEXT_BARE;
  }
  if (!plus || available < MIN_GENERIC_DIGITS || available > MAX_E164_DIGITS) return REJECT;
  // Without a plan to say where the number ends, a digit group that follows could be its tail.
  if (candidate.separatorAfter[last] !== 0) return REJECT;
  if (countryCodeLength(digits, codeFrom, available) === 0) return REJECT;
  return last > 0 ? GENERIC_GROUPED : GENERIC_CONTIGUOUS;
}

/**
 * After the country code, a `(0)` and a one-digit area (`+33 1 …`, `+61 2 …`), groups hold two
 * digits or more; a DIN 5008 direct-dial suffix (`+49 89 1234-0`) may end on one.
 */
function hasInternationalGrouping(candidate: PhoneCandidate, last: number): boolean {
  for (let g = 3; g <= last; g++) {
    if (candidate.groupLength(g) >= 2) continue;
    if (g === last && candidate.separatorAfter[g - 1] === HYPHEN) continue;
    return false;
  }
  return true;
}

/** `0…`: the trunk prefix of UK, DE, FR, IN, JP (and BR's `0 DDD`). */
function classifyTrunkZero(candidate: PhoneCandidate, last: number): Verdict {
  if (last > 0 && !hasNationalGrouping(candidate, last)) return REJECT;
  const total = candidate.digitEnd[last]!;
  const areaLength = candidate.areaLength(1, last);
  const shape = last > 0 ? candidate.shapeUpTo(last) : 0;
  for (let i = 0; i < TRUNK_ZERO_PLANS.length; i++) {
    const plan = TRUNK_ZERO_PLANS[i]!;
    if (!plan.isValid(candidate.digits, 1, total - 1, areaLength)) continue;
    if (shape !== 0 && plan.fitsNationalGrouping !== undefined && !plan.fitsNationalGrouping(shape)) continue;
    return last > 0 ? FORMATTED : NEEDS_CONTEXT_BARE;
  }
  return REJECT;
}

/**
 * National groupings with a trunk prefix: the first group is the prefix and area code (2 to 6
 * digits), the rest 2 to 8 digits each, except a one-digit direct-dial suffix after a hyphen
 * (`089 1234-0`, DIN 5008). Plans with fixed groupings check theirs on top.
 */
function hasNationalGrouping(candidate: PhoneCandidate, last: number): boolean {
  const firstLength = candidate.groupLength(0);
  if (firstLength < 2 || firstLength > 6) return false;
  for (let g = 1; g <= last; g++) {
    const length = candidate.groupLength(g);
    if (length > 8) return false;
    if (length < 2 && !(g === last && g >= 2 && candidate.separatorAfter[g - 1] === HYPHEN)) return false;
  }
  return true;
}

// Group shapes as hexadecimal digits, see PhoneCandidate.shapeUpTo.
const NANP_SHAPE = 0x334;
const NANP_TRUNK_SHAPE = 0x1334;
const INDIA_SHAPES = [0x55, 0x433, 0x334];
const BRAZIL_SHAPES = [0x244, 0x254, 0x28, 0x29];
const SPAIN_SHAPES = [0x3222, 0x333, 0x2322];

/**
 * No prefix at all: NANP (optionally with its trunk 1), Indian mobiles, Brazilian `(DDD)`
 * numbers and Spanish numbers. Each must be written in its own country's grouping, with
 * parentheses only around the area code. Spanish numbers always need a phone word: nine bare
 * digits starting 6–9 are too common otherwise.
 */
function classifyWithoutPrefix(candidate: PhoneCandidate, last: number): Verdict {
  const digits = candidate.digits;
  const total = candidate.digitEnd[last]!;
  const contiguous = last === 0;
  const shape = candidate.shapeUpTo(last);
  const paren = candidate.parenGroup > last ? -1 : candidate.parenGroup;
  const grouped: Verdict = candidate.separatorsUpTo(last) === SPACE ? NEEDS_CONTEXT_GROUPED : FORMATTED;
  let verdict: Verdict = REJECT;

  if (digits[0] === 1 && total === 11 && nanpPlan.isValid(digits, 1, 10, 0)) {
    if (contiguous) verdict = better(verdict, NEEDS_CONTEXT_BARE);
    else if (shape === NANP_TRUNK_SHAPE && (paren === -1 || paren === 1)) verdict = better(verdict, grouped);
  }
  if (total === 10 && nanpPlan.isValid(digits, 0, 10, 0)) {
    if (contiguous) verdict = better(verdict, NEEDS_CONTEXT_BARE);
    else if (shape === NANP_SHAPE && paren <= 0) verdict = better(verdict, grouped);
  }
  if (isIndianMobile(digits, 0, total)) {
    if (contiguous) verdict = better(verdict, NEEDS_CONTEXT_BARE);
    else if (INDIA_SHAPES.includes(shape) && paren === -1) verdict = better(verdict, grouped);
  }
  if (brPlan.isValid(digits, 0, total, contiguous ? 0 : candidate.groupLength(0))) {
    // Ten bare digits starting with a DDD look like this year's epochs (17…): not without grouping.
    if (contiguous) verdict = better(verdict, total === 11 ? NEEDS_CONTEXT_BARE : REJECT);
    else if (BRAZIL_SHAPES.includes(shape) && paren <= 0) verdict = better(verdict, grouped);
  }
  if (esPlan.isValid(digits, 0, total, 0)) {
    if (contiguous) verdict = better(verdict, NEEDS_CONTEXT_BARE);
    else if (SPAIN_SHAPES.includes(shape) && paren === -1) verdict = better(verdict, NEEDS_CONTEXT_GROUPED);
  }
  return verdict;
}

/**
 * Coarse gate on how a number without `+` opens, from its first two group lengths (0 when the
 * first group is the whole number), derived from the groupings above: lets a caller skip runs
 * such as `12 12 12 …` without reading them as candidates. Trunk-prefixed numbers always pass.
 */
export function canOpenNationalNumber(firstDigit: number, firstLength: number, secondLength: number): boolean {
  if (firstDigit === 0) return firstLength >= 2;
  switch (firstLength) {
    case 1:
      return firstDigit === 1 && secondLength === 3;
    case 2:
      return secondLength >= 3;
    case 3:
      return secondLength === 2 || secondLength === 3;
    case 4:
      return secondLength === 3;
    case 5:
      return secondLength === 5;
    default:
      return firstLength >= 7;
  }
}

/**
 * Whether `digits` digits written as one block, with no `+`, `(` or trunk prefix before them,
 * can be a number: only Spanish (9), NANP and Indian (10), and NANP with its trunk 1 or
 * Brazilian mobile (11) numbers are, see {@link classifyWithoutPrefix}.
 */
export function canBeBareBlock(firstDigit: number, digits: number): boolean {
  return firstDigit === 0 || (digits >= 9 && digits <= 11);
}

function better(current: Verdict, candidate: Verdict): Verdict {
  if (current === REJECT) return candidate;
  if (candidate === REJECT) return current;
  return candidate < current ? candidate : current;
}

const WHOLE_BLOCK_DIGITS = 5;

/**
 * A last group joined by whitespace alone to groups joined by punctuation (`010-01-0001 42`,
 * `212.555.0123 7`): the number ended at the punctuated groups and an unrelated one follows.
 * Whitespace before punctuation (`+1 212-555-0123`, `(555) 123-4567`) is how phones are
 * written, and so is a single punctuation mark before short spaced groups (`0800-123 4567`),
 * but not before a whole subscriber block (`030/1234567 42`).
 */
function isSpacedOffTail(candidate: PhoneCandidate, last: number): boolean {
  if (candidate.separatorAfter[last - 1] !== SPACE) return false;
  let punctuated = 0;
  for (let g = 0; g < last - 1; g++) {
    const kinds = candidate.separatorAfter[g]!;
    if ((kinds & SPACE) === 0 && (kinds & (HYPHEN | DOT | SLASH)) !== 0) punctuated++;
  }
  return punctuated >= 2 || (punctuated === 1 && candidate.groupLength(last - 1) >= WHOLE_BLOCK_DIGITS);
}

/**
 * Shapes that pass a numbering plan by accident: versions and decimals (a one-digit group
 * between dots), IPv4 addresses, and dates written with one kind of punctuation.
 */
function isLookAlike(candidate: PhoneCandidate, last: number): boolean {
  const separators = candidate.separatorsUpTo(last);
  if ((separators & DOT) !== 0) {
    let longest = 0;
    for (let g = 0; g <= last; g++) {
      const length = candidate.groupLength(g);
      if (length === 1) return true;
      if (length > longest) longest = length;
    }
    if (separators === DOT && last === 3 && longest <= 3) return true;
  }
  if (last === 2 && (separators === HYPHEN || separators === DOT || separators === SLASH)) {
    const shape = candidate.shapeUpTo(2);
    const a = shape >> 8;
    const b = (shape >> 4) & 15;
    const c = shape & 15;
    if (a === 4 && b <= 2 && c <= 2) return true;
    if (a <= 2 && b <= 2 && (c === 4 || c === 2)) return true;
  }
  return false;
}
