/** Separator kinds a phone number may be written with, as bits so a candidate can collect them. */
export const SPACE = 1;
export const HYPHEN = 2;
export const DOT = 4;
export const SLASH = 8;
export const PAREN = 16;

/** Space, no-break space, narrow and thin spaces: what word processors put between digit groups. */
export function isSpaceSeparator(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/** Kind of a separator character other than parentheses; 0 when `code` separates nothing. */
export function separatorKind(code: number): number {
  if (isSpaceSeparator(code)) return SPACE;
  // ASCII hyphen-minus, then the Unicode hyphens and en dash that pasted text carries.
  if (code === 45 || (code >= 0x2010 && code <= 0x2013)) return HYPHEN;
  if (code === 46) return DOT;
  if (code === 47) return SLASH;
  return 0;
}

/** Longest stretch of separator characters between two digit groups (`) - `, ` / `). */
export const MAX_SEPARATOR_LENGTH = 3;

/**
 * Whether `[from, to)` (inside the text whose code units are `units`) is a dash with a space on
 * each side: it parts two numbers (`option 2 - 212-555-0123`, `+44 20 7946 0958 - 2`) rather
 * than grouping one, which no plan writes that way.
 */
export function isSpacedDash(units: Uint16Array, from: number, to: number): boolean {
  return (
    to - from === 3 &&
    isSpaceSeparator(units[from]!) &&
    separatorKind(units[from + 1]!) === HYPHEN &&
    isSpaceSeparator(units[from + 2]!)
  );
}

/**
 * Length of the plus sign at `index` of a text of `length` code units (`units`): 1 for `+`, 3
 * for its URL encoding `%2B` (query strings such as `?phone=%2B14155550132`), 0 when there is none.
 */
export function plusSignLength(units: Uint16Array, length: number, index: number): number {
  if (index >= length) return 0;
  const code = units[index]!;
  if (code === 43) return 1;
  if (code !== 37 || index + 2 >= length || units[index + 1] !== 50) return 0;
  const letter = units[index + 2]!;
  return letter === 66 || letter === 98 ? 3 : 0;
}
