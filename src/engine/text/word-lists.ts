import { startsWithIgnoreCase } from './ascii-search.js';

/**
 * Membership tests of a slice in a short list of ASCII lower-case words, written as plain
 * indexed loops: no closure and no iterator, so they allocate nothing whichever tier of the
 * JIT runs them (rarely called code stays unoptimised, where `some` and `for…of` allocate).
 */

/** Whether `text.slice(start, end)` equals one of `words`, ignoring ASCII case. */
export function isOneOfIgnoreCase(words: readonly string[], text: string, start: number, end: number): boolean {
  const length = end - start;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (word.length === length && startsWithIgnoreCase(text, word, start)) return true;
  }
  return false;
}

/** The first of `words` (case-sensitive) that `text` has at `at`, or undefined. */
export function wordStartingAt(words: readonly string[], text: string, at: number): string | undefined {
  for (let w = 0; w < words.length; w++) if (text.startsWith(words[w]!, at)) return words[w];
  return undefined;
}
