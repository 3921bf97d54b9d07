/** Character-class tests on UTF-16 code units; cheaper than regexes in hand-written scanners. */

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

export function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

export function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiDigit(code) || isAsciiLetter(code);
}

/** Letters, digits and `_`: what `\w` means in an ASCII regex. */
export function isWordChar(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 95;
}

export function isHexDigit(code: number): boolean {
  return isAsciiDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** True when `index` is outside the string or not a word character: a word boundary on that side. */
export function isBoundaryAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true;
  return !isWordChar(text.charCodeAt(index));
}
