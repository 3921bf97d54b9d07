import { isWordChar } from './chars.js';
import { codeUnitsOf } from './code-units.js';
import { DigitSearch } from './digit-search.js';
import { endsEscape } from './escapes.js';

/**
 * Where the ASCII digit runs of a text are, found once and shared: half a dozen detectors (phone,
 * card, SSN, IPv4, IBAN, national ids, Bitcoin) only ever start work at a digit, and a separate
 * character walk per detector would cost more than all their matching. The first detector to ask
 * about a text pays one sweep ({@link DigitSearch}) and records the runs; the others
 * read the record. Detectors run one after another over the same string, so one record
 * suffices; a different text (a report callback that scans another string, say) replaces it, and
 * the next question about the first text records that one again.
 *
 * The record holds a bounded window of runs, so memory stays fixed whatever the input: a caller
 * that walks past the window moves it forward, one that goes back before it rebuilds it from
 * there. Each costs one sweep of the stretch concerned, so every pass stays linear.
 */

/** A digit run `[start, end)` as {@link findDigitRun} reports it; callers keep one and reuse it. */
export interface DigitRun {
  start: number;
  end: number;
}

/** Every run. */
export const ANY_RUN = false;
/**
 * Only runs that are not embedded in a word. An embedded run has a word character right before
 * it (other than the end of a `\n` or `\u00e9`-style escape) and, right after it, none of the
 * characters digit groups are written or bracketed with (spaces, hyphens and dashes, dot, slash,
 * parentheses): `id42x`, `9f3e` in a hash, the digits of base64. No free-standing number
 * (phone, card, SSN, IPv4) starts or continues there, and half the runs of code-laden text are such.
 */
export const FREE_RUNS = true;

const CAPACITY = 4096;

class DigitRunRecord {
  readonly starts = new Int32Array(CAPACITY);
  readonly ends = new Int32Array(CAPACITY);
  readonly embedded = new Uint8Array(CAPACITY);
  private readonly search = new DigitSearch();
  text: string | undefined = undefined;
  /** The window describes the digits at or after this index (its first run may begin earlier). */
  windowFrom = 0;
  count = 0;
  /** Whether the window reaches the end of the text. */
  complete = true;
  /** Run that answered the last question: callers move forward, so the next answer is here or just after. */
  cursor = 0;

  /**
   * Index of the recorded run holding the first digit at or after `from` (skipping embedded runs
   * when `freeOnly`); -1 when none follows.
   */
  runFrom(text: string, from: number, freeOnly: boolean): number {
    if (text !== this.text) {
      this.fill(text, 0);
    } else {
      // An equal copy compares its characters and is as valid; holding it makes the next compare a pointer check.
      this.text = text;
      if (from < this.windowFrom) this.fill(text, from);
    }
    let run = this.locate(from);
    for (;;) {
      if (freeOnly) {
        const embedded = this.embedded;
        while (run < this.count && embedded[run] === 1) run++;
      }
      if (run < this.count) break;
      if (this.complete) return -1;
      // An incomplete window is full: go on after its last run.
      this.fill(text, Math.max(from, this.ends[this.count - 1]!));
      run = 0;
    }
    this.cursor = run;
    return run;
  }

  private locate(from: number): number {
    const ends = this.ends;
    let run = this.cursor;
    if (run > 0 && ends[run - 1]! > from) run = this.firstRunEndingAfter(from);
    while (run < this.count && ends[run]! <= from) run++;
    return run;
  }

  private firstRunEndingAfter(from: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.ends[middle]! <= from) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Fills the window with the runs from `from` on, as many as fit. */
  private fill(text: string, from: number): void {
    this.text = text;
    this.windowFrom = from;
    this.count = 0;
    this.cursor = 0;
    this.complete = true;
    const length = text.length;
    const units = codeUnitsOf(text);
    const search = this.search;
    const starts = this.starts;
    const ends = this.ends;
    const embedded = this.embedded;
    search.begin(text, units, from);
    let count = 0;
    let position = from;
    for (;;) {
      const start = search.next(position);
      if (start === -1) break;
      if (count === CAPACITY) {
        this.complete = false;
        break;
      }
      let end = start + 1;
      while (end < length && units[end]! - 48 >>> 0 <= 9) end++;
      starts[count] = start;
      ends[count] = end;
      embedded[count] =
        start > 0 && isWordChar(units[start - 1]!) && !endsEscape(text, start) && (end === length || !isGroupingChar(units[end]!))
          ? 1
          : 0;
      count++;
      position = end;
    }
    this.count = count;
  }
}

/** The space (and no-break, narrow and thin spaces), hyphens and dashes, `.`, `/`, `(`, `)`. */
function isGroupingChar(code: number): boolean {
  switch (code) {
    case 32:
    case 0xa0:
    case 0x202f:
    case 0x2009:
    case 45:
    case 46:
    case 47:
    case 40:
    case 41:
      return true;
    default:
      return code >= 0x2010 && code <= 0x2013;
  }
}

const shared = new DigitRunRecord();

/**
 * Finds the first ASCII digit at or after `from` in a run of the kind asked for (`ANY_RUN` or
 * `FREE_RUNS`): `found.start` is its index, `found.end` the end of its run. False (and `found`
 * untouched) when there is none. Allocates nothing; O(1) amortised for a caller whose `from`
 * only grows.
 */
export function findDigitRun(text: string, from: number, found: DigitRun, freeOnly: boolean = ANY_RUN): boolean {
  const record = shared;
  const run = record.runFrom(text, from, freeOnly);
  if (run === -1) return false;
  const start = record.starts[run]!;
  found.start = start > from ? start : from;
  found.end = record.ends[run]!;
  return true;
}
