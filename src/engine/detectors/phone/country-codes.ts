/**
 * E.164 country codes in service (ITU-T E.164 list, including the shared 8xx global services).
 * Codes are prefix-free and their values do not collide across lengths (1 and 7; 20–98; 211–998),
 * so one table indexed by value, holding the code's length, answers every lookup.
 */
const ONE_DIGIT = [1, 7];
const TWO_DIGIT = [
  20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62,
  63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
];
const THREE_DIGIT_RANGES: readonly (readonly [number, number])[] = [
  [211, 213], [216, 216], [218, 218], [220, 258], [260, 269], [290, 291], [297, 299],
  [350, 359], [370, 383], [385, 387], [389, 389],
  [420, 421], [423, 423],
  [500, 509], [590, 599],
  [670, 670], [672, 683], [685, 692],
  [800, 800], [808, 808], [850, 850], [852, 853], [855, 856], [870, 870], [878, 878], [880, 883], [886, 886], [888, 888],
  [960, 968], [970, 977], [979, 979], [992, 996], [998, 998],
];

const codeLengthByValue = buildTable();

function buildTable(): Uint8Array {
  const table = new Uint8Array(1000);
  for (const code of ONE_DIGIT) table[code] = 1;
  for (const code of TWO_DIGIT) table[code] = 2;
  for (const [from, to] of THREE_DIGIT_RANGES) for (let code = from; code <= to; code++) table[code] = 3;
  return table;
}

/** Length of the assigned country code that starts `digits` at `from`, or 0 when none does. */
export function countryCodeLength(digits: Uint8Array, from: number, available: number): number {
  let value = 0;
  for (let length = 1; length <= 3 && length <= available; length++) {
    value = value * 10 + digits[from + length - 1]!;
    if (codeLengthByValue[value] === length) return length;
  }
  return 0;
}
