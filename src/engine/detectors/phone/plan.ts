/**
 * A country's numbering plan reduced to what tells a phone number from any other digit run:
 * which national significant numbers (NSN: no country code, no trunk prefix) can be assigned.
 * Digits are read from a shared buffer of values 0–9, so checking allocates nothing.
 */
export interface NumberingPlan {
  /** Country (or, for NANP, region) this plan covers; documentation and test labels only. */
  readonly region: string;
  /** E.164 country code, e.g. `44`. */
  readonly countryCode: string;
  /**
   * Whether `digits[from, from + length)` is an assignable NSN. `areaLength` is how many NSN
   * digits the writer put in the first group (`030 1234567` gives 2), 0 when the NSN is written
   * as one block; plans whose area codes vary in length use it to reject impossible splits.
   */
  isValid(digits: Uint8Array, from: number, length: number, areaLength: number): boolean;
  /**
   * For plans whose national numbers are written in a few fixed groupings: whether `shape`
   * (group lengths as hexadecimal digits, trunk prefix included: `01 23 45 67 89` is 0x22222)
   * is one of them. Absent when any grouping is seen in practice.
   */
  fitsNationalGrouping?(shape: number): boolean;
}

/** The two-digit value at `digits[from]`, `digits[from + 1]`. */
export function twoDigits(digits: Uint8Array, from: number): number {
  return digits[from]! * 10 + digits[from + 1]!;
}

/** The three-digit value at `digits[from]` to `digits[from + 2]`. */
export function threeDigits(digits: Uint8Array, from: number): number {
  return digits[from]! * 100 + digits[from + 1]! * 10 + digits[from + 2]!;
}
