/**
 * Numbers the Social Security Administration voided after they were printed on sample cards
 * and in advertising, then used by thousands of people: they identify nobody.
 */
const VOIDED_SSNS: ReadonlySet<number> = new Set([78_05_1120, 219_09_9999]);

/**
 * True when area, group and serial form an SSN that can have been issued: area not 000, 666 or
 * 900–999 (the latter are ITINs and advertising numbers), group not 00, serial not 0000, and not
 * one of the publicly voided sample numbers (078-05-1120, 219-09-9999).
 */
export function isIssuableSsn(area: number, group: number, serial: number): boolean {
  if (area <= 0 || area === 666 || area >= 900) return false;
  if (group <= 0 || group > 99 || serial <= 0 || serial > 9999) return false;
  return !VOIDED_SSNS.has(area * 1_000_000 + group * 10_000 + serial);
}
