/**
 * Index of the quote that closes the JSON string whose content starts at `from` (the text's
 * length if none does). `indexOf` skips the content natively; a quote after an odd run of
 * backslashes is escaped.
 */
export function closingQuote(text: string, from: number): number {
  let quote = text.indexOf('"', from);
  while (quote !== -1) {
    let backslash = quote - 1;
    while (backslash >= from && text.charCodeAt(backslash) === 92) backslash--;
    if ((quote - 1 - backslash) % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length;
}

/** Index of the first character at or after `from` that is not JSON whitespace (the text's length if none). */
export function skipJsonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9) break;
    i++;
  }
  return i;
}
