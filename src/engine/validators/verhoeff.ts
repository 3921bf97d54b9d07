// Dihedral group D5 multiplication table and the position permutation of Verhoeff's scheme,
// flattened to 10-wide rows.
const MULTIPLY = Uint8Array.from([
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
  1, 2, 3, 4, 0, 6, 7, 8, 9, 5,
  2, 3, 4, 0, 1, 7, 8, 9, 5, 6,
  3, 4, 0, 1, 2, 8, 9, 5, 6, 7,
  4, 0, 1, 2, 3, 9, 5, 6, 7, 8,
  5, 9, 8, 7, 6, 0, 4, 3, 2, 1,
  6, 5, 9, 8, 7, 1, 0, 4, 3, 2,
  7, 6, 5, 9, 8, 2, 1, 0, 4, 3,
  8, 7, 6, 5, 9, 3, 2, 1, 0, 4,
  9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
]);
const PERMUTE = Uint8Array.from([
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
  1, 5, 7, 6, 2, 8, 3, 0, 9, 4,
  5, 8, 0, 3, 7, 9, 6, 1, 4, 2,
  8, 9, 1, 6, 0, 4, 3, 5, 2, 7,
  9, 4, 5, 3, 1, 2, 6, 8, 7, 0,
  4, 2, 8, 6, 5, 7, 3, 9, 0, 1,
  2, 7, 9, 3, 8, 0, 6, 4, 1, 5,
  7, 0, 4, 6, 9, 1, 3, 2, 5, 8,
]);

/**
 * Verhoeff check (used by Aadhaar numbers) over the digits of `text` between `start` and `end`,
 * the last digit being the check digit. Single spaces and hyphens between groups are skipped;
 * any other character fails. Unlike Luhn it catches every single-digit error and every
 * transposition of adjacent digits.
 */
export function isVerhoeffValid(text: string, start = 0, end = text.length): boolean {
  let check = 0;
  let position = 0;
  for (let i = end - 1; i >= start; i--) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 45) continue;
    const digit = code - 48;
    if (digit < 0 || digit > 9) return false;
    check = MULTIPLY[check * 10 + PERMUTE[(position % 8) * 10 + digit]!]!;
    position++;
  }
  return position > 1 && check === 0;
}
