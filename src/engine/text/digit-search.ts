/** Gaps this short are crossed by a loop: any call costs more than a few characters. */
const NEAR = 8;
/** `indexOf` calls allowed per text, before the per-length allowance. */
const BASE_SEARCHES = 16;
/** One more `indexOf` call allowed per this many characters of text. */
const CHARS_PER_SEARCH = 128;

const DIGIT_CHARS = '0123456789';

/**
 * Finds the next ASCII digit of a text at a cost that follows how the digits are spread. Short
 * gaps are crossed by a loop over the text's code units (a typed-array read costs a third of a
 * `charCodeAt`). Long ones, in prose with a few numbers, by `indexOf` for each of the ten digits
 * (native searches that skip kilobytes several times faster than a loop walks them),
 * remembering where each digit occurs next so that no stretch is searched twice for the same
 * digit. Where digits abound, those ten searches cost more than the gaps they skip: a call
 * allowance per text ends them, and the code-unit loop takes over to the end of each gap. Each
 * digit's searches only move forward, so a pass costs O(length) however the text is cut into
 * calls. Reused; allocates nothing.
 */
export class DigitSearch {
  private text = '';
  private units: Uint16Array = new Uint16Array(0);
  private readonly nextOf = new Int32Array(10);
  private tableReady = false;
  private searchesLeft = 0;
  /** The last position asked for: what the table holds is valid from there on. */
  private position = 0;

  /**
   * Prepares to search `text`, whose code units are `units` (as `codeUnitsOf` gives them), from
   * `from` on; positions asked for next must not decrease, and `units` must stay valid meanwhile.
   * What is known about the same text is kept when `from` does not go back.
   */
  begin(text: string, units: Uint16Array, from: number): void {
    this.units = units;
    if (text === this.text && from >= this.position) {
      this.text = text;
      this.position = from;
      return;
    }
    this.text = text;
    this.position = from;
    this.tableReady = false;
    this.searchesLeft = BASE_SEARCHES + Math.floor(text.length / CHARS_PER_SEARCH);
  }

  /** Index of the first digit at or after `from`, or -1. */
  next(from: number): number {
    const length = this.text.length;
    this.position = from;
    if (this.searchesLeft <= 0) return firstDigitIn(this.units, from, length);
    const near = from + NEAR < length ? from + NEAR : length;
    const found = firstDigitIn(this.units, from, near);
    if (found !== -1 || near === length) return found;
    return this.nextByTable(near);
  }

  private nextByTable(from: number): number {
    const text = this.text;
    const nextOf = this.nextOf;
    const fresh = !this.tableReady;
    this.tableReady = true;
    let first = -1;
    for (let digit = 0; digit < 10; digit++) {
      let at = nextOf[digit]!;
      // An entry before `from` is used up; -1 (after a search) means the digit does not occur again.
      if (fresh || (at !== -1 && at < from)) {
        at = text.indexOf(DIGIT_CHARS[digit]!, from);
        nextOf[digit] = at;
        this.searchesLeft--;
      }
      if (at !== -1 && (first === -1 || at < first)) first = at;
    }
    return first;
  }
}

/** Index of the first ASCII digit among `units[from, end)`, or -1. */
function firstDigitIn(units: Uint16Array, from: number, end: number): number {
  for (let i = from; i < end; i++) if (units[i]! - 48 >>> 0 <= 9) return i;
  return -1;
}
