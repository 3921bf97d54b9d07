/**
 * Where a detector's trigger keywords occur in the scanned text: `[starts[h], ends[h])` for
 * `h < count`, ordered by start. The arrays are longer than `count` and reused between scans.
 */
export interface KeywordHits {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

const INITIAL_CAPACITY = 32;
/** A buffer grown past this by one huge input is let go afterwards rather than kept for life. */
const RETAINED_CAPACITY = 4_096;

/** A growable, reusable list of keyword occurrences; allocates only when a scan has more hits than any before. */
export class KeywordHitBuffer implements KeywordHits {
  count = 0;
  starts = new Int32Array(INITIAL_CAPACITY);
  ends = new Int32Array(INITIAL_CAPACITY);
  /** Which keyword group each hit belongs to (the scanner uses the detector's index). */
  tags = new Int32Array(INITIAL_CAPACITY);

  push(start: number, end: number, tag: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.tags[this.count] = tag;
    this.count++;
  }

  /**
   * Replaces the content with the hits of `source` tagged `tag`, ordered by start. The sweep
   * records hits by where they end, so a keyword ending inside a longer one arrives after it:
   * insertion moves each hit back at most past the few that end within one keyword length.
   */
  selectTag(source: KeywordHitBuffer, tag: number): void {
    this.count = 0;
    for (let h = 0; h < source.count; h++) {
      if (source.tags[h] === tag) this.insertByStart(source.starts[h]!, source.ends[h]!, tag);
    }
  }

  /** Appends keeping the order by start (then by end). */
  insertByStart(start: number, end: number, tag: number): void {
    this.push(start, end, tag);
    let h = this.count - 1;
    while (h > 0 && (this.starts[h - 1]! > start || (this.starts[h - 1] === start && this.ends[h - 1]! > end))) {
      this.starts[h] = this.starts[h - 1]!;
      this.ends[h] = this.ends[h - 1]!;
      this.tags[h] = this.tags[h - 1]!;
      h--;
    }
    this.starts[h] = start;
    this.ends[h] = end;
    this.tags[h] = tag;
  }

  /** Empties the buffer, and shrinks it if an exceptional input made it large. */
  reset(): void {
    this.count = 0;
    if (this.starts.length <= RETAINED_CAPACITY) return;
    this.starts = new Int32Array(INITIAL_CAPACITY);
    this.ends = new Int32Array(INITIAL_CAPACITY);
    this.tags = new Int32Array(INITIAL_CAPACITY);
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const tags = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    tags.set(this.tags);
    this.starts = starts;
    this.ends = ends;
    this.tags = tags;
  }
}
