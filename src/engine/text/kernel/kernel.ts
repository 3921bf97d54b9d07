import { KERNEL_BASE64, KERNEL_DIGEST_UNITS, KERNEL_LANES, KERNEL_STEP_UNITS } from './kernel-binary.js';

export { KERNEL_DIGEST_UNITS, KERNEL_LANES, KERNEL_STEP_UNITS };

/**
 * The WebAssembly text kernel: the loops that read every code unit of clean text (the keyword
 * automaton, and the bitmaps of capitals and digits), compiled ahead of time. They run about
 * three times (automaton) to five times (bitmaps, 128-bit SIMD) as fast as the same loops in
 * JavaScript.
 * The scanned text lives in the kernel's memory: the shared code-unit view (`code-units.ts`) is
 * a view of it, so the kernel reads the copy the detectors read and nothing is copied twice.
 *
 * Where WebAssembly is unavailable (`--jitless`, a runtime without SIMD) everything runs in
 * JavaScript with the same results; `test/engine/kernel.test.ts` runs both.
 */

/** Hits each lane can hold per sweep; a sweep with more is redone in JavaScript. */
export const LANE_HIT_CAPACITY = 2_048;
/**
 * The most code units the kernel holds (4 Mi, above any `maxValueLength` but a deliberately raised
 * one): longer texts get a JavaScript view of their own.
 */
export const KERNEL_TEXT_UNITS = 1 << 22;

const PAGE_BYTES = 65_536;
/** Automaton tables kept resident at once: a redactor's scanner, its nested scanner and a spare. */
const TABLE_SLOTS = 4;
/** A slot: the 64 K one-byte character classes, then up to 32 K transitions of 4 bytes. */
const CLASS_BYTES = 65_536;
/** Transitions a slot holds: as many as a 16-bit KeywordSweep table can have. */
export const KERNEL_MAX_TRANSITIONS = 32_768;
/** Classes the kernel's tables can express: its class bytes hold the class times 4. */
export const KERNEL_MAX_CLASSES = 64;
const TABLE_BYTES = CLASS_BYTES + KERNEL_MAX_TRANSITIONS * 4;

/**
 * The sets of characters whose presence `classify` reports as it makes the bitmaps, bit k for set
 * k (scripts/build-kernel.mjs tests for the same, in the same order): the trigger characters of
 * the built-in detectors, so that the scanner learns which of them a text holds without a search
 * of its own per set. A set of trigger characters is answered this way when it is exactly a union
 * of these (see {@link presenceMaskOf}); any other is searched for.
 */
export const PRESENCE_CLASSES: readonly string[] = [':', '-.', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '@'];

/**
 * The presence bits that together stand for exactly the characters of `chars`, or 0 when no
 * union of presence classes is that set of characters (a text is then searched for them).
 */
export function presenceMaskOf(chars: string): number {
  const wanted = new Set(chars);
  let mask = 0;
  let covered = 0;
  PRESENCE_CLASSES.forEach((members, bit) => {
    if ([...members].every((char) => wanted.has(char))) {
      mask |= 1 << bit;
      covered += members.length;
    }
  });
  return covered === wanted.size ? mask : 0;
}

/** Set in a kernel transition where a keyword ends. */
const OUTPUT_BIT = 0x80000000 | 0;

// Memory layout: what has a fixed size first, then the text region and, after it, the bitmaps
// sized to it, which move when it grows (they describe one text at a time and are made again).
// The 256 bytes of META hold the lanes' words first; from byte 64 on, the module's data segment
// puts the byte splats its classify pass loads (scripts/build-kernel.mjs): nothing here may write
// there.
const META = 0;
const HITS = 256;
const TABLES = align(HITS + KERNEL_LANES * LANE_HIT_CAPACITY * 8, PAGE_BYTES);
const TEXT = TABLES + TABLE_SLOTS * TABLE_BYTES;
/**
 * Room after the text for the loops that read past its end: the SIMD loops read whole 32-unit
 * blocks and 5 units beyond, and the keyword lanes up to 8 units beyond.
 */
const TEXT_PADDING = 128;
const INITIAL_TEXT_UNITS = 4_096;

/** The parts of the WebAssembly API used here (the compiler's ES2022 library does not declare it). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: object };
}

interface KernelExports {
  readonly memory: WasmMemory;
  sweepLanes(
    classes: number,
    delta: number,
    text: number,
    steps: number,
    overlap: number,
    hits: number,
    capacity: number,
    meta: number,
  ): void;
  /**
   * The digit count times 256 (at most 2^30: the text region holds at most 2^22 units), plus the
   * presence classes (see `PRESENCE_CLASSES`) in the low byte.
   */
  classify(text: number, length: number, capitals: number, digits: number, separators: number): number;
  digest(text: number, units: number): number;
}

/**
 * The kernel's bitmaps of the text region (capitals, digits and MAC separators, made together in
 * one pass), computed on request and kept while the text they describe is the same.
 */
class TextBitmaps {
  capitals!: Int32Array;
  digits!: Int32Array;
  separators!: Int32Array;
  /** Where the three bitmaps start in the kernel's memory (a typed array's `byteOffset` is a getter call). */
  private capitalsAt = 0;
  private digitsAt = 0;
  private separatorsAt = 0;
  /** The text they describe; they hold its bits only if the text region held that text when they were made. */
  private text: string | undefined;
  /** How many bits the digit bitmap has set. */
  digitCount = 0;
  /** The presence classes the text's units are in, one bit each (see `PRESENCE_CLASSES`). */
  presence = 0;

  constructor(private readonly classify: KernelExports['classify']) {}

  /** Places the bitmaps in `buffer`, `words` i32 each from byte `offset` on; what they held is forgotten. */
  place(buffer: ArrayBuffer, offset: number, words: number): void {
    this.capitals = new Int32Array(buffer, offset, words);
    this.digits = new Int32Array(buffer, offset + words * 4, words);
    this.separators = new Int32Array(buffer, offset + words * 8, words);
    this.capitalsAt = offset;
    this.digitsAt = offset + words * 4;
    this.separatorsAt = offset + words * 8;
    this.text = undefined;
  }

  /** Makes the bitmaps of `text`, which must be what the text region holds, unless they are made already. */
  of(text: string): this {
    if (text !== this.text) {
      const counts = this.classify(TEXT, text.length, this.capitalsAt, this.digitsAt, this.separatorsAt);
      this.digitCount = counts >>> 8;
      this.presence = counts & 0xff;
      this.text = text;
    }
    return this;
  }
}

export class TextKernel {
  private readonly exports: KernelExports;
  /** Code units the text region holds; grows by doubling up to `KERNEL_TEXT_UNITS`. */
  private capacity = 0;
  private textUnits!: Uint16Array;
  private meta!: Int32Array;
  private hits!: Int32Array;
  private memoryBytes!: Uint8Array;
  private readonly slotOwners: (object | undefined)[] = new Array<object | undefined>(TABLE_SLOTS).fill(undefined);
  private readonly slotUses = new Float64Array(TABLE_SLOTS);
  private uses = 0;
  /** The owner `tablesFor` answered last, and its tables' offset. */
  private lastOwner: object | undefined;
  private lastTables = 0;
  private readonly bitmaps: TextBitmaps;

  constructor(exports: KernelExports) {
    this.exports = exports;
    this.bitmaps = new TextBitmaps(exports.classify);
    this.reserve(INITIAL_TEXT_UNITS);
  }

  /**
   * The kernel's text region as a view of at least `units` code units, or undefined above
   * `KERNEL_TEXT_UNITS`. Growing detaches every earlier view of the memory.
   */
  textView(units: number): Uint16Array | undefined {
    if (units > KERNEL_TEXT_UNITS) return undefined;
    if (units > this.capacity) {
      try {
        this.reserve(Math.min(KERNEL_TEXT_UNITS, Math.max(units, this.capacity * 2)));
      } catch {
        // The memory could not grow: this text is read in JavaScript, as a longer one would be.
        return undefined;
      }
    }
    return this.textUnits;
  }


  /** True when `units` is the kernel's text region, so the kernel can read what it holds. */
  holds(units: Uint16Array): boolean {
    return units === this.textUnits;
  }

  /**
   * Byte offset of `owner`'s automaton tables in the kernel, written there on first use and again
   * after eviction (least recently used of `TABLE_SLOTS`). The kernel's form of KeywordSweep's
   * tables (see `sweepLanes` in scripts/build-kernel.mjs): classes times 4, and each transition
   * the address of its row, with `OUTPUT_BIT` where keywords end. Classes below
   * `KERNEL_MAX_CLASSES` and at most `KERNEL_MAX_TRANSITIONS` transitions.
   */
  tablesFor(owner: object, classes: Uint8Array, delta: Int16Array): number {
    // Most calls come from the owner of the call before (its use count stays the newest in effect).
    if (owner === this.lastOwner) return this.lastTables;
    let slot = this.slotOwners.indexOf(owner);
    if (slot < 0) {
      slot = 0;
      for (let s = 1; s < TABLE_SLOTS; s++) if (this.slotUses[s]! < this.slotUses[slot]!) slot = s;
      const base = TABLES + slot * TABLE_BYTES;
      const kernelClasses = this.memoryBytes.subarray(base, base + CLASS_BYTES);
      for (let code = 0; code < CLASS_BYTES; code++) kernelClasses[code] = classes[code]! << 2;
      const rows = base + CLASS_BYTES;
      const transitions = new Int32Array(this.memoryBytes.buffer, rows, delta.length);
      for (let i = 0; i < delta.length; i++) {
        const entry = delta[i]!;
        transitions[i] = entry < 0 ? (rows + (~entry << 2)) | OUTPUT_BIT : rows + (entry << 2);
      }
      this.slotOwners[slot] = owner;
    }
    this.slotUses[slot] = ++this.uses;
    this.lastOwner = owner;
    this.lastTables = TABLES + slot * TABLE_BYTES;
    return this.lastTables;
  }

  /**
   * Runs `KERNEL_LANES` automata in lockstep over the text region for `steps` code units (a
   * multiple of `KERNEL_STEP_UNITS`), lane l starting at `l * spacing` in state 0 and recording
   * hits once it is `overlap` units in.
   */
  sweepLanes(tables: number, spacing: number, steps: number, overlap: number): void {
    const meta = this.meta;
    for (let lane = 0; lane < KERNEL_LANES; lane++) meta[lane] = lane * spacing;
    this.exports.sweepLanes(tables, tables + CLASS_BYTES, TEXT, steps, overlap, HITS, LANE_HIT_CAPACITY, META);
  }

  /** After `sweepLanes`, per lane: its final state at `lane`, its hit count at `KERNEL_LANES + lane`. */
  get laneMeta(): Int32Array {
    return this.meta;
  }

  /** After `sweepLanes`: lane l's hit h is (end, row) at `(l * LANE_HIT_CAPACITY + h) * 2`. */
  get laneHits(): Int32Array {
    return this.hits;
  }

  /**
   * One bit per code unit of `text` (which must be what the text region holds), 32 to an i32,
   * set for `A`-`Z` and for every unit from 0x80 to 0x7fff (no capital lies above). Bits past the
   * end are clear up to the end of the last word; the words after it are stale.
   */
  capitalsOf(text: string): Int32Array {
    return this.bitmaps.of(text).capitals;
  }

  /** Like `capitalsOf`, for the ASCII digits. */
  digitsOf(text: string): Int32Array {
    return this.bitmaps.of(text).digits;
  }

  /**
   * Like `capitalsOf`, for the separators that MAC addresses repeat at a fixed distance: each `:`
   * or `-` with the same unit three units on, and each `.` with another `.` five units on, the
   * second inside the text too. Prose has almost none, so the MAC detector visits only these.
   */
  separatorsOf(text: string): Int32Array {
    return this.bitmaps.of(text).separators;
  }

  /**
   * A 32-bit hash of the first `units` code units of the text region, `units` a multiple of
   * `KERNEL_DIGEST_UNITS` (see `textDigest`, which finishes it).
   */
  digestPrefix(units: number): number {
    return this.exports.digest(TEXT, units);
  }

  /** How many ASCII digits `text` (which must be what the text region holds) has. */
  digitCountOf(text: string): number {
    return this.bitmaps.of(text).digitCount;
  }

  /**
   * The presence classes (see `PRESENCE_CLASSES`) that some code unit of `text` (which must be
   * what the text region holds) is in, one bit each: a trigger character test without a search.
   */
  presenceOf(text: string): number {
    return this.bitmaps.of(text).presence;
  }

  private reserve(units: number): void {
    const memory = this.exports.memory;
    const bitmapWords = Math.ceil(units / 32) + 1;
    const bitmaps = align(TEXT + units * 2 + TEXT_PADDING, 16);
    const needed = bitmaps + 3 * bitmapWords * 4;
    const pages = Math.ceil(needed / PAGE_BYTES) - memory.buffer.byteLength / PAGE_BYTES;
    if (pages > 0) memory.grow(pages);
    this.capacity = units;
    const buffer = memory.buffer;
    this.memoryBytes = new Uint8Array(buffer);
    this.textUnits = new Uint16Array(buffer, TEXT, units);
    this.meta = new Int32Array(buffer, META, 2 * KERNEL_LANES);
    this.hits = new Int32Array(buffer, HITS, KERNEL_LANES * LANE_HIT_CAPACITY * 2);
    this.bitmaps.place(buffer, bitmaps, bitmapWords);
  }
}

/**
 * Index of the first set bit at or after `from` in `words` (one bit per code unit, as the kernel's
 * bitmaps), or `length` when none is below `length`. Reads no word past the one holding `length - 1`.
 */
export function nextSetBit(words: Int32Array, from: number, length: number): number {
  if (from >= length) return length;
  let word = from >> 5;
  let bits = words[word]! & (-1 << (from & 31));
  while (bits === 0) {
    word++;
    if (word << 5 >= length) return length;
    bits = words[word]!;
  }
  const at = (word << 5) + 31 - Math.clz32(bits & -bits);
  return at < length ? at : length;
}

/**
 * Index of the first clear bit at or after `from` in `words`, or `length` when every bit from
 * `from` to `length - 1` is set: where a run of set bits (a run of digits) ends. Reads no word
 * past the one holding `length - 1`.
 */
export function nextClearBit(words: Int32Array, from: number, length: number): number {
  if (from >= length) return length;
  let word = from >> 5;
  let clear = ~words[word]! & (-1 << (from & 31));
  while (clear === 0) {
    word++;
    if (word << 5 >= length) return length;
    clear = ~words[word]!;
  }
  const at = (word << 5) + 31 - Math.clz32(clear & -clear);
  return at < length ? at : length;
}

function align(value: number, to: number): number {
  return Math.ceil(value / to) * to;
}

let kernel: TextKernel | undefined;
let loaded = false;
let enabled = true;

/** The kernel when it holds `units` (the view `codeUnitsOf` gave), so that it can read that text. */
export function kernelHolding(units: Uint16Array): TextKernel | undefined {
  const current = textKernel();
  return current !== undefined && current.holds(units) ? current : undefined;
}

/** The kernel, instantiated on first use; undefined where WebAssembly (with SIMD) is unavailable. */
export function textKernel(): TextKernel | undefined {
  if (!enabled) return undefined;
  if (!loaded) {
    loaded = true;
    kernel = instantiate();
  }
  return kernel;
}

/**
 * Turns the kernel off or on again (tests run every path both ways). The code-unit view must be
 * re-read after a switch: it lives in kernel memory only while the kernel is on.
 */
export function useTextKernel(on: boolean): void {
  enabled = on;
}

function instantiate(): TextKernel | undefined {
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (wasm === undefined) return undefined;
  try {
    const module = new wasm.Module(decodeBase64(KERNEL_BASE64));
    const instance = new wasm.Instance(module, {});
    return new TextKernel(instance.exports as unknown as KernelExports);
  } catch {
    // No SIMD, or compilation refused by the embedder: the JavaScript loops do the same work.
    return undefined;
  }
}

function decodeBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}
