/**
 * Character-frequency statistics over a slice of a string, used to tell random credentials
 * from words, masks and placeholders. Both functions count into one shared table and clear
 * only the cells they touched, so a call allocates nothing and costs O(end - start).
 */

// ASCII gets exact cells; other code units share 128 hashed cells. A collision can only lower
// the entropy estimate, which errs towards not redacting a non-ASCII string, never towards
// reporting a word as random.
const TABLE_SIZE = 256;
const counts = new Uint32Array(TABLE_SIZE);

function cellOf(code: number): number {
  return code < 128 ? code : 128 + (code & 127);
}

function countInto(text: string, start: number, end: number): void {
  for (let i = start; i < end; i++) counts[cellOf(text.charCodeAt(i))]!++;
}

function clear(text: string, start: number, end: number): void {
  for (let i = start; i < end; i++) counts[cellOf(text.charCodeAt(i))] = 0;
}

// `c * log2(c)` for the counts a token usually has, so that entropy costs no logarithm per character.
const LOG_TABLE_SIZE = 256;
const countTimesLog = new Float64Array(LOG_TABLE_SIZE);
for (let count = 1; count < LOG_TABLE_SIZE; count++) countTimesLog[count] = count * Math.log2(count);

/** `count * log2(count)`: one term of the entropy sum, for statistics that count on their own. */
export function timesLog(count: number): number {
  return count < LOG_TABLE_SIZE ? countTimesLog[count]! : count * Math.log2(count);
}

/**
 * Shannon entropy in bits per character of `text.slice(start, end)`. Random base64 of length
 * 40 scores about 5, English words about 3, `xxxxxxxx` scores 0.
 */
export function shannonEntropy(text: string, start = 0, end = text.length): number {
  const length = end - start;
  if (length <= 0) return 0;
  countInto(text, start, end);
  // -Σ p·log2(p) with p = c / length is log2(length) - Σ c·log2(c) / length.
  let sum = 0;
  for (let i = start; i < end; i++) {
    const cell = cellOf(text.charCodeAt(i));
    const count = counts[cell]!;
    if (count === 0) continue;
    sum += timesLog(count);
    counts[cell] = 0;
  }
  return Math.max(0, Math.log2(length) - sum / length);
}

/** Share (0..1) of the slice taken by its most frequent character: 1 for `********`. */
export function dominantCharShare(text: string, start = 0, end = text.length): number {
  const length = end - start;
  if (length <= 0) return 0;
  let most = 0;
  for (let i = start; i < end; i++) {
    const count = ++counts[cellOf(text.charCodeAt(i))]!;
    if (count > most) most = count;
  }
  clear(text, start, end);
  return most / length;
}
