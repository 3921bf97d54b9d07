import { codeUnitsOf } from './code-units.js';
import { KeywordHitBuffer } from './keyword-hits.js';
import {
  KERNEL_LANES,
  KERNEL_MAX_CLASSES,
  KERNEL_MAX_TRANSITIONS,
  KERNEL_STEP_UNITS,
  LANE_HIT_CAPACITY,
  type TextKernel,
  kernelHolding,
} from './kernel/kernel.js';

/** Independent automata swept in lockstep over one text. */
const LANES = 4;
/** Below this length the JavaScript lanes' set-up costs more than they save. */
const MIN_LANED_LENGTH = 256;
/**
 * The kernel's lanes pay off much sooner: one call sets up all of them, and no lane leaves a tail
 * to JavaScript. With them, the whole scan of a text of 64 to 127 units takes 6-16% less than with
 * one automaton in JavaScript (160 units: 12%); below 64 units that automaton is as fast. Chat
 * messages, tool arguments, ids and log lines are often this short.
 */
export const MIN_KERNEL_LANED_LENGTH = 64;

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
  /** Length of the longest keyword. */
  private readonly longest: number;
  /** Hits of lanes 1-3, appended to the caller's buffer in lane order (lane 0 writes there directly). */
  private readonly laneHits = [new KeywordHitBuffer(), new KeywordHitBuffer(), new KeywordHitBuffer()];
  /** Whether the kernel can hold the tables: few enough classes and transitions. */
  private readonly kernelTables: boolean;

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
    this.longest = usable.reduce((longest, entry) => Math.max(longest, entry.keyword.length), 1);
    this.kernelTables =
      this.classOf instanceof Uint8Array &&
      this.width <= KERNEL_MAX_CLASSES &&
      this.delta instanceof Int16Array &&
      this.delta.length <= KERNEL_MAX_TRANSITIONS;
  }

  /** Replaces the content of `hits` with every keyword occurrence in `text`, in order of end. */
  run(text: string, hits: KeywordHitBuffer): void {
    hits.count = 0;
    const units = codeUnitsOf(text);
    const length = text.length;
    const overlap = this.longest - 1;
    if (length >= MIN_KERNEL_LANED_LENGTH && this.kernelTables) {
      const kernel = kernelHolding(units);
      if (kernel !== undefined && this.sweepInKernel(kernel, length, overlap, hits)) return;
    }
    const laneLength = Math.ceil((length + (LANES - 1) * overlap) / LANES);
    if (length < MIN_LANED_LENGTH || laneLength <= overlap) {
      this.sweep(units, 0, length, 0, 0, hits);
      return;
    }
    this.sweepLanes(units, length, laneLength, overlap, hits);
  }

  /**
   * `sweepLanes` with the kernel's `KERNEL_LANES` lanes over the text it holds. Each lane runs its
   * whole length rounded up to the kernel's loads of `KERNEL_STEP_UNITS`: the last may read a few
   * units past the end of the text (the text region leaves room), and the hits a lane finds past
   * its share (the next lane's, or past the end) are dropped, so each hit is kept once, lane by
   * lane in order of end. False (nothing recorded) when the lanes would be too short or a lane had
   * more hits than the kernel keeps; the caller then sweeps in JavaScript.
   */
  private sweepInKernel(kernel: TextKernel, length: number, overlap: number, hits: KeywordHitBuffer): boolean {
    const laneLength = Math.ceil((length + (KERNEL_LANES - 1) * overlap) / KERNEL_LANES);
    if (laneLength <= overlap) return false;
    const step = laneLength - overlap;
    const steps = Math.ceil(laneLength / KERNEL_STEP_UNITS) * KERNEL_STEP_UNITS;
    kernel.sweepLanes(kernel.tablesFor(this, this.classOf as Uint8Array, this.delta as Int16Array), step, steps, overlap);
    const meta = kernel.laneMeta;
    for (let lane = 0; lane < KERNEL_LANES; lane++) if (meta[KERNEL_LANES + lane]! > LANE_HIT_CAPACITY) return false;
    const laneHits = kernel.laneHits;
    for (let lane = 0; lane < KERNEL_LANES; lane++) {
      const first = lane * LANE_HIT_CAPACITY * 2;
      const count = meta[KERNEL_LANES + lane]!;
      const shareEnd = lane === KERNEL_LANES - 1 ? length : lane * step + laneLength;
      for (let h = 0; h < count; h++) {
        const end = laneHits[first + 2 * h]!;
        if (end > shareEnd) break;
        this.record(laneHits[first + 2 * h + 1]! / this.width, end, hits);
      }
    }
    return true;
  }

  /**
   * One automaton from `state` over `[from, to)`, recording the keywords whose last character is
   * at or after `recordAfter`.
   */
  private sweep(units: Uint16Array, from: number, to: number, state: number, recordAfter: number, hits: KeywordHitBuffer): void {
    const classOf = this.classOf;
    const delta = this.delta;
    for (let i = from; i < to; i++) {
      let next = delta[state + classOf[units[i]!]!]!;
      if (next < 0) {
        next = ~next;
        if (i >= recordAfter) this.record(next / this.width, i + 1, hits);
      }
      state = next;
    }
  }

  /**
   * The text cut into four lanes swept in lockstep. One automaton is bound by the latency of
   * its table load (each step needs the previous state); four independent ones keep the CPU's
   * load ports busy and run about twice as fast. Lane `l` starts `overlap` characters before
   * its share with a fresh automaton (a keyword is at most `overlap + 1` long, so every keyword
   * ending in its share is seen whole) and records only the keywords that end in its share.
   */
  private sweepLanes(units: Uint16Array, length: number, laneLength: number, overlap: number, hits: KeywordHitBuffer): void {
    const classOf = this.classOf;
    const delta = this.delta;
    const step = laneLength - overlap;
    // Lane l reads [l * step, l * step + laneLength); its share starts at l * step + overlap (lane 0: at 0).
    const from1 = step;
    const from2 = 2 * step;
    const from3 = 3 * step;
    const laneHits = this.laneHits;
    for (let l = 0; l < laneHits.length; l++) laneHits[l]!.count = 0;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    // The last lane may be cut short by the end of the text: lockstep while all four have input.
    const lockstep = Math.min(laneLength, length - from3);
    for (let k = 0; k < lockstep; k++) {
      let n0 = delta[s0 + classOf[units[k]!]!]!;
      let n1 = delta[s1 + classOf[units[from1 + k]!]!]!;
      let n2 = delta[s2 + classOf[units[from2 + k]!]!]!;
      let n3 = delta[s3 + classOf[units[from3 + k]!]!]!;
      if ((n0 | n1 | n2 | n3) < 0) {
        if (n0 < 0) {
          n0 = ~n0;
          this.record(n0 / this.width, k + 1, hits);
        }
        if (n1 < 0) {
          n1 = ~n1;
          if (k >= overlap) this.record(n1 / this.width, from1 + k + 1, laneHits[0]!);
        }
        if (n2 < 0) {
          n2 = ~n2;
          if (k >= overlap) this.record(n2 / this.width, from2 + k + 1, laneHits[1]!);
        }
        if (n3 < 0) {
          n3 = ~n3;
          if (k >= overlap) this.record(n3 / this.width, from3 + k + 1, laneHits[2]!);
        }
      }
      s0 = n0;
      s1 = n1;
      s2 = n2;
      s3 = n3;
    }
    // Lanes 0-2 may have a few characters left when the last lane was cut short.
    this.sweep(units, lockstep, laneLength, s0, 0, hits);
    this.sweep(units, from1 + lockstep, from1 + laneLength, s1, from1 + overlap, laneHits[0]!);
    this.sweep(units, from2 + lockstep, from2 + laneLength, s2, from2 + overlap, laneHits[1]!);
    // Index loops: an array iterator here would be the only allocation of a clean scan.
    for (let l = 0; l < laneHits.length; l++) {
      const lane = laneHits[l]!;
      for (let h = 0; h < lane.count; h++) hits.push(lane.starts[h]!, lane.ends[h]!, lane.tags[h]!);
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
