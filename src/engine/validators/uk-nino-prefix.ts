// Letters HMRC never uses in the first (D F I Q U V) and second (D F I O Q U V) position.
const NOT_FIRST = 'DFIQUV';
const NOT_SECOND = 'DFIOQUV';
// Prefixes never issued (administrative and temporary numbers), as pairs of letters.
const NEVER_ISSUED = 'BG GB KN NK NT TN ZZ';

/**
 * True when the upper-case ASCII letters `first` and `second` (char codes) can start a UK
 * National Insurance number under HMRC's published allocation rules.
 */
export function isValidNinoPrefix(first: number, second: number): boolean {
  if (!(first >= 65 && first <= 90 && second >= 65 && second <= 90)) return false;
  if (containsCode(NOT_FIRST, first) || containsCode(NOT_SECOND, second)) return false;
  for (let i = 0; i < NEVER_ISSUED.length; i += 3) {
    if (NEVER_ISSUED.charCodeAt(i) === first && NEVER_ISSUED.charCodeAt(i + 1) === second) return false;
  }
  return true;
}

function containsCode(letters: string, code: number): boolean {
  for (let i = 0; i < letters.length; i++) if (letters.charCodeAt(i) === code) return true;
  return false;
}
