import { codeUnitsOf } from './code-units.js';
import { DigitSearch } from './digit-search.js';
import { kernelHolding, nextClearBit, nextSetBit } from './kernel/kernel.js';
import { endsEscapeIn, isDigitUnit, isWordUnit } from './number-boundaries.js';

/**
 * Where the ASCII digit runs of a text are, found once and shared: half a dozen detectors (phone,
 * card, SSN, IPv4, IBAN, national ids, Bitcoin) only ever start work at a digit, and a separate
 * character walk per detector would cost more than all their matching. The first detector to ask
 * about a text pays one sweep ({@link DigitSearch}, over the text's code units) and records the
 * runs, the free ones (see {@link FREE_RUNS}) also in a list of their own; the others read the
 * record, at a few nanoseconds a run through a {@link DigitRunWalk}. Detectors run one after
 * another over the same string, so one record suffices; a different text (a report callback that
 * scans another string, say) replaces it, and the next question about the first text records
 * that one again.
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

/** Runs of one kind in the window, in text order. */
class RunList {
  readonly starts = new Int32Array(CAPACITY);
  readonly ends = new Int32Array(CAPACITY);
  count = 0;
  /** Run that answered the last question: callers move forward, so the next answer is here or just after. */
  cursor = 0;

  clear(): void {
    this.count = 0;
    this.cursor = 0;
  }

  /** Index of the first run ending after `from`; `count` when none does. */
  locate(from: number): number {
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
}

class DigitRunRecord {
  /** Every run of the window. */
  readonly all = new RunList();
  /** The runs of the window that are not embedded, kept apart so that `FREE_RUNS` callers never step over the others. */
  readonly free = new RunList();
  private readonly search = new DigitSearch();
  text: string | undefined = undefined;
  /** The window describes the digits at or after this index (its first run may begin earlier). */
  windowFrom = 0;
  /** Whether the window reaches the end of the text. */
  complete = true;
  /** Counts fills: a walk that saw this number last still reads the text and window it read then. */
  generation = 0;

  /**
   * Index in `list` (`all` or `free`) of the recorded run holding the first digit at or after
   * `from`; -1 when none follows.
   */
  runFrom(text: string, from: number, list: RunList): number {
    if (text !== this.text) {
      this.fill(text, 0);
    } else {
      // An equal copy compares its characters and is as valid; holding it makes the next compare a pointer check.
      this.text = text;
      if (from < this.windowFrom) this.fill(text, from);
    }
    for (;;) {
      const run = list.locate(from);
      if (run < list.count) {
        list.cursor = run;
        return run;
      }
      if (this.complete) return -1;
      // An incomplete window is full: go on after its last run.
      this.fill(text, Math.max(from, this.all.ends[this.all.count - 1]!));
    }
  }

  /** Fills the window with the runs from `from` on, as many as fit. */
  private fill(text: string, from: number): void {
    this.generation++;
    this.text = text;
    this.windowFrom = from;
    this.complete = true;
    const all = this.all;
    const free = this.free;
    all.clear();
    free.clear();
    const length = text.length;
    const units = codeUnitsOf(text);
    const search = this.search;
    // The kernel's bitmap of digits answers each search with a few word reads.
    const digits = kernelHolding(units)?.digitsOf(text);
    if (digits === undefined) search.begin(text, units, from);
    const allStarts = all.starts;
    const allEnds = all.ends;
    const freeStarts = free.starts;
    const freeEnds = free.ends;
    let count = 0;
    let freeCount = 0;
    let position = from;
    for (;;) {
      const start = digits !== undefined ? nextSetBit(digits, position, length) : search.next(position);
      if (start === -1 || start === length) break;
      if (count === CAPACITY) {
        this.complete = false;
        break;
      }
      let end: number;
      if (digits !== undefined) {
        end = nextClearBit(digits, start + 1, length);
      } else {
        end = start + 1;
        while (end < length && isDigitUnit(units[end]!)) end++;
      }
      allStarts[count] = start;
      allEnds[count] = end;
      count++;
      if (start === 0 || !isWordUnit(units[start - 1]!) || !isEmbedded(units, start, end, length)) {
        freeStarts[freeCount] = start;
        freeEnds[freeCount] = end;
        freeCount++;
      }
      position = end;
    }
    all.count = count;
    free.count = freeCount;
  }
}

/** A run glued to the word character before it (not an escape's letter) with no grouping character after it. */
function isEmbedded(units: Uint16Array, start: number, end: number, length: number): boolean {
  return !endsEscapeIn(units, start) && (end === length || !isGroupingChar(units[end]!));
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
  const list = freeOnly ? record.free : record.all;
  if (text === record.text) {
    const answer = answerFromWindow(record, list, from, found);
    if (answer !== ASK_RECORD) return answer === FOUND;
  }
  const run = record.runFrom(text, from, list);
  if (run === -1) return false;
  const start = list.starts[run]!;
  found.start = start > from ? start : from;
  found.end = list.ends[run]!;
  return true;
}

/**
 * A detector's walk over the digit runs of one text: {@link DigitRunWalk.next} answers as
 * {@link findDigitRun} does, but knows while the shared record still holds the text and window
 * it last read from, and then reads the runs straight from it, with no string comparison per run.
 * Keep one per detector; `begin` it for each text, and again after anything (a report callback)
 * that may have walked another text with it.
 */
export class DigitRunWalk implements DigitRun {
  start = 0;
  end = 0;
  private text = '';
  private freeOnly = ANY_RUN;
  private list = shared.all;
  /** The record's fill count when this walk last asked it; -1 when its next answer must come from the record. */
  private generation = -1;
  /** Index in `list` of the run last answered. */
  private index = 0;

  /** Starts a walk over the runs of `text` of the kind asked for (`ANY_RUN` or `FREE_RUNS`). */
  begin(text: string, freeOnly: boolean = ANY_RUN): void {
    this.text = text;
    this.freeOnly = freeOnly;
    this.list = freeOnly ? shared.free : shared.all;
    this.generation = -1;
  }

  /** As `findDigitRun(text, from, this, freeOnly)`: moves to the run holding the first digit at or after `from`. */
  next(from: number): boolean {
    const record = shared;
    if (record.generation === this.generation) {
      const list = this.list;
      const ends = list.ends;
      const count = list.count;
      let index = this.index;
      if (from === this.end) {
        // Right after the run last answered, the commonest question: the next run is the answer (runs never touch).
        index++;
      } else if (from < record.windowFrom || (index > 0 && ends[index - 1]! > from)) {
        // Going back is left to the record.
        index = -1;
      } else {
        while (index < count && ends[index]! <= from) index++;
      }
      if (index >= 0 && index < count) {
        this.index = index;
        const start = list.starts[index]!;
        this.start = start > from ? start : from;
        this.end = ends[index]!;
        return true;
      }
      if (index === count && record.complete) return false;
    }
    if (!findDigitRun(this.text, from, this, this.freeOnly)) {
      this.generation = -1;
      return false;
    }
    this.generation = record.generation;
    this.index = this.list.cursor;
    return true;
  }
}

const FOUND = 1;
const NONE = 0;
const ASK_RECORD = -1;

/**
 * The usual question, from a caller walking forward through a window that holds its text:
 * answered from `list` alone (FOUND, with `found` set, or NONE), or ASK_RECORD when the window
 * must move or the cursor go back. Small enough to inline into a detector's loop.
 */
function answerFromWindow(record: DigitRunRecord, list: RunList, from: number, found: DigitRun): number {
  if (from < record.windowFrom) return ASK_RECORD;
  const ends = list.ends;
  const count = list.count;
  let next = list.cursor;
  if (next > 0 && ends[next - 1]! > from) return ASK_RECORD;
  while (next < count && ends[next]! <= from) next++;
  if (next === count) return record.complete ? NONE : ASK_RECORD;
  list.cursor = next;
  const start = list.starts[next]!;
  found.start = start > from ? start : from;
  found.end = ends[next]!;
  return FOUND;
}
