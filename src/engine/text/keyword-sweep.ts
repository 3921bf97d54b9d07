import type { KeywordHitBuffer } from './keyword-hits.js';

/** One literal to look for and the group its hits are reported under. */
export interface KeywordEntry {
  readonly keyword: string;
  readonly tag: number;
}

/**
 * Finds every occurrence of many keywords, case-insensitively, in one pass and without
 * allocating: an Aho–Corasick automaton compiled to a dense transition table over character
 * classes. Each code unit costs two array loads; overlapping keywords are all found
 * (`secret_access_key` yields `secret`, `access_key` and itself). Transitions are 16-bit
 * whenever the automaton allows, which keeps the built-in set's table at about 35 KB.
 *
 * Case folding is that of a non-Unicode `/i` regex: each keyword character also matches its
 * upper- and lower-case forms, and a non-ASCII character never matches an ASCII one.
 */
export class KeywordSweep {
  /** Character class of every code unit; 0 for characters in no keyword. */
  private readonly classOf: Uint8Array | Uint16Array;
  /** Number of classes, 0 included: the row length of `delta`. */
  private readonly width: number;
  /**
   * Transition table: row `state * width`, column class. Entries are the next row's offset,
   * bit-inverted (negative) when some keyword ends in that state.
   */
  private readonly delta: Int16Array | Int32Array;
  /** Per state, the range `[outputStart[s], outputStart[s + 1])` of `outputs`. */
  private readonly outputStart: Int32Array;
  /** Indexes into the entries of the keywords that end in a state (its own and by suffix). */
  private readonly outputs: Int32Array;
  private readonly lengths: Int32Array;
  private readonly tags: Int32Array;

  constructor(entries: readonly KeywordEntry[]) {
    const usable = entries.filter((entry) => entry.keyword.length > 0);
    const classOfCode = new Map<number, number>();
    const classOfCanonical = new Map<number, number>();
    const classSequences = usable.map((entry) => {
      const sequence: number[] = [];
      for (let i = 0; i < entry.keyword.length; i++) {
        const code = entry.keyword.charCodeAt(i);
        const canonical = canonicalize(code);
        let cls = classOfCanonical.get(canonical);
        if (cls === undefined) {
          cls = classOfCanonical.size + 1;
          classOfCanonical.set(canonical, cls);
          for (const variant of caseVariants(code)) if (canonicalize(variant) === canonical) classOfCode.set(variant, cls);
        }
        sequence.push(cls);
      }
      return sequence;
    });
    this.width = classOfCanonical.size + 1;
    // Indexed by any code unit, so the hot loop needs no range check.
    this.classOf = this.width <= 256 ? new Uint8Array(65_536) : new Uint16Array(65_536);
    for (const [code, cls] of classOfCode) this.classOf[code] = cls;

    // Trie, then failure links breadth-first, folded into a complete transition table.
    const width = this.width;
    const children: Int32Array[] = [new Int32Array(width).fill(-1)];
    const ownOutputs: number[][] = [[]];
    classSequences.forEach((sequence, index) => {
      let state = 0;
      for (const cls of sequence) {
        let next = children[state]![cls]!;
        if (next === -1) {
          next = children.length;
          children.push(new Int32Array(width).fill(-1));
          ownOutputs.push([]);
          children[state]![cls] = next;
        }
        state = next;
      }
      ownOutputs[state]!.push(index);
    });
    const stateCount = children.length;
    const next = new Int32Array(stateCount * width);
    const failure = new Int32Array(stateCount);
    const allOutputs: number[][] = ownOutputs.map((list) => [...list]);
    const queue: number[] = [];
    for (let cls = 0; cls < width; cls++) {
      const child = children[0]![cls]!;
      next[cls] = child === -1 ? 0 : child;
      if (child !== -1) queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      allOutputs[state]!.push(...allOutputs[failure[state]!]!.filter((o) => !allOutputs[state]!.includes(o)));
      for (let cls = 0; cls < width; cls++) {
        const child = children[state]![cls]!;
        const viaFailure = next[failure[state]! * width + cls]!;
        if (child === -1) {
          next[state * width + cls] = viaFailure;
        } else {
          next[state * width + cls] = child;
          failure[child] = viaFailure;
          queue.push(child);
        }
      }
    }

    this.delta = stateCount * width <= 32_767 ? new Int16Array(stateCount * width) : new Int32Array(stateCount * width);
    for (let i = 0; i < next.length; i++) {
      const target = next[i]!;
      const offset = target * width;
      this.delta[i] = allOutputs[target]!.length > 0 ? ~offset : offset;
    }
    this.outputStart = new Int32Array(stateCount + 1);
    const flat: number[] = [];
    for (let state = 0; state < stateCount; state++) {
      this.outputStart[state] = flat.length;
      flat.push(...allOutputs[state]!);
    }
    this.outputStart[stateCount] = flat.length;
    this.outputs = Int32Array.from(flat);
    this.lengths = Int32Array.from(usable, (entry) => entry.keyword.length);
    this.tags = Int32Array.from(usable, (entry) => entry.tag);
  }

  /** Replaces the content of `hits` with every keyword occurrence in `text`, in order of end. */
  run(text: string, hits: KeywordHitBuffer): void {
    hits.count = 0;
    const classOf = this.classOf;
    const delta = this.delta;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      let next = delta[state + classOf[text.charCodeAt(i)]!]!;
      if (next < 0) {
        next = ~next;
        this.record(next / this.width, i + 1, hits);
      }
      state = next;
    }
  }

  private record(state: number, end: number, hits: KeywordHitBuffer): void {
    for (let o = this.outputStart[state]!; o < this.outputStart[state + 1]!; o++) {
      const entry = this.outputs[o]!;
      hits.push(end - this.lengths[entry]!, end, this.tags[entry]!);
    }
  }
}

/** What a non-Unicode `/i` regex compares: the upper case, unless that leaves or enters ASCII. */
function canonicalize(code: number): number {
  const upper = String.fromCharCode(code).toUpperCase();
  if (upper.length !== 1) return code;
  const folded = upper.charCodeAt(0);
  return code >= 128 && folded < 128 ? code : folded;
}

function caseVariants(code: number): number[] {
  const char = String.fromCharCode(code);
  const variants = [code];
  for (const form of [char.toLowerCase(), char.toUpperCase(), char.toUpperCase().toLowerCase(), char.toLowerCase().toUpperCase()]) {
    if (form.length === 1) variants.push(form.charCodeAt(0));
  }
  return variants;
}
